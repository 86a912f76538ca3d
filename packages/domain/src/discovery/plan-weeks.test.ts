import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { checkPlan } from './check-plan.ts';
import type { DiscoveryHost, DiscoveryPlan, PlanInput } from './plan-input.ts';
import { planWeeks } from './plan-weeks.ts';
import { seededRandom } from './seeded-random.ts';

type Input = Omit<PlanInput, 'layout' | 'preferences'> & Partial<Pick<PlanInput, 'layout' | 'preferences'>>;

const FAMILIES = ['culture', 'sante', 'numerique', 'droit', 'environnement', 'btp'];
const WEEKS = [
  { id: 'w1', startDate: '2026-01-05' },
  { id: 'w2', startDate: '2026-01-12' },
  { id: 'w3', startDate: '2026-01-19' },
  { id: 'w4', startDate: '2026-01-26' },
];

function host(id: string, jobFamily: string, over: Partial<DiscoveryHost> = {}): DiscoveryHost {
  const capacity = over.capacityGroupsPerDay ?? 1;
  return {
    id,
    name: `Service ${id}`,
    jobFamily,
    mixedJob: false,
    capacityGroupsPerDay: capacity,
    tutors: Array.from({ length: capacity }, (_, t) => ({ id: `${id}-t${t}`, name: `Tuteur ${id}.${t}` })),
    ...over,
  };
}

const groups = (count: number, interests: string[] = []) =>
  Array.from({ length: count }, (_, k) => ({ id: `g${k + 1}`, size: 5, interests }));

function randomInput(seed: number, groupCount: number, hostCount: number, weekCount: number): Input {
  const random = seededRandom(seed);
  const pick = () => FAMILIES[Math.floor(random() * FAMILIES.length)]!;
  return {
    groups: Array.from({ length: groupCount }, (_, k) => ({
      id: `g${k + 1}`,
      size: 5,
      interests: [pick(), pick(), pick()].filter((f, i, all) => all.indexOf(f) === i),
    })),
    weeks: WEEKS.slice(0, weekCount),
    hosts: Array.from({ length: hostCount }, (_, k) => {
      const capacity = 1 + Math.floor(random() * 2);
      return host(`h${k + 1}`, pick(), {
        mixedJob: random() < 0.4,
        capacityGroupsPerDay: capacity,
        ...(random() < 0.3
          ? {
              availableWeeks: WEEKS.slice(0, weekCount)
                .filter(() => random() < 0.6)
                .map((w) => w.id),
            }
          : {}),
        tutors: Array.from({ length: capacity + Math.floor(random() * 2) }, (_, t) => ({
          id: `h${k + 1}-t${t}`,
          name: `Tuteur ${k + 1}.${t}`,
          ...(random() < 0.3 ? { days: [1, 2, 3].filter(() => random() < 0.6) } : {}),
        })),
      });
    }),
  };
}

/** The rules, checked here by hand rather than through `checkPlan`. */
function expectValid(plan: DiscoveryPlan, input: Input) {
  const layout = input.layout ?? ['citizenship', 'service', 'service', 'service', 'restitution'];
  const seen = [...plan.assignments.map((a) => a.groupId), ...plan.unplaced.map((u) => u.groupId)];
  expect(seen.sort()).toEqual(input.groups.map((g) => g.id).sort());
  const hostDay = new Map<string, number>();
  const tutorDay = new Map<string, number>();
  for (const a of plan.assignments) {
    expect(a.days.map((d) => d.kind)).toEqual(layout);
    const hosts = a.days.filter((d) => d.kind === 'service').map((d) => d.hostId);
    expect(hosts.every((h) => h !== null)).toBe(true);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const day of a.days) {
      if (day.kind !== 'service') {
        expect(day).toMatchObject({ hostId: null, tutorId: null });
        continue;
      }
      const h = input.hosts.find((x) => x.id === day.hostId)!;
      if (h.availableWeeks) expect(h.availableWeeks).toContain(a.weekId);
      const tutor = h.tutors.find((t) => t.id === day.tutorId)!;
      expect(tutor).toBeDefined();
      if (tutor.days) expect(tutor.days).toContain(day.dayIndex);
      const key = `${a.weekId}|${day.dayIndex}|${h.id}`;
      hostDay.set(key, (hostDay.get(key) ?? 0) + 1);
      const present = h.tutors.filter((t) => !t.days || t.days.includes(day.dayIndex)).length;
      expect(hostDay.get(key)).toBeLessThanOrEqual(Math.min(h.capacityGroupsPerDay, present));
      const tutorKey = `${a.weekId}|${day.dayIndex}|${tutor.id}`;
      tutorDay.set(tutorKey, (tutorDay.get(tutorKey) ?? 0) + 1);
      expect(tutorDay.get(tutorKey)).toBe(1);
    }
  }
  expect(checkPlan(plan, input)).toEqual([]);
}

