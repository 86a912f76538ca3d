import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { type CheckablePlan, checkPlan, type DiscoveryViolationCode } from './check-plan.ts';
import type { PlanInput } from './plan-input.ts';
import { planWeeks } from './plan-weeks.ts';

const input = {
  groups: ['g1', 'g2', 'g3'].map((id) => ({ id, size: 5, interests: ['culture'] })),
  weeks: [
    { id: 'w1', startDate: '2026-01-05' },
    { id: 'w2', startDate: '2026-01-12' },
  ],
  groupsPerWeek: 2,
  hosts: [
    {
      id: 'lib',
      name: 'Médiathèque',
      jobFamily: 'culture',
      capacityGroupsPerDay: 1,
      tutors: [{ id: 'lea', name: 'Léa' }],
    },
    {
      id: 'parks',
      name: 'Espaces verts',
      jobFamily: 'environnement',
      capacityGroupsPerDay: 2,
      tutors: [
        { id: 'sam', name: 'Sam' },
        { id: 'ana', name: 'Ana', days: [1, 2] },
      ],
    },
    {
      id: 'police',
      name: 'Police municipale',
      jobFamily: 'droit',
      capacityGroupsPerDay: 2,
      tutors: [
        { id: 'max', name: 'Max' },
        { id: 'eva', name: 'Eva' },
      ],
    },
    {
      id: 'museum',
      name: 'Musée',
      jobFamily: 'culture',
      capacityGroupsPerDay: 1,
      availableWeeks: ['w2'],
      tutors: [{ id: 'noe', name: 'Noé' }],
    },
  ],
} satisfies z.input<typeof PlanInput>;

type Day = { dayIndex: number; hostId: string | null; tutorId: string | null };
const week = (
  groupId: string,
  weekId: string,
  services: [string, string][],
): CheckablePlan['assignments'][number] => ({
  groupId,
  weekId,
  days: [
    { dayIndex: 0, hostId: null, tutorId: null },
    ...services.map(([hostId, tutorId], k): Day => ({ dayIndex: k + 1, hostId, tutorId })),
    { dayIndex: 4, hostId: null, tutorId: null },
  ],
});

/** A hand-made plan that keeps every rule. */
const valid = (): CheckablePlan => ({
  assignments: [
    week('g1', 'w1', [
      ['lib', 'lea'],
      ['parks', 'sam'],
      ['police', 'max'],
    ]),
    week('g2', 'w1', [
      ['parks', 'sam'],
      ['police', 'max'],
      ['lib', 'lea'],
    ]),
    week('g3', 'w2', [
      ['museum', 'noe'],
      ['lib', 'lea'],
      ['parks', 'sam'],
    ]),
  ],
});

const codes = (plan: CheckablePlan) => checkPlan(plan, input).map((v) => v.code);
const edit = (change: (plan: { assignments: ReturnType<typeof week>[] }) => void) => {
  const plan = JSON.parse(JSON.stringify(valid())) as { assignments: ReturnType<typeof week>[] };
  change(plan);
  return plan;
};
const day = (plan: { assignments: ReturnType<typeof week>[] }, group: number, dayIndex: number) =>
  plan.assignments[group]!.days[dayIndex] as Day;

