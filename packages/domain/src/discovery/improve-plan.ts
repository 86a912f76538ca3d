import { ComboSearch, idealValue, insertGroup, occupy, type PlanResidual } from './insert-group.ts';
import { type PlanModel, placementValue } from './plan-model.ts';
import { polishDays } from './repair-days.ts';
import { replanWeek } from './replan-week.ts';

export type Placement = { group: number; week: number; hosts: Int32Array };

/** Rounds of moves and swaps; each keeps only strict gains, so the plan only gets better. */
const ROUNDS = 3;
/** Above this many groups, each group tries a sample of swap partners rather than all. */
const ALL_SWAPS_UP_TO = 200;
const SAMPLED_PARTNERS = 6;
/** Another round only while the last one gained at least this share of the points. */
const MIN_ROUND_GAIN = 0.001;
/** Week re-plans tried by `exchangeAcrossWeeks`, at most; each costs two flows over a week. */
const EXCHANGE_BUDGET = 400;
/** Beyond this, weeks are large and each re-plan too dear for the little it gains. */
const EXCHANGE_UP_TO_GROUPS = 400;

export function release(model: PlanModel, residual: PlanResidual, p: Placement) {
  const { weekCount: W, serviceDays } = model;
  const S = serviceDays.length;
  residual.load[p.week]! -= 1;
  for (let s = 0; s < S; s++) residual.room[(p.hosts[s]! * W + p.week) * S + s]! += 1;
}

/**
 * Local search on a complete plan: a group moves to a strictly better spot (any week); two
 * groups of different weeks swap weeks when that is worth more to the pair — the move that
 * helps when every week is full; on small plans, two groups trade weeks with both weeks
 * re-planned whole; last, each week's days are re-solved one at a time.
 */
export function improvePlan(model: PlanModel, residual: PlanResidual, placed: (Placement | null)[]) {
  const members = placed.filter((p): p is Placement => p !== null);
  const ideal = new Float64Array(model.groupCount);
  for (const p of members) ideal[p.group] = idealValue(model, p.group);
  const total = () => members.reduce((sum, p) => sum + placementValue(model, p.group, p.hosts), 0);
  let before = total();
  for (let round = 0; round < ROUNDS; round++) {
    for (const p of members) moveGroup(model, residual, p, ideal[p.group]!);
    for (let i = 0; i < members.length; i++) {
      const a = members[i]!;
      if (placementValue(model, a.group, a.hosts) >= ideal[a.group]!) continue;
      const partners =
        members.length <= ALL_SWAPS_UP_TO
          ? members
          : Array.from(
              { length: SAMPLED_PARTNERS },
              (_, k) => members[(i * 7919 + k * 104729 + round) % members.length]!,
            );
      for (const b of partners) if (b.week !== a.week) swapWeeks(model, residual, a, b);
    }
    const after = total();
    if (after - before <= MIN_ROUND_GAIN * Math.abs(before)) break;
    before = after;
  }
  exchangeAcrossWeeks(model, residual, members, ideal);
  for (let w = 0; w < model.weekCount; w++) polishWeek(model, residual, members, w);
}

/**
 * Two groups of different weeks trade weeks and both weeks are re-planned whole, so the other
 * groups may give way — what single moves and swaps cannot do once weeks are full. Pairs are
 * tried most promising first (what each could score in the other week, hosts' availability
 * only, against what they score now), within a budget; small plans only.
 */
