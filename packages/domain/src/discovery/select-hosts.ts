import { MinCostFlow } from './min-cost-flow.ts';
import type { PlanModel } from './plan-model.ts';

/** Arcs per group beyond its reservation: enough for the optimum in practice, few enough to be fast. */
const CANDIDATES_PER_GROUP = 24;

/**
 * Within one week, the best set of distinct hosts for each group, as a min-cost flow:
 * source → group (one unit per service day) → group's job family → host (one unit: never twice
 * the same host) → sink (the host's places summed over the week's service days). Costs are
 * "points missed"; a family's first unit is free and each further one costs the repeat
 * penalty, a convex cost that parallel arcs model exactly. The cheapest full flow is therefore
 * the most points. Each group is offered its best hosts plus the ones it reserved, which keeps
 * the full flow feasible. Which day each visit falls on is left to `scheduleDays`.
 */
export function selectHosts(
  model: PlanModel,
  week: number,
  groups: readonly number[],
  reserved: Int32Array,
): number[][] {
  const { hostCount: H, weekCount: W, serviceDays, capacity, value, rankedHosts, familyOf } = model;
  const S = serviceDays.length;
  if (S === 0 || groups.length === 0) return groups.map(() => []);
  const room = new Int32Array(H);
  for (let h = 0; h < H; h++) for (let s = 0; s < S; s++) room[h]! += capacity[(h * W + week) * S + s]!;

  const offers = groups.map((g) => {
    const offered = new Set<number>();
    for (let s = 0; s < S; s++) if (reserved[g * S + s]! >= 0) offered.add(reserved[g * S + s]!);
    for (let r = 0; r < H && offered.size < CANDIDATES_PER_GROUP + S; r++) {
      const h = rankedHosts[g * H + r]!;
      if (room[h]! > 0) offered.add(h);
    }
    return [...offered];
  });
  let top = 0;
  offers.forEach((list, k) => {
    for (const h of list) top = Math.max(top, value[groups[k]! * H + h]!);
  });

  // Nodes: 0 source, 1 sink, groups, hosts, then one node per (group, family) offered.
  const hostNode = new Int32Array(H).fill(-1);
  let nodes = 2 + groups.length;
  for (let h = 0; h < H; h++) if (room[h]! > 0) hostNode[h] = nodes++;
  const familyNodes = offers.map((list) => new Set(list.map((h) => familyOf[h]!)).size);
  const flow = new MinCostFlow(nodes + familyNodes.reduce((sum, k) => sum + k, 0));
  const arcs: { host: number; arc: number }[][] = [];
  groups.forEach((g, k) => {
    const groupNode = 2 + k;
    flow.addArc(0, groupNode, S, 0);
    const nodeOfFamily = new Map<number, number>();
    const list: { host: number; arc: number }[] = [];
    for (const h of offers[k]!) {
      if (hostNode[h]! < 0) continue;
      const family = familyOf[h]!;
      let familyNode = nodeOfFamily.get(family);
      if (familyNode === undefined) {
        familyNode = nodes++;
        nodeOfFamily.set(family, familyNode);
        flow.addArc(groupNode, familyNode, 1, 0);
        if (S > 1) flow.addArc(groupNode, familyNode, S - 1, model.repeatPenalty);
      }
      list.push({ host: h, arc: flow.addArc(familyNode, hostNode[h]!, 1, top - value[g * H + h]!) });
    }
    arcs.push(list);
  });
  for (let h = 0; h < H; h++) if (hostNode[h]! >= 0) flow.addArc(hostNode[h]!, 1, room[h]!, 0);
  flow.run(0, 1);
  return arcs.map((list) => list.filter((a) => flow.flowOn(a.arc) > 0).map((a) => a.host));
}
