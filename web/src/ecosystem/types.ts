import type { OrganizationKind, PriorityEducation, SchoolKind } from '../api/types.ts';

// The shapes of docs/api-ecosystem.md.

export type ProgramKind = 'mentoring' | 'discovery';
export type ActorRole = 'operator' | 'mentor_organization' | 'host' | 'pupils';
export type ProgramRef = { id: string; kind: ProgramKind; name: string };

export type Actor = {
  id: string;
  kind: OrganizationKind;
  name: string;
  communeCode: string | null;
  communeName: string | null;
  activities: string | null;
  audience: string | null;
  programs: (ProgramRef & { roles: ActorRole[] })[];
  conventions: { id: string; title: string; status: 'sent' | 'active'; role: 'partner' | 'operator' }[];
};

export type School = {
  id: string;
  name: string;
  uai: string | null;
  schoolKind: SchoolKind | null;
  priorityEducation: PriorityEducation | null;
  communeCode: string | null;
  communeName: string | null;
  programs: ProgramRef[];
};

export type Commune = {
  code: string | null;
  name: string;
  lat: number | null;
  lon: number | null;
  actors: number;
  schools: number;
  rep: number;
  repPlus: number;
  prioritySchoolsWithoutProgram: number;
  programs: ProgramRef[];
};

export type Diagnosis = {
  summary: {
    actors: number;
    actorsByKind: Record<OrganizationKind, number>;
    actorsNotEngaged: number;
    programs: number;
    schools: number;
    schoolsCovered: number;
    prioritySchools: number;
    prioritySchoolsWithoutProgram: number;
    communes: number;
    communesPlaced: number;
    communesWithSchoolsWithoutProgram: number;
  };
  programs: (ProgramRef & { season: string })[];
  actorGroups: { kind: OrganizationKind; actors: Actor[] }[];
  schools: School[];
  communes: Commune[];
  gaps: { prioritySchools: School[]; communes: { code: string | null; name: string; schools: number }[] };
};

export type MapSettings = { tileUrl: string | null; attribution: string | null };