function exchangeAcrossWeeks(
  model: PlanModel,
  residual: PlanResidual,
  members: Placement[],
  ideal: Float64Array,
) {
  if (members.length > EXCHANGE_UP_TO_GROUPS || model.serviceDays.length === 0) return;
  const { weekCount: W, serviceDays, capacity } = model;
  const S = serviceDays.length;
  const within = new Map<string, number>();
  const idealIn = (g: number, w: number) => {
    const key = `${g}|${w}`;
    if (!within.has(key)) {
      const search = new ComboSearch(model, g);
      const open = search.collect((h, s) => capacity[(h * W + w) * S + s]! > 0);
      within.set(key, open ? (search.run(Number.NEGATIVE_INFINITY) ?? -1e9) : -1e9);
    }
    return within.get(key)!;
  };
  const worth = (p: Placement) => placementValue(model, p.group, p.hosts);
  const pairs: { a: Placement; b: Placement; promise: number }[] = [];
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!;
      const b = members[j]!;
      if (a.week === b.week) continue;
      if (worth(a) >= ideal[a.group]! && worth(b) >= ideal[b.group]!) continue;
      const promise = idealIn(a.group, b.week) + idealIn(b.group, a.week) - worth(a) - worth(b);
      if (promise > 0) pairs.push({ a, b, promise });
    }
  pairs.sort((x, y) => y.promise - x.promise);
  let budget = EXCHANGE_BUDGET;
  for (const { a, b } of pairs) {
    if (budget <= 0) break;
    if (a.week === b.week) continue;
    budget -= 2;
    const [wa, wb] = [a.week, b.week];
    const inA = members.filter((p) => p.week === wa);
    const inB = members.filter((p) => p.week === wb);
    const before = [...inA, ...inB].reduce((sum, p) => sum + worth(p), 0);
    const nextA = inA.map((p) => (p === a ? b : p));
    const nextB = inB.map((p) => (p === b ? a : p));
    const planA = replanWeek(
      model,
      wa,
      nextA.map((p) => p.group),
      nextA.map((p) => (p.week === wa ? p.hosts : null)),
    );
    if (!planA) continue;
    const planB = replanWeek(
      model,
      wb,
      nextB.map((p) => p.group),
      nextB.map((p) => (p.week === wb ? p.hosts : null)),
    );
    if (!planB || planA.value + planB.value <= before) continue;
    for (const p of [...inA, ...inB]) release(model, residual, p);
    nextA.forEach((p, k) => {
      p.week = wa;
      p.hosts = planA.hostsOf[k]!;
      occupy(model, residual, wa, p.hosts);
    });
    nextB.forEach((p, k) => {
      p.week = wb;
      p.hosts = planB.hostsOf[k]!;
      occupy(model, residual, wb, p.hosts);
    });
  }
}

function moveGroup(model: PlanModel, residual: PlanResidual, p: Placement, ideal: number): boolean {
  const worth = placementValue(model, p.group, p.hosts);
  if (worth >= ideal) return false;
  release(model, residual, p);
  const spot = insertGroup(model, residual, p.group, { better: worth });
  const gained = spot !== null && spot.value > worth;
  if (spot && gained) {
    p.week = spot.week;
    p.hosts = spot.hosts;
  }
  occupy(model, residual, p.week, p.hosts);
  return gained;
}

function swapWeeks(model: PlanModel, residual: PlanResidual, a: Placement, b: Placement): boolean {
  const before = placementValue(model, a.group, a.hosts) + placementValue(model, b.group, b.hosts);
  release(model, residual, a);
  release(model, residual, b);
  const aSpot = insertGroup(model, residual, a.group, { week: b.week });
  if (aSpot) occupy(model, residual, aSpot.week, aSpot.hosts);
  const bSpot = aSpot ? insertGroup(model, residual, b.group, { week: a.week }) : null;
  if (aSpot && bSpot && aSpot.value + bSpot.value > before) {
    occupy(model, residual, bSpot.week, bSpot.hosts);
    a.week = aSpot.week;
    a.hosts = aSpot.hosts;
    b.week = bSpot.week;
    b.hosts = bSpot.hosts;
    return true;
  }
  if (aSpot) release(model, residual, { group: a.group, week: aSpot.week, hosts: aSpot.hosts });
  occupy(model, residual, a.week, a.hosts);
  occupy(model, residual, b.week, b.hosts);
  return false;
}

/** Each week's days re-solved one at a time, the others fixed. */
function polishWeek(model: PlanModel, residual: PlanResidual, members: readonly Placement[], w: number) {
  const inWeek = members.filter((p) => p.week === w);
  if (inWeek.length === 0 || model.serviceDays.length === 0) return;
  const hostsOf = inWeek.map((p) => p.hosts.slice());
  polishDays(
    model,
    w,
    inWeek.map((p) => p.group),
    hostsOf,
  );
  inWeek.forEach((p, k) => {
    release(model, residual, p);
    p.hosts = hostsOf[k]!;
    occupy(model, residual, w, p.hosts);
  });
}
