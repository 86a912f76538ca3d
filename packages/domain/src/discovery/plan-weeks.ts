import type * as z from 'zod/mini';
import { parseInput } from '../shared/validation.ts';
import { countOf } from './french-format.ts';
import { improvePlan, type Placement, release } from './improve-plan.ts';
import { explainUnplaced, insertGroup, occupy, type PlanResidual } from './insert-group.ts';
import { orderByRegret } from './order-by-regret.ts';
import { type DiscoveryPlan, type DiscoveryUnplaced, PlanInput } from './plan-input.ts';
import { buildPlanModel, type PlanModel, placementValue } from './plan-model.ts';
import { buildAssignments } from './plan-output.ts';
import { repairDays } from './repair-days.ts';
import { replanWeek } from './replan-week.ts';

/**
 * Plans the discovery weeks: each group gets one week and, on each service day, a host it has
 * not seen that week, within the host's places and present tutors, favouring the group's job
 * families and mixed jobs and varying the families; then a tutor per host-day. In passes:
 * 1. groups in regret order (`orderByRegret`) each take their best remaining week and hosts
 *    (`insertGroup`, exact for one group), so the plan is feasible from the start;
 * 2. each week is re-planned as a whole (`replanWeek`: min-cost flow for the hosts, then days)
 *    and kept if worth more;
 * 3. a group left over may still enter a week by moving that week's groups to other hosts
 *    (`repairDays`);
 * 4. local search (`improvePlan`): moves, swaps, and on small plans exchanges of two groups
 *    between weeks with both weeks re-planned; each step keeps strict gains only;
 * 5. tutors, dates and explanations (`buildAssignments`).
 * A group that fits nowhere is listed in `unplaced` with the reason, never dropped. When places
 * run short, the groups left out are those the passes could not fit — not the last in the input.
 */
export function planWeeks(raw: z.input<typeof PlanInput>): DiscoveryPlan {
  const input = parseInput(PlanInput, raw);
  const model = buildPlanModel(input);
  const { groupCount: G, weekCount: W, serviceDays } = model;
  const S = serviceDays.length;

  const residual: PlanResidual = { room: model.capacity.slice(), load: new Int32Array(W) };
  const placed: (Placement | null)[] = new Array(G).fill(null);
  for (const g of orderByRegret(model)) {
    const spot = insertGroup(model, residual, g);
    if (!spot) continue;
    placed[g] = { group: g, week: spot.week, hosts: spot.hosts };
    occupy(model, residual, spot.week, spot.hosts);
  }
  for (let w = 0; w < W; w++) reoptimiseWeek(model, residual, placed, w);
  for (let g = 0; g < G; g++) if (!placed[g]) insertByRepair(model, residual, placed, g);
  improvePlan(model, residual, placed);

  const unplacedGroups = placed.flatMap((p, g) => (p ? [] : [g]));
  const unplaced: DiscoveryUnplaced[] = [];
  if (unplacedGroups.length > 0) {
    const reason = explainUnplaced(model, residual, capacityPreface(model, unplacedGroups.length));
    for (const g of unplacedGroups) unplaced.push({ groupId: input.groups[g]!.id, reason });
  }
  const { assignments, score } = buildAssignments(
    model,
    placed.filter((p): p is Placement => p !== null),
  );
  const warnings = [...model.warnings];
  if (S === 0) warnings.push('La semaine ne compte aucune journée en service : aucun service à attribuer.');
  if (unplacedGroups.length > 0)
    warnings.push(
      `${countOf(unplacedGroups.length, 'groupe reste', 'groupes restent')} sans semaine : voir la liste des groupes non placés.`,
    );
  return { assignments, unplaced, warnings, score: { ...score, unplacedGroups: unplacedGroups.length } };
}

/** Pass 2: the week's groups re-planned together; the new plan replaces the old if better. */
function reoptimiseWeek(model: PlanModel, residual: PlanResidual, placed: (Placement | null)[], w: number) {
  const members = placed.filter((p): p is Placement => p !== null && p.week === w);
  if (members.length === 0 || model.serviceDays.length === 0) return;
  const replanned = replanWeek(
    model,
    w,
    members.map((p) => p.group),
    members.map((p) => p.hosts),
  );
  const before = members.reduce((sum, p) => sum + placementValue(model, p.group, p.hosts), 0);
  if (!replanned || replanned.value <= before) return;
  members.forEach((p, k) => {
    release(model, residual, p);
    p.hosts = replanned.hostsOf[k]!;
    occupy(model, residual, w, p.hosts);
  });
}

/** Pass 3: a week takes one more group if moving its groups between hosts that week makes room. */
function insertByRepair(model: PlanModel, residual: PlanResidual, placed: (Placement | null)[], g: number) {
  const { hostCount: H, weekCount: W, serviceDays } = model;
  const S = serviceDays.length;
  for (let w = 0; w < W; w++) {
    if (residual.load[w]! >= model.weekLimit) continue;
    let open = true;
    for (let s = 0; s < S && open; s++) {
      let room = 0;
      for (let h = 0; h < H; h++) room += residual.room[(h * W + w) * S + s]!;
      open = room > 0;
    }
    if (!open) continue;
    const members = placed.filter((p): p is Placement => p !== null && p.week === w);
    const groups = [...members.map((p) => p.group), g];
    const hostsOf = [...members.map((p) => p.hosts.slice()), new Int32Array(S).fill(-1)];
    if (!repairDays(model, w, groups, hostsOf)) continue;
    for (const p of members) release(model, residual, p);
    members.forEach((p, k) => {
      p.hosts = hostsOf[k]!;
      occupy(model, residual, w, p.hosts);
    });
    placed[g] = { group: g, week: w, hosts: hostsOf[members.length]! };
    occupy(model, residual, w, placed[g]!.hosts);
    return;
  }
}

/** "Capacité insuffisante : …" when the weeks cannot hold every group whatever the plan. */
function capacityPreface(model: PlanModel, unplaced: number): string {
  const { hostCount: H, weekCount: W, serviceDays, capacity, groupCount } = model;
  const S = serviceDays.length;
  let total = 0;
  for (let w = 0; w < W; w++) {
    let week = model.weekLimit;
    for (let s = 0; s < S; s++) {
      let day = 0;
      for (let h = 0; h < H; h++) day += capacity[(h * W + w) * S + s]!;
      week = Math.min(week, day);
    }
    total += Number.isFinite(week) ? week : groupCount;
  }
  if (total >= groupCount) return '';
  return `Capacité insuffisante : ${countOf(groupCount, 'groupe', 'groupes')} pour ${countOf(total, 'place', 'places')} de groupe sur ${countOf(W, 'semaine', 'semaines')} (${countOf(unplaced, 'groupe', 'groupes')} sans place). `;
}