describe('planWeeks', () => {
  it('plans a city: every group a week, three different services, capacities and tutors kept', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const input = randomInput(seed, 20, 20, 4);
      const plan = planWeeks(input);
      expectValid(plan, input);
      expect(plan.score.placedGroups).toBe(20);
    }
  });

  it('keeps every rule on crowded random instances, and accounts for every group', () => {
    for (let seed = 20; seed <= 29; seed++) {
      const input = randomInput(seed, 30, 9, 3);
      const plan = planWeeks(input);
      expectValid(plan, input);
      expect(plan.score.placedGroups + plan.unplaced.length).toBe(30);
    }
  });

  it('places as many groups and scores as well as an exhaustive search on tiny instances', () => {
    for (let seed = 50; seed < 58; seed++) {
      const input = randomInput(seed, 3, 5, 1);
      const plan = planWeeks(input);
      expectValid(plan, input);
      const best = exhaustive(input);
      expect(plan.score.placedGroups).toBe(best.placed);
      expect(plan.score.value).toBe(best.value);
    }
  });

  it('reports groups beyond the total capacity as unplaced, with the reason, never dropped', () => {
    // Three services taking one group a day: three groups can rotate through them, not five.
    const input: Input = {
      groups: groups(5),
      weeks: WEEKS.slice(0, 1),
      hosts: [host('a', 'culture'), host('b', 'sante'), host('c', 'btp')],
    };
    const plan = planWeeks(input);
    expectValid(plan, input);
    expect(plan.score.placedGroups).toBe(3);
    expect(plan.unplaced).toHaveLength(2);
    expect(plan.unplaced[0]!.reason).toBe(
      'Capacité insuffisante : 5 groupes pour 3 places de groupe sur 1 semaine (2 groupes sans place). ' +
        'Aucune semaine ne peut accueillir ce groupe : semaine du 5 janvier 2026 sans place les jours 2, 3 et 4.',
    );
    expect(plan.warnings).toContain('2 groupes restent sans semaine : voir la liste des groupes non placés.');
  });

  it('says when there are fewer services than service days', () => {
    const input: Input = {
      groups: groups(2),
      weeks: WEEKS.slice(0, 1),
      hosts: [host('a', 'culture', { capacityGroupsPerDay: 5 })],
    };
    const plan = planWeeks(input);
    expect(plan.assignments).toEqual([]);
    expect(plan.unplaced[0]!.reason).toBe(
      'Chaque groupe découvre 3 services différents ; 1 service est déclaré.',
    );
  });

  it('respects the groups-per-week limit and says the weeks are full', () => {
    const hosts = ['a', 'b', 'c', 'd'].map((id) => host(id, 'culture', { capacityGroupsPerDay: 3 }));
    const input: Input = { groups: groups(5), weeks: WEEKS.slice(0, 2), hosts, groupsPerWeek: 2 };
    const plan = planWeeks(input);
    expectValid(plan, input);
    expect(plan.score.placedGroups).toBe(4);
    expect(plan.unplaced[0]!.reason).toContain(
      'semaine du 5 janvier 2026 complète (2 groupes par semaine au plus)',
    );
  });

  it('never sends a group twice to the same service, even when one service could take everyone', () => {
    const input: Input = {
      groups: groups(4, ['culture']),
      weeks: WEEKS.slice(0, 1),
      hosts: [
        host('big', 'culture', { capacityGroupsPerDay: 4 }),
        host('x', 'sante', { capacityGroupsPerDay: 4 }),
        host('y', 'btp', { capacityGroupsPerDay: 4 }),
      ],
    };
    const plan = planWeeks(input);
    expectValid(plan, input);
    for (const a of plan.assignments) expect(a.days.filter((d) => d.hostId === 'big')).toHaveLength(1);
  });

  it('uses a service only in its weeks and on days its tutors are there', () => {
    const input: Input = {
      groups: groups(2),
      weeks: WEEKS.slice(0, 2),
      hosts: [
        host('late', 'culture', { availableWeeks: ['w2'], capacityGroupsPerDay: 2 }),
        host('a', 'sante', { capacityGroupsPerDay: 2 }),
        host('b', 'btp', { capacityGroupsPerDay: 2 }),
        host('tue', 'droit', {
          capacityGroupsPerDay: 2,
          tutors: [{ id: 'tue-1', name: 'Inès', days: [1] }],
        }),
      ],
    };
    const plan = planWeeks(input);
    expectValid(plan, input);
    for (const a of plan.assignments)
      for (const d of a.days) {
        if (d.hostId === 'late') expect(a.weekId).toBe('w2');
        if (d.hostId === 'tue') expect(d.dayIndex).toBe(1);
      }
    expect(plan.warnings).toContain(
      'Service « Service tue » : 2 groupes par jour annoncés, mais faute de tuteurs présents au plus 1 groupe le jour 2, aucun groupe le jour 3 et aucun groupe le jour 4.',
    );
  });

  it('favours the group’s job families, then mixed jobs, and varies the families seen', () => {
    const input: Input = {
      groups: [{ id: 'g1', size: 5, interests: ['culture', 'sante'] }],
      weeks: WEEKS.slice(0, 1),
      hosts: [
        host('plain', 'btp'),
        host('mixed', 'btp', { mixedJob: true }),
        host('museum', 'culture'),
        host('library', 'culture', { mixedJob: true }),
        host('theatre', 'culture'),
        host('ccas', 'sante'),
      ],
    };
    const plan = planWeeks(input);
    const seen = plan.assignments[0]!.days.flatMap((d) => (d.hostId ? [d.hostId] : []));
    // Culture twice (6 + 6 − 3 for the repeat) beats btp; the mixed library comes first.
    expect(seen).toContain('ccas');
    expect(seen).toContain('library');
    expect(['museum', 'theatre'].filter((h) => seen.includes(h))).toHaveLength(1);
    expect(plan.score).toMatchObject({
      interestDays: 3,
      firstChoiceDays: 2,
      mixedJobDays: 1,
      repeatedFamilyDays: 1,
    });
    expect(plan.assignments[0]!.explanation).toMatch(/^Semaine du 5 janvier 2026 : jour 2 /);
    expect(plan.assignments[0]!.explanation).toContain(
      'Service library (Culture, communication et médias, 1er choix, métier mixte',
    );
  });

  it('follows a custom week layout', () => {
    const input: Input = {
      groups: groups(2),
      weeks: WEEKS.slice(0, 1),
      layout: ['citizenship', 'service', 'service', 'restitution'],
      hosts: [
        host('a', 'culture', { capacityGroupsPerDay: 2 }),
        host('b', 'sante', { capacityGroupsPerDay: 2 }),
      ],
    };
    const plan = planWeeks(input);
    expectValid(plan, input);
    expect(plan.assignments[0]!.days.map((d) => d.date)).toEqual([
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
    ]);
  });

  it('gives the same plan for the same input', () => {
    const input = randomInput(99, 24, 15, 4);
    expect(planWeeks(input)).toEqual(planWeeks(input));
  });

  it('refuses inconsistent input with French messages', () => {
    const bad = {
      groups: groups(1),
      weeks: WEEKS.slice(0, 1),
      hosts: [
        host('a', 'culture', { availableWeeks: ['w9'] }),
        host('b', 'sante', { tutors: [{ id: 'a-t0', name: 'Doublon' }] }),
      ],
    };
    try {
      planWeeks(bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fields).toMatchObject({
        'hosts.0.availableWeeks.0': 'Semaine « w9 » inconnue.',
        'hosts.1.tutors.0.id': 'Le tuteur « a-t0 » est déjà rattaché au service « a ».',
      });
    }
  });
});

