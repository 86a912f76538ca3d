import { describe, expect, it } from 'vitest';
import type { OrganizationKind } from '../organizations/organization.ts';
import { COMMUNES } from './communes.ts';
import { diagnoseTerritory, type TerritoryInput, type TerritoryOrganization } from './diagnosis.ts';

const org = (
  id: string,
  kind: OrganizationKind,
  name: string,
  extra: Partial<TerritoryOrganization> = {},
): TerritoryOrganization => ({
  id,
  kind,
  name,
  communeCode: '63113',
  communeName: null,
  activities: null,
  audience: null,
  uai: null,
  schoolKind: kind === 'school' ? 'college' : null,
  priorityEducation: kind === 'school' ? 'none' : null,
  ...extra,
});

// A small Clermont métropole: three collèges in Clermont (REP+, REP, none), a REP collège in
// Cournon, a lycée in a commune the reference does not know, and actors around them.
const input = (): TerritoryInput => ({
  organizations: [
    org('camus', 'school', 'Collège Albert-Camus', { priorityEducation: 'REP+' }),
    org('valles', 'school', 'Collège Jules-Vallès', { priorityEducation: 'REP' }),
    org('aubrac', 'school', 'Collège Lucie-Aubrac'),
    org('cournon', 'school', 'Collège Marc-Bloch', { communeCode: '63124', priorityEducation: 'REP' }),
    org('ailleurs', 'school', 'Lycée du Plateau', {
      communeCode: '63999',
      communeName: 'Plateau-sur-Allier',
    }),
    org('verts', 'service', 'Direction des Espaces verts', {
      activities: 'Entretient les parcs',
      audience: 'Collégiens de 3e',
    }),
    org('club', 'business_club', 'Les entreprises s’engagent 63', { communeCode: '63014' }),
    org('asso', 'association', 'Parrains des Volcans', { communeCode: null }),
    org('pneus', 'company', 'Manufacture de pneumatiques', { communeCode: '63075' }),
  ],
  programs: [
    { id: 'pass3e', kind: 'discovery', name: 'Pass’3e', season: '2026-2027' },
    { id: 'mentorat', kind: 'mentoring', name: 'Mentorat collégiens', season: '2026-2027' },
  ],
  participations: [
    { programId: 'pass3e', organizationId: 'camus', role: 'pupils' },
    { programId: 'pass3e', organizationId: 'aubrac', role: 'pupils' },
    { programId: 'pass3e', organizationId: 'verts', role: 'host' },
    { programId: 'mentorat', organizationId: 'camus', role: 'pupils' },
    { programId: 'mentorat', organizationId: 'asso', role: 'operator' },
    { programId: 'mentorat', organizationId: 'pneus', role: 'mentor_organization' },
    // A program or an organization the tenant no longer shows (archived) is left out.
    { programId: 'archived', organizationId: 'valles', role: 'pupils' },
    { programId: 'pass3e', organizationId: 'gone', role: 'host' },
  ],
  mentorCommunes: [{ programId: 'mentorat', communeCode: '63075' }],
  conventions: [
    {
      id: 'cnv',
      title: 'Convention de partenariat — Manufacture',
      status: 'active',
      partnerOrganizationId: 'pneus',
      operatorOrganizationId: 'asso',
    },
  ],
});

