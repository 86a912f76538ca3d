import { ORGANIZATION_KINDS, type OrganizationKind } from '../organizations/organization.ts';
import { findCommune } from './communes.ts';

// The territorial diagnosis: who acts where, which programs reach which schools and communes, and
// where nothing reaches. Organizations and counts only — never a young person or a mentor by name.

export type TerritoryProgramKind = 'mentoring' | 'discovery';

/** How an organization takes part in a program. */
export const ACTOR_ROLES = ['operator', 'mentor_organization', 'host', 'pupils'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export type TerritoryOrganization = {
  id: string;
  kind: OrganizationKind;
  name: string;
  communeCode: string | null;
  communeName: string | null;
  activities: string | null;
  audience: string | null;
  uai: string | null;
  schoolKind: string | null;
  priorityEducation: string | null;
};

export type TerritoryProgram = { id: string; kind: TerritoryProgramKind; name: string; season: string };

export type TerritoryConvention = {
  id: string;
  title: string;
  status: string;
  partnerOrganizationId: string;
  operatorOrganizationId: string | null;
};

export type TerritoryInput = {
  /** The tenant's active organizations (schools included). */
  organizations: TerritoryOrganization[];
  /** The tenant's active programs. */
  programs: TerritoryProgram[];
  /**
   * Which organization takes part in which program, and how: `pupils` for a school with at least
   * one young person or pupil taking part, `host` for a discovery host, `mentor_organization`
   * for a mentor's organization, `operator` for a mentoring program's operating association.
   */
  participations: { programId: string; organizationId: string; role: ActorRole }[];
  /** Communes where a program's mentors are (their own commune, or else their organization's). */
  mentorCommunes: { programId: string; communeCode: string }[];
  /** Partnership conventions under way (sent or active), whichever program they serve. */
  conventions: TerritoryConvention[];
};

export type TerritoryProgramRef = { id: string; kind: TerritoryProgramKind; name: string };

export type TerritoryActor = Omit<TerritoryOrganization, 'uai' | 'schoolKind' | 'priorityEducation'> & {
  programs: (TerritoryProgramRef & { roles: ActorRole[] })[];
  conventions: { id: string; title: string; status: string; role: 'partner' | 'operator' }[];
};

export type TerritorySchool = Pick<
  TerritoryOrganization,
  'id' | 'name' | 'uai' | 'schoolKind' | 'priorityEducation' | 'communeCode' | 'communeName'
> & { programs: TerritoryProgramRef[] };

export type TerritoryCommune = {
  code: string | null;
  name: string;
  /** Centroid from the commune reference; null when the commune is not known there. */
  lat: number | null;
  lon: number | null;
  actors: number;
  schools: number;
  rep: number;
  repPlus: number;
  /** REP and REP+ schools of the commune reached by no program. */
  prioritySchoolsWithoutProgram: number;
  programs: TerritoryProgramRef[];
};

export type TerritoryDiagnosis = {
  summary: {
    actors: number;
    actorsByKind: Record<OrganizationKind, number>;
    /** Actors other than schools that take part in no program and no convention. */
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
  programs: TerritoryProgram[];
  actorGroups: { kind: OrganizationKind; actors: TerritoryActor[] }[];
  schools: TerritorySchool[];
  communes: TerritoryCommune[];
  gaps: {
    prioritySchools: TerritorySchool[];
    communes: { code: string | null; name: string; schools: number }[];
  };
};

const isPriority = (school: { priorityEducation: string | null }) =>
  school.priorityEducation === 'REP' || school.priorityEducation === 'REP+';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'fr');

/** The commune label: the name stored on the organization, else the reference's, else the code. */
export function communeLabel(code: string | null, storedName?: string | null): string {
  return storedName || findCommune(code)?.name || code || 'Commune non renseignée';
}

/**
 * The coverage rules, in one place (docs/api-ecosystem.md says the same):
 * - a school is covered by a program when at least one of its pupils takes part in it;
 * - a commune is covered by a program when one of its schools is, when one of the program's hosts
 *   is there, or when one of its mentors is there (the mentor's commune, else its organization's);
 * - an operator, a mentor's organization or a convention partner engages an actor but covers no
 *   commune by itself: an association's head office is not where the young people are.
 * Gaps: REP/REP+ schools covered by no program; communes with schools and no program at all.
 */
export function diagnoseTerritory(input: TerritoryInput): TerritoryDiagnosis {
  const programs = new Map(input.programs.map((p) => [p.id, p]));
  const organizations = new Map(input.organizations.map((o) => [o.id, o]));
  const ref = (id: string): TerritoryProgramRef => {
    const p = programs.get(id)!;
    return { id: p.id, kind: p.kind, name: p.name };
  };

  // Organization → program → roles; only known programs and organizations count.
  const rolesOf = new Map<string, Map<string, Set<ActorRole>>>();
  for (const link of input.participations) {
    if (!programs.has(link.programId) || !organizations.has(link.organizationId)) continue;
    const perProgram = rolesOf.get(link.organizationId) ?? new Map<string, Set<ActorRole>>();
    const roles = perProgram.get(link.programId) ?? new Set<ActorRole>();
    roles.add(link.role);
    perProgram.set(link.programId, roles);
    rolesOf.set(link.organizationId, perProgram);
  }

  // Commune key → programs covering it. A missing commune is grouped under the empty key.
  const key = (code: string | null) => code ?? '';
  const coverage = new Map<string, Set<string>>();
  const cover = (code: string | null, programId: string) => {
    if (!programs.has(programId)) return;
    const set = coverage.get(key(code)) ?? new Set<string>();
    set.add(programId);
    coverage.set(key(code), set);
  };
  for (const [organizationId, perProgram] of rolesOf) {
    const organization = organizations.get(organizationId)!;
    for (const [programId, roles] of perProgram) {
      if (roles.has('pupils') || roles.has('host')) cover(organization.communeCode, programId);
    }
  }
  for (const presence of input.mentorCommunes) cover(presence.communeCode, presence.programId);

  const programsOf = (organizationId: string) =>
    [...(rolesOf.get(organizationId) ?? new Map<string, Set<ActorRole>>())]
      .map(([programId, roles]) => ({
        ...ref(programId),
        roles: ACTOR_ROLES.filter((r) => roles.has(r)),
      }))
      .sort(byName);

  const conventionsOf = (organizationId: string) =>
    input.conventions
      .flatMap((c) => {
        const role =
          c.partnerOrganizationId === organizationId
            ? ('partner' as const)
            : c.operatorOrganizationId === organizationId
              ? ('operator' as const)
              : null;
        return role ? [{ id: c.id, title: c.title, status: c.status, role }] : [];
      })
      .sort((a, b) => a.title.localeCompare(b.title, 'fr'));

  const sorted = [...input.organizations].sort(byName);
  const actors: TerritoryActor[] = sorted.map((o) => ({
    id: o.id,
    kind: o.kind,
    name: o.name,
    communeCode: o.communeCode,
    communeName: o.communeCode || o.communeName ? communeLabel(o.communeCode, o.communeName) : null,
    activities: o.activities,
    audience: o.audience,
    programs: programsOf(o.id),
    conventions: conventionsOf(o.id),
  }));

  const schools: TerritorySchool[] = sorted
    .filter((o) => o.kind === 'school')
    .map((o) => ({
      id: o.id,
      name: o.name,
      uai: o.uai,
      schoolKind: o.schoolKind,
      priorityEducation: o.priorityEducation,
      communeCode: o.communeCode,
      communeName: o.communeCode || o.communeName ? communeLabel(o.communeCode, o.communeName) : null,
      programs: programsOf(o.id)
        .filter((p) => p.roles.includes('pupils'))
        .map(({ id, kind, name }) => ({ id, kind, name })),
    }));

  const communes = communesOf({ organizations: sorted, schools, coverage, ref });
  const prioritySchoolsGap = schools.filter((s) => isPriority(s) && s.programs.length === 0);
  const communeGaps = communes
    .filter((c) => c.schools > 0 && c.programs.length === 0)
    .map((c) => ({ code: c.code, name: c.name, schools: c.schools }));

  const actorsByKind = Object.fromEntries(ORGANIZATION_KINDS.map((k) => [k, 0])) as Record<
    OrganizationKind,
    number
  >;
  for (const actor of actors) actorsByKind[actor.kind]++;

  return {
    summary: {
      actors: actors.length,
      actorsByKind,
      actorsNotEngaged: actors.filter(
        (a) => a.kind !== 'school' && a.programs.length === 0 && a.conventions.length === 0,
      ).length,
      programs: input.programs.length,
      schools: schools.length,
      schoolsCovered: schools.filter((s) => s.programs.length > 0).length,
      prioritySchools: schools.filter(isPriority).length,
      prioritySchoolsWithoutProgram: prioritySchoolsGap.length,
      communes: communes.filter((c) => c.code !== null).length,
      communesPlaced: communes.filter((c) => c.lat !== null).length,
      communesWithSchoolsWithoutProgram: communeGaps.length,
    },
    programs: [...input.programs].sort(byName),
    actorGroups: ORGANIZATION_KINDS.map((kind) => ({
      kind,
      actors: actors.filter((a) => a.kind === kind),
    })).filter((g) => g.actors.length > 0),
    schools,
    communes,
    gaps: { prioritySchools: prioritySchoolsGap, communes: communeGaps },
  };
}

/** Every commune an actor is in or a program covers, with its counts; unknown communes have no place. */
function communesOf(input: {
  organizations: TerritoryOrganization[];
  schools: TerritorySchool[];
  coverage: Map<string, Set<string>>;
  ref: (id: string) => TerritoryProgramRef;
}): TerritoryCommune[] {
  const communes = new Map<string, TerritoryCommune>();
  const communeAt = (code: string | null, storedName: string | null) => {
    const existing = communes.get(code ?? '');
    if (existing) return existing;
    const place = findCommune(code);
    const commune: TerritoryCommune = {
      code,
      name: communeLabel(code, storedName),
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      actors: 0,
      schools: 0,
      rep: 0,
      repPlus: 0,
      prioritySchoolsWithoutProgram: 0,
      programs: [],
    };
    communes.set(code ?? '', commune);
    return commune;
  };
  for (const organization of input.organizations) {
    communeAt(organization.communeCode, organization.communeName).actors++;
  }
  for (const school of input.schools) {
    const commune = communeAt(school.communeCode, null);
    commune.schools++;
    if (school.priorityEducation === 'REP') commune.rep++;
    if (school.priorityEducation === 'REP+') commune.repPlus++;
    if (isPriority(school) && school.programs.length === 0) commune.prioritySchoolsWithoutProgram++;
  }
  for (const [code, programIds] of input.coverage) {
    const commune = communeAt(code || null, null);
    commune.programs = [...programIds].map(input.ref).sort(byName);
  }
  // Known communes first, by name; the organizations without a commune last.
  return [...communes.values()].sort((a, b) =>
    a.code === null ? 1 : b.code === null ? -1 : a.name.localeCompare(b.name, 'fr'),
  );
}