/** Best (placed, points) by trying every week and ordered host triple for every group. */
function exhaustive(input: Input): { placed: number; value: number } {
  const points = [6, 4, 3, 2, 1];
  const value = (g: (typeof input.groups)[number], h: DiscoveryHost) => {
    const rank = g.interests.indexOf(h.jobFamily);
    return (rank < 0 ? 0 : (points[rank] ?? 0)) + (h.mixedJob ? 2 : 0);
  };
  const places = (h: DiscoveryHost, week: string, day: number) =>
    h.availableWeeks && !h.availableWeeks.includes(week)
      ? 0
      : Math.min(h.capacityGroupsPerDay, h.tutors.filter((t) => !t.days || t.days.includes(day)).length);
  const used = new Map<string, number>();
  let best = { placed: 0, value: 0 };
  const visit = (k: number, placed: number, total: number) => {
    if (k === input.groups.length) {
      if (placed > best.placed || (placed === best.placed && total > best.value))
        best = { placed, value: total };
      return;
    }
    visit(k + 1, placed, total);
    const g = input.groups[k]!;
    for (const week of input.weeks)
      for (const a of input.hosts)
        for (const b of input.hosts)
          for (const c of input.hosts) {
            const trio = [a, b, c];
            if (new Set(trio).size < 3) continue;
            const keys = trio.map((h, s) => `${week.id}|${s + 1}|${h.id}`);
            if (trio.some((h, s) => (used.get(keys[s]!) ?? 0) >= places(h, week.id, s + 1))) continue;
            for (const key of keys) used.set(key, (used.get(key) ?? 0) + 1);
            let points3 = trio.reduce((sum, h) => sum + value(g, h), 0);
            const families = trio.map((h) => h.jobFamily);
            points3 -= 3 * (families.length - new Set(families).size);
            visit(k + 1, placed + 1, total + points3);
            for (const key of keys) used.set(key, used.get(key)! - 1);
          }
  };
  visit(0, 0, 0);
  return best;
}
