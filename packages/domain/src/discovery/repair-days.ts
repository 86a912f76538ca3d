import { MinCostFlow } from './min-cost-flow.ts';
import { type PlanModel, placementValue } from './plan-model.ts';

/** Hosts offered to a group already placed that day, besides its current one. */
const ALTERNATIVES = 8;
const PASSES = 4;

/**
 * Fills the empty days (−1) of a week's groups by re-solving one day at a time with the other
 * days fixed: for that day it is an exact min-cost flow (groups → hosts it does not see on its
 * other days → places that day), most groups first, then most points. Groups already placed
 * may move to another host to make room; a group with an empty day may take any host. Returns
 * whether every group ends with a host every day; `hostsOf` is updated in place either way.
 */
export function repairDays(
  model: PlanModel,
  week: number,
  groups: readonly number[],
  hostsOf: Int32Array[],
): boolean {
  const { serviceDays } = model;
  const S = serviceDays.length;
  const missing = () => hostsOf.reduce((sum, hosts) => sum + hosts.filter((h) => h < 0).length, 0);
  for (let pass = 0; pass < PASSES; pass++) {
    if (missing() === 0) return true;
    for (let s = 0; s < S; s++) solveDay(model, week, groups, hostsOf, s);
  }
  return missing() === 0;
}

/**
 * Improves a complete week one day at a time, the other days fixed (each step is an exact
 * flow that keeps every group placed, so the points never go down), until a pass gains nothing.
 */
export function polishDays(model: PlanModel, week: number, groups: readonly number[], hostsOf: Int32Array[]) {
  const S = model.serviceDays.length;
  const worth = () => groups.reduce((sum, g, k) => sum + placementValue(model, g, hostsOf[k]!), 0);
  let before = worth();
  for (let pass = 0; pass < PASSES; pass++) {
    for (let s = 0; s < S; s++) solveDay(model, week, groups, hostsOf, s);
    const after = worth();
    if (after <= before) return;
    before = after;
  }
}

function solveDay(
  model: PlanModel,
  week: number,
  groups: readonly number[],
  hostsOf: Int32Array[],
  s: number,
) {
  const {
    hostCount: H,
    weekCount: W,
    serviceDays,
    capacity,
    value,
    rankedHosts,
    familyOf,
    repeatPenalty,
  } = model;
  const S = serviceDays.length;
  const n = groups.length;
  const places = (h: number) => capacity[(h * W + week) * S + s]!;
  const hostNode = new Int32Array(H).fill(-1);
  let nodes = 2 + n;
  for (let h = 0; h < H; h++) if (places(h) > 0) hostNode[h] = nodes++;
  const flow = new MinCostFlow(nodes);
  const top = model.maxValue + repeatPenalty;
  const arcs: { host: number; arc: number }[][] = [];
  groups.forEach((g, k) => {
    flow.addArc(0, 2 + k, 1, 0);
    const hosts = hostsOf[k]!;
    const elsewhere = new Set<number>();
    const families = new Set<number>();
    for (let t = 0; t < S; t++)
      if (t !== s && hosts[t]! >= 0) {
        elsewhere.add(hosts[t]!);
        families.add(familyOf[hosts[t]!]!);
      }
    const offered = new Set<number>();
    if (hosts[s]! >= 0) offered.add(hosts[s]!);
    const limit = hosts[s]! < 0 ? H : ALTERNATIVES;
    for (let r = 0, taken = 0; r < H && taken < limit; r++) {
      const h = rankedHosts[g * H + r]!;
      if (hostNode[h]! < 0 || elsewhere.has(h)) continue;
      offered.add(h);
      taken += 1;
    }
    const list: { host: number; arc: number }[] = [];
    for (const h of offered) {
      const points = value[g * H + h]! - (families.has(familyOf[h]!) ? repeatPenalty : 0);
      list.push({ host: h, arc: flow.addArc(2 + k, hostNode[h]!, 1, top - points) });
    }
    arcs.push(list);
  });
  for (let h = 0; h < H; h++) if (hostNode[h]! >= 0) flow.addArc(hostNode[h]!, 1, places(h), 0);
  flow.run(0, 1);
  arcs.forEach((list, k) => {
    const hit = list.find((a) => flow.flowOn(a.arc) > 0);
    hostsOf[k]![s] = hit ? hit.host : -1;
  });
}
