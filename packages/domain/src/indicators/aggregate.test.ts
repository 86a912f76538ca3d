import { describe, expect, it } from 'vitest';
import { buildRawCells, type IndicatorSources } from './aggregate.ts';

const at = '2026-10-01T00:00:00.000Z';
const sources = (over: Partial<IndicatorSources> = {}): IndicatorSources => ({
  asOf: new Date('2026-11-30T23:59:59.000Z'),
  programs: [
    { id: 'm1', kind: 'mentoring', templateId: 'tpl_a', createdAt: at },
    { id: 'm2', kind: 'mentoring', templateId: null, createdAt: at },
    { id: 'd1', kind: 'discovery', templateId: null, createdAt: at },
  ],
  youngPeople: [
    ...Array.from({ length: 6 }, () => ({
      programId: 'm1',
      level: '1re',
      priorityEducation: 'REP+',
      scholarship: true,
      createdAt: at,
    })),
    { programId: 'm2', level: 'cap', priorityEducation: null, scholarship: false, createdAt: at },
    // Registered after the month: not in November's figures.
    {
      programId: 'm2',
      level: 'cap',
      priorityEducation: 'none',
      scholarship: false,
      createdAt: '2026-12-02T00:00:00Z',
    },
  ],
  students: [
    { programId: 'd1', gender: 'F', priorityEducation: 'REP', inGroup: true, createdAt: at },
    { programId: 'd1', gender: 'M', priorityEducation: 'none', inGroup: false, createdAt: at },
  ],
  mentors: [
    { programId: 'm1', organizationId: 'o1', organizationKind: 'company', createdAt: at },
    { programId: 'm1', organizationId: 'o1', organizationKind: 'company', createdAt: at },
    { programId: 'm2', organizationId: 'o2', organizationKind: 'service', createdAt: at },
    { programId: 'm2', organizationId: 'o3', organizationKind: 'cooperative', createdAt: at },
    { programId: 'm2', organizationId: 'o4', organizationKind: 'foundation', createdAt: at },
  ],
  pairs: [
    { programId: 'm1', startedAt: '2026-01-15T00:00:00Z' },
    { programId: 'm1', startedAt: '2026-11-01T00:00:00Z' },
  ],
  answers: [
    { programId: 'm1', respondent: 'young', satisfaction: 4, at },
    { programId: 'd1', respondent: 'school', satisfaction: 5, at },
  ],
  conventions: [
    { promised: 2, delivered: 3 },
    { promised: 4, delivered: 1 },
  ],
  ...over,
});

const pick = (
  cells: ReturnType<typeof buildRawCells>['cells'],
  scope: string,
  indicator: string,
  dimension = '',
) => cells.find((c) => c.scope === scope && c.indicator === indicator && c.dimension === dimension);

describe('buildRawCells', () => {
  const { cells, scopeParents } = buildRawCells(sources());

  it('makes a scope for all, each kind the tenant runs, and each template, under its kind', () => {
    expect([...new Set(cells.map((c) => c.scope))]).toEqual([
      'all',
      'mentoring',
      'discovery',
      'template:tpl_a',
    ]);
    expect(scopeParents).toEqual({ 'template:tpl_a': 'mentoring' });
  });

  it('counts the young people of the month by level and gender, mentoring gender as not recorded', () => {
    expect(pick(cells, 'all', 'young_people')).toMatchObject({ amount: 9 });
    expect(pick(cells, 'mentoring', 'young_people', 'level:cap')).toMatchObject({ amount: 1 });
    expect(pick(cells, 'all', 'young_people', 'level:3e')).toMatchObject({ amount: 2 });
    expect(pick(cells, 'mentoring', 'young_people', 'gender:unknown')).toMatchObject({ amount: 7 });
    expect(pick(cells, 'discovery', 'young_people', 'gender:F')).toMatchObject({ amount: 1 });
    expect(pick(cells, 'template:tpl_a', 'young_people')).toMatchObject({ amount: 6 });
  });

  it('computes shares over the people for whom the attribute is known', () => {
    // 7 REP or REP+ out of 8 whose school is known (one school has no priority recorded).
    expect(pick(cells, 'all', 'priority_education_share')).toMatchObject({ amount: 7, base: 8 });
    expect(pick(cells, 'mentoring', 'scholarship_share')).toMatchObject({ amount: 6, base: 7 });
    expect(pick(cells, 'discovery', 'scholarship_share')).toBeUndefined();
  });

  it('counts mentors, their distinct organisations, pairs and their age', () => {
    expect(pick(cells, 'mentoring', 'mentors_active')).toMatchObject({ amount: 5 });
    // A kind the framework does not know is counted as "other", never passed on as written.
    expect(cells.filter((c) => c.scope === 'mentoring' && c.dimension === 'organization_kind:other')).toEqual(
      [
        {
          scope: 'mentoring',
          indicator: 'mentors_active',
          dimension: 'organization_kind:other',
          amount: 2,
          base: 2,
        },
        {
          scope: 'mentoring',
          indicator: 'mentor_organizations',
          dimension: 'organization_kind:other',
          amount: 2,
          base: 2,
        },
      ],
    );
    expect(pick(cells, 'mentoring', 'mentor_organizations', 'organization_kind:company')).toMatchObject({
      amount: 1,
    });
    expect(pick(cells, 'mentoring', 'pairs_active', 'duration:6to12')).toMatchObject({ amount: 1 });
    expect(pick(cells, 'mentoring', 'pairs_active', 'duration:lt3')).toMatchObject({ amount: 1 });
    const duration = pick(cells, 'mentoring', 'pair_duration_months')!;
    expect(duration.base).toBe(2);
    expect(duration.amount / duration.base).toBeCloseTo((10.5 + 1) / 2, 0);
  });

  it('counts pupils placed in a group, satisfaction by respondent, and partners at the tenant level', () => {
    expect(pick(cells, 'discovery', 'discovery_students')).toMatchObject({ amount: 1 });
    expect(pick(cells, 'all', 'satisfaction')).toMatchObject({ amount: 9, base: 2 });
    expect(pick(cells, 'discovery', 'satisfaction', 'respondent:school')).toMatchObject({
      amount: 5,
      base: 1,
    });
    expect(pick(cells, 'all', 'commitment_fulfilment')).toMatchObject({ amount: 3, base: 6 });
    expect(pick(cells, 'mentoring', 'commitment_fulfilment')).toBeUndefined();
  });

  it('gives an earlier month only what existed then', () => {
    const early = buildRawCells(sources({ asOf: new Date('2026-09-30T23:59:59Z') }));
    expect(early.cells.map((c) => `${c.scope}/${c.indicator}`)).toEqual([
      'all/young_people',
      'all/partner_conventions',
      'all/commitment_fulfilment',
    ]);
    expect(pick(early.cells, 'all', 'young_people')).toMatchObject({ amount: 0 });
    expect(pick(early.cells, 'all', 'partner_conventions')).toMatchObject({ amount: 2 });
  });
});
