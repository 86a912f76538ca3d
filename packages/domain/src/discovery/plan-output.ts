import { jobFamilyLabel } from '../matching/labels.ts';
import { addDays, formatFrenchDate } from '../shared/dates.ts';
import { dayLabel } from './french-format.ts';
import type { DiscoveryAssignment, DiscoveryPlanDay, DiscoveryPlanScore } from './plan-input.ts';
import { type PlanModel, placementValue, tutorPresent } from './plan-model.ts';

const ordinal = (rank: number) => (rank === 0 ? '1er choix' : `${rank + 1}e choix`);

/**
 * Turns placements (a week and a host per service day for each placed group) into the plan:
 * a tutor for every host-day — the one with the fewest groups this week, then overall, so the
 * load spreads — dates, the points scored, and a French account of each week.
 */
export function buildAssignments(
  model: PlanModel,
  placements: readonly { group: number; week: number; hosts: Int32Array }[],
): { assignments: DiscoveryAssignment[]; score: Omit<DiscoveryPlanScore, 'unplacedGroups'> } {
  const { input, hostCount: H, serviceDays, interestRank, familyOf } = model;
  const S = serviceDays.length;
  const sorted = [...placements].sort((a, b) => a.week - b.week || a.group - b.group);

  // Tutors: per week, per service day, per host, in group order.
  const tutorOf = new Map<string, string>(); // `${group}:${s}` → tutor id
  const totalLoad = new Map<string, number>();
  for (let w = 0; w < model.weekCount; w++) {
    const week = input.weeks[w]!;
    const weekLoad = new Map<string, number>();
    for (let s = 0; s < S; s++) {
      const byHost = new Map<number, number[]>();
      for (const p of sorted)
        if (p.week === w) byHost.set(p.hosts[s]!, [...(byHost.get(p.hosts[s]!) ?? []), p.group]);
      for (const [h, groups] of byHost) {
        const tutors = input.hosts[h]!.tutors.filter((t) => tutorPresent(t, week.id, serviceDays[s]!));
        tutors.sort(
          (a, b) =>
            (weekLoad.get(a.id) ?? 0) - (weekLoad.get(b.id) ?? 0) ||
            (totalLoad.get(a.id) ?? 0) - (totalLoad.get(b.id) ?? 0),
        );
        groups.forEach((g, k) => {
          const tutor = tutors[k];
          if (!tutor) return; // capacity never exceeds present tutors; checkPlan would say so
          tutorOf.set(`${g}:${s}`, tutor.id);
          weekLoad.set(tutor.id, (weekLoad.get(tutor.id) ?? 0) + 1);
          totalLoad.set(tutor.id, (totalLoad.get(tutor.id) ?? 0) + 1);
        });
      }
    }
  }

  const score = {
    placedGroups: 0,
    serviceDays: 0,
    interestDays: 0,
    firstChoiceDays: 0,
    mixedJobDays: 0,
    repeatedFamilyDays: 0,
    value: 0,
  };
  const assignments = sorted.map((p): DiscoveryAssignment => {
    const week = input.weeks[p.week]!;
    const group = input.groups[p.group]!;
    const slotOf = new Map(serviceDays.map((d, s) => [d, s]));
    const total = placementValue(model, p.group, p.hosts);
    const told: string[] = [];
    const days = input.layout.map((kind, dayIndex): DiscoveryPlanDay => {
      const s = slotOf.get(dayIndex);
      const date = addDays(week.startDate, dayIndex);
      if (s === undefined) return { dayIndex, kind, date, hostId: null, tutorId: null };
      const h = p.hosts[s]!;
      const host = input.hosts[h]!;
      const rank = interestRank[p.group * H + h]!;
      const repeated = Array.from(p.hosts.subarray(0, s)).some((other) => familyOf[other] === familyOf[h]);
      score.serviceDays += 1;
      if (repeated) score.repeatedFamilyDays += 1;
      if (rank >= 0) score.interestDays += 1;
      if (rank === 0) score.firstChoiceDays += 1;
      if (host.mixedJob) score.mixedJobDays += 1;
      const tutorId = tutorOf.get(`${p.group}:${s}`) ?? null;
      const tutor = host.tutors.find((t) => t.id === tutorId);
      const notes = [
        jobFamilyLabel(host.jobFamily),
        rank >= 0 ? ordinal(rank) : 'hors des choix du groupe',
        ...(host.mixedJob ? ['métier mixte'] : []),
        ...(repeated ? ['famille déjà vue cette semaine'] : []),
      ];
      told.push(
        `${dayLabel(dayIndex)} ${host.name} (${notes.join(', ')})${tutor ? ` avec ${tutor.name}` : ''}`,
      );
      return { dayIndex, kind, date, hostId: host.id, tutorId };
    });
    score.placedGroups += 1;
    score.value += total;
    const explanation =
      told.length > 0
        ? `Semaine du ${formatFrenchDate(week.startDate)} : ${told.join(' ; ')}.`
        : `Semaine du ${formatFrenchDate(week.startDate)}.`;
    return { groupId: group.id, weekId: week.id, days, value: total, explanation };
  });
  return { assignments, score };
}
