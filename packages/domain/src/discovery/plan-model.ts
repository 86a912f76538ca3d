import { countOf, dayLabel, listFr } from './french-format.ts';
import type { PlanInput } from './plan-input.ts';

/**
 * The plan input as flat arrays. Hosts, weeks and service days are numbered; `capacity` says how
 * many groups host h takes on service day s of week w — its own limit, its available tutors
 * that day and its available weeks all folded in — so the planner reads one number.
 */
export type PlanModel = {
  input: PlanInput;
  groupCount: number;
  hostCount: number;
  weekCount: number;
  /** Layout positions of the service days. */
  serviceDays: number[];
  /** Index (h × weekCount + w) × serviceDays.length + s. */
  capacity: Int32Array;
  /** Points of host h for group g, index g × hostCount + h. */
  value: Int32Array;
  /** Rank of host h's job family in group g's interests, −1 when absent. */
  interestRank: Int8Array;
  /** Each group's hosts, best value first (ties: host order): row g of length hostCount. */
  rankedHosts: Int32Array;
  /** Job family of each host, numbered. */
  familyOf: Int32Array;
  familyCount: number;
  repeatPenalty: number;
  /** The largest value of any group for any host. */
  maxValue: number;
  weekLimit: number;
  warnings: string[];
};

export const capacityAt = (model: PlanModel, h: number, w: number, s: number) =>
  model.capacity[(h * model.weekCount + w) * model.serviceDays.length + s]!;

/** Whether a tutor is there on a given day of a given week. */
export const tutorPresent = (
  tutor: { days?: number[] | undefined; availableWeeks?: string[] | undefined },
  weekId: string,
  dayIndex: number,
) =>
  (!tutor.days || tutor.days.includes(dayIndex)) &&
  (!tutor.availableWeeks || tutor.availableWeeks.includes(weekId));

export function buildPlanModel(input: PlanInput): PlanModel {
  const { groups, hosts, weeks, layout, preferences } = input;
  const serviceDays = layout.flatMap((kind, d) => (kind === 'service' ? [d] : []));
  const S = serviceDays.length;
  const H = hosts.length;
  const W = weeks.length;
  const G = groups.length;
  const warnings: string[] = [];

  const capacity = new Int32Array(H * W * S);
  hosts.forEach((host, h) => {
    const reduced = new Map<number, number>(); // service day → fewest places left by tutors
    let open = 0;
    weeks.forEach((week, w) => {
      if (host.availableWeeks && !host.availableWeeks.includes(week.id)) return;
      open += 1;
      serviceDays.forEach((day, s) => {
        const tutors = host.tutors.filter((t) => tutorPresent(t, week.id, day)).length;
        const cap = Math.min(host.capacityGroupsPerDay, tutors);
        capacity[(h * W + w) * S + s] = cap;
        if (cap < host.capacityGroupsPerDay) reduced.set(s, Math.min(reduced.get(s) ?? cap, cap));
      });
    });
    const name = `Service « ${host.name} »`;
    if (host.capacityGroupsPerDay === 0)
      warnings.push(`${name} : capacité nulle, il n’accueille aucun groupe.`);
    else if (open === 0) warnings.push(`${name} : aucune semaine d’accueil parmi celles du calendrier.`);
    else if (host.tutors.length === 0)
      warnings.push(`${name} : aucun tuteur, il ne peut accueillir aucun groupe.`);
    else if (reduced.size > 0) {
      const days = [...reduced.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(
          ([s, cap]) =>
            `${cap === 0 ? 'aucun groupe' : `au plus ${countOf(cap, 'groupe', 'groupes')}`} le ${dayLabel(serviceDays[s]!)}`,
        );
      warnings.push(
        `${name} : ${countOf(host.capacityGroupsPerDay, 'groupe par jour annoncé', 'groupes par jour annoncés')}, mais faute de tuteurs présents ${listFr(days)}.`,
      );
    }
  });

  const points = preferences.interestPoints;
  const bonus = preferences.mixedJobBonus;
  const value = new Int32Array(G * H);
  const interestRank = new Int8Array(G * H).fill(-1);
  const familyNames = hosts.map((h) => h.jobFamily);
  const familyIndex = new Map<string, number>();
  const familyOf = Int32Array.from(familyNames, (name) => {
    if (!familyIndex.has(name)) familyIndex.set(name, familyIndex.size);
    return familyIndex.get(name)!;
  });
  groups.forEach((group, g) => {
    const rank = new Map<string, number>();
    group.interests.forEach((family, r) => {
      if (!rank.has(family)) rank.set(family, r);
    });
    for (let h = 0; h < H; h++) {
      const r = rank.get(familyNames[h]!);
      if (r !== undefined) interestRank[g * H + h] = r;
      value[g * H + h] = (r === undefined ? 0 : (points[r] ?? 0)) + (hosts[h]!.mixedJob ? bonus : 0);
    }
  });

  // Counting sort per group: values are small integers, so this is linear in hosts.
  const rankedHosts = new Int32Array(G * H);
  const top = Math.max(0, ...points) + bonus;
  const buckets = new Int32Array(top + 2);
  for (let g = 0; g < G; g++) {
    buckets.fill(0);
    const row = g * H;
    for (let h = 0; h < H; h++) buckets[top - value[row + h]! + 1]! += 1;
    for (let v = 1; v < buckets.length; v++) buckets[v]! += buckets[v - 1]!;
    for (let h = 0; h < H; h++) rankedHosts[row + buckets[top - value[row + h]!]!++] = h;
  }

  return {
    input,
    groupCount: G,
    hostCount: H,
    weekCount: W,
    serviceDays,
    capacity,
    value,
    interestRank,
    rankedHosts,
    familyOf,
    familyCount: familyIndex.size,
    repeatPenalty: preferences.repeatedFamilyPenalty,
    maxValue: value.reduce((max, v) => Math.max(max, v), 0),
    weekLimit: input.groupsPerWeek ?? Number.POSITIVE_INFINITY,
    warnings,
  };
}

/** Points of a group's hosts for the week: their values, less the penalty for each repeated family. */
export function placementValue(model: PlanModel, g: number, hosts: ArrayLike<number>): number {
  const { hostCount: H, value, familyOf, repeatPenalty } = model;
  let total = 0;
  for (let s = 0; s < hosts.length; s++) {
    total += value[g * H + hosts[s]!]!;
    for (let t = 0; t < s; t++)
      if (familyOf[hosts[t]!] === familyOf[hosts[s]!]) {
        total -= repeatPenalty;
        break;
      }
  }
  return total;
}