describe('checkPlan', () => {
  it('accepts a plan that keeps every rule, and the planner’s own plans', () => {
    expect(checkPlan(valid(), input)).toEqual([]);
    expect(checkPlan(planWeeks(input), input)).toEqual([]);
  });

  it('catches a service over its places that day', () => {
    const plan = edit((p) => {
      Object.assign(day(p, 1, 1), { hostId: 'lib', tutorId: 'lea' });
      Object.assign(day(p, 1, 3), { hostId: 'parks', tutorId: 'ana' });
    });
    const violations = checkPlan(plan, input);
    expect(violations.map((v) => v.code)).toContain('HOST_OVER_CAPACITY');
    expect(violations.find((v) => v.code === 'HOST_OVER_CAPACITY')!.message).toBe(
      'Service « Médiathèque », semaine du 5 janvier 2026, jour 2 : 2 groupes pour 1 place (g1 et g2).',
    );
  });

  it('catches more groups than tutors present', () => {
    // Espaces verts takes 2 groups a day, but Ana is not there on day 4 (index 3).
    const plan = edit((p) => {
      Object.assign(day(p, 0, 3), { hostId: 'parks', tutorId: 'sam' });
      Object.assign(day(p, 0, 2), { hostId: 'police', tutorId: 'max' });
      Object.assign(day(p, 1, 3), { hostId: 'parks', tutorId: 'ana' });
      Object.assign(day(p, 1, 1), { hostId: 'lib', tutorId: 'lea' });
    });
    expect(codes(plan)).toEqual(
      expect.arrayContaining<DiscoveryViolationCode>(['NOT_ENOUGH_TUTORS', 'TUTOR_ABSENT']),
    );
  });

  it('catches a service seen twice by the same group', () => {
    const plan = edit((p) => Object.assign(day(p, 0, 3), { hostId: 'lib', tutorId: 'lea' }));
    const repeated = checkPlan(plan, input).find((v) => v.code === 'HOST_REPEATED')!;
    expect(repeated.message).toBe(
      'Le groupe g1 va deux fois au service « Médiathèque » (jour 2 et jour 4) : un service différent chaque jour.',
    );
  });

  it('catches a tutor with two groups the same day', () => {
    const plan = edit((p) => {
      Object.assign(day(p, 0, 2), { hostId: 'police', tutorId: 'max' });
      Object.assign(day(p, 0, 3), { hostId: 'parks', tutorId: 'sam' });
      Object.assign(day(p, 1, 2), { hostId: 'police', tutorId: 'max' });
      Object.assign(day(p, 1, 1), { hostId: 'parks', tutorId: 'ana' });
    });
    const double = checkPlan(plan, input).find((v) => v.code === 'TUTOR_DOUBLE_BOOKED')!;
    expect(double.message).toBe(
      'Max (service « Police municipale ») encadre 2 groupes le même jour, semaine du 5 janvier 2026, jour 3 (g1 et g2).',
    );
  });

  it('catches a service outside its weeks', () => {
    const plan = edit((p) => Object.assign(day(p, 0, 1), { hostId: 'museum', tutorId: 'noe' }));
    const away = checkPlan(plan, input).find((v) => v.code === 'HOST_UNAVAILABLE')!;
    expect(away.message).toBe(
      'Service « Musée » : il n’accueille pas de groupe la semaine du 5 janvier 2026 (groupe g1).',
    );
  });

  it('catches the remaining slips a hand edit can make', () => {
    expect(codes(edit((p) => Object.assign(day(p, 0, 1), { tutorId: 'max' })))).toContain('TUTOR_OTHER_HOST');
    expect(codes(edit((p) => Object.assign(day(p, 0, 1), { tutorId: null })))).toContain('MISSING_TUTOR');
    expect(codes(edit((p) => Object.assign(day(p, 0, 1), { hostId: null })))).toContain('MISSING_HOST');
    expect(codes(edit((p) => Object.assign(day(p, 0, 1), { hostId: 'nowhere' })))).toContain('UNKNOWN_HOST');
    expect(codes(edit((p) => Object.assign(day(p, 0, 1), { tutorId: 'ghost' })))).toContain('UNKNOWN_TUTOR');
    expect(codes(edit((p) => Object.assign(day(p, 0, 0), { hostId: 'lib', tutorId: 'lea' })))).toContain(
      'DAY_MISMATCH',
    );
    expect(codes(edit((p) => (p.assignments[2]!.weekId = 'w1')))).toContain('WEEK_FULL');
    expect(codes(edit((p) => (p.assignments[2]!.weekId = 'w9')))).toContain('UNKNOWN_WEEK');
    expect(codes(edit((p) => (p.assignments[2]!.groupId = 'g1')))).toContain('GROUP_TWICE');
    expect(codes(edit((p) => (p.assignments[2]!.groupId = 'g9')))).toContain('UNKNOWN_GROUP');
  });
});