describe('the territorial diagnosis', () => {
  it('covers a school through its pupils, and lists REP/REP+ schools reached by no program as gaps', () => {
    const d = diagnoseTerritory(input());
    const school = (id: string) => d.schools.find((s) => s.id === id)!;
    expect(school('camus').programs.map((p) => p.name)).toEqual(['Mentorat collégiens', 'Pass’3e']);
    expect(school('aubrac').programs.map((p) => p.name)).toEqual(['Pass’3e']);
    // Vallès' only pupils are in an archived program: it is not covered.
    expect(school('valles').programs).toEqual([]);
    expect(d.gaps.prioritySchools.map((s) => s.name)).toEqual(['Collège Jules-Vallès', 'Collège Marc-Bloch']);
    expect(d.summary).toMatchObject({
      schools: 5,
      schoolsCovered: 2,
      prioritySchools: 3,
      prioritySchoolsWithoutProgram: 2,
    });
  });

  it('covers a commune through its schools, its hosts and its mentors, not through an operator', () => {
    const d = diagnoseTerritory(input());
    const commune = (code: string | null) => d.communes.find((c) => c.code === code)!;
    expect(commune('63113')).toMatchObject({
      name: 'Clermont-Ferrand',
      lat: COMMUNES['63113']!.lat,
      actors: 4,
      schools: 3,
      rep: 1,
      repPlus: 1,
      prioritySchoolsWithoutProgram: 1,
    });
    expect(commune('63113').programs.map((p) => p.id)).toEqual(['mentorat', 'pass3e']);
    // Chamalières: a mentor lives there (the company's site too, but a mentor's organization covers nothing).
    expect(commune('63075').programs.map((p) => p.id)).toEqual(['mentorat']);
    // The operator has no commune: it adds no coverage anywhere.
    expect(commune(null)).toMatchObject({ name: 'Commune non renseignée', actors: 1, programs: [] });
    expect(commune('63014').programs).toEqual([]);
    // Communes with schools and no program at all.
    expect(d.gaps.communes).toEqual([
      { code: '63124', name: 'Cournon-d’Auvergne', schools: 1 },
      { code: '63999', name: 'Plateau-sur-Allier', schools: 1 },
    ]);
  });

  it('lists a commune the reference does not know by its stored name, without a place', () => {
    const d = diagnoseTerritory(input());
    expect(d.communes.find((c) => c.code === '63999')).toMatchObject({
      name: 'Plateau-sur-Allier',
      lat: null,
      lon: null,
    });
    expect(d.summary).toMatchObject({ communes: 5, communesPlaced: 4, communesWithSchoolsWithoutProgram: 2 });
    // Known communes by name, the actors without a commune last.
    expect(d.communes.map((c) => c.name)).toEqual([
      'Aubière',
      'Chamalières',
      'Clermont-Ferrand',
      'Cournon-d’Auvergne',
      'Plateau-sur-Allier',
      'Commune non renseignée',
    ]);
  });

  it('groups the actors by kind with what they do, for whom, their programs and conventions', () => {
    const d = diagnoseTerritory(input());
    expect(d.actorGroups.map((g) => [g.kind, g.actors.length])).toEqual([
      ['company', 1],
      ['association', 1],
      ['business_club', 1],
      ['school', 5],
      ['service', 1],
    ]);
    const actor = (id: string) => d.actorGroups.flatMap((g) => g.actors).find((a) => a.id === id)!;
    expect(actor('verts')).toMatchObject({
      activities: 'Entretient les parcs',
      audience: 'Collégiens de 3e',
      communeName: 'Clermont-Ferrand',
      programs: [{ id: 'pass3e', kind: 'discovery', name: 'Pass’3e', roles: ['host'] }],
    });
    expect(actor('asso')).toMatchObject({
      communeName: null,
      programs: [{ id: 'mentorat', roles: ['operator'] }],
      conventions: [{ id: 'cnv', role: 'operator' }],
    });
    expect(actor('pneus').conventions).toEqual([
      { id: 'cnv', title: 'Convention de partenariat — Manufacture', status: 'active', role: 'partner' },
    ]);
    // The club takes part in nothing yet: the one actor (schools aside) not engaged.
    expect(actor('club')).toMatchObject({ programs: [], conventions: [], communeName: 'Aubière' });
    expect(d.summary).toMatchObject({ actors: 9, actorsNotEngaged: 1, programs: 2 });
    expect(d.summary.actorsByKind).toEqual({
      company: 1,
      association: 1,
      business_club: 1,
      school: 5,
      service: 1,
    });
  });

  it('says nothing is covered in an empty territory, without failing', () => {
    const d = diagnoseTerritory({
      organizations: [],
      programs: [],
      participations: [],
      mentorCommunes: [],
      conventions: [],
    });
    expect(d.summary).toMatchObject({ actors: 0, schools: 0, communes: 0, prioritySchoolsWithoutProgram: 0 });
    expect(d.actorGroups).toEqual([]);
    expect(d.gaps).toEqual({ prioritySchools: [], communes: [] });
  });
});
