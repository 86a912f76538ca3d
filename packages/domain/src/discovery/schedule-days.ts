import { MinCostFlow } from './min-cost-flow.ts';
import type { PlanModel } from './plan-model.ts';

/**
 * Puts each group's chosen hosts on days: one host per group per service day, a host's groups
 * per day within its places that day. Days are filled one at a time, tightest first, each by a
 * flow that must use a host today when its later days cannot absorb what it still owes
 * ("mandatory" places), and prefers hosts with fewer later days open. When every host keeps the
 * same places each day this always succeeds (König: a bipartite graph of maximum degree k is
 * k-edge-colourable); otherwise a day may stay empty (−1) for `repairDays` to fill.
 */
export function scheduleDays(
  model: PlanModel,
  week: number,
  groups: readonly number[],
  chosen: readonly number[][],
): Int32Array[] {
  const { hostCount: H, weekCount: W, serviceDays, capacity } = model;
  const S = serviceDays.length;
  const n = groups.length;
  const room = new Int32Array(H * S);
  for (let h = 0; h < H; h++) for (let s = 0; s < S; s++) room[h * S + s] = capacity[(h * W + week) * S + s]!;
  const hostsOf = groups.map(() => new Int32Array(S).fill(-1));
  const remaining = chosen.map((list) => [...list]);
  const owed = new Int32Array(H);
  for (const list of remaining) for (const h of list) owed[h]! += 1;

  const dayTotal = (s: number) => {
    let total = 0;
    for (let h = 0; h < H; h++) total += room[h * S + s]!;
    return total;
  };
  const days = Array.from({ length: S }, (_, s) => s).sort((a, b) => dayTotal(a) - dayTotal(b) || a - b);

  days.forEach((s, position) => {
    const later = days.slice(position + 1);
    const laterRoom = (h: number) => later.reduce((sum, t) => sum + room[h * S + t]!, 0);
    const laterDays = (h: number) => later.reduce((sum, t) => sum + (room[h * S + t]! > 0 ? 1 : 0), 0);
    const hostNode = new Int32Array(H).fill(-1);
    let nodes = 2 + n;
    for (let h = 0; h < H; h++) if (owed[h]! > 0 && room[h * S + s]! > 0) hostNode[h] = nodes++;
    const flow = new MinCostFlow(nodes);
    const penalty = (S + 1) * (n + 1);
    const arcs: { host: number; arc: number }[][] = [];
    for (let k = 0; k < n; k++) {
      const list: { host: number; arc: number }[] = [];
      flow.addArc(0, 2 + k, 1, 0);
      for (const h of remaining[k]!)
        if (hostNode[h]! >= 0) list.push({ host: h, arc: flow.addArc(2 + k, hostNode[h]!, 1, laterDays(h)) });
      arcs.push(list);
    }
    for (let h = 0; h < H; h++) {
      if (hostNode[h]! < 0) continue;
      const places = room[h * S + s]!;
      const mandatory = Math.min(places, Math.max(0, owed[h]! - laterRoom(h)));
      if (mandatory > 0) flow.addArc(hostNode[h]!, 1, mandatory, 0);
      if (places > mandatory) flow.addArc(hostNode[h]!, 1, places - mandatory, penalty);
    }
    flow.run(0, 1);

    for (let k = 0; k < n; k++) {
      const hit = arcs[k]!.find((a) => flow.flowOn(a.arc) > 0);
      if (!hit) continue; // left for `repairDays`
      hostsOf[k]![s] = hit.host;
      room[hit.host * S + s]! -= 1;
      remaining[k] = remaining[k]!.filter((h) => h !== hit.host);
      owed[hit.host]! -= 1;
    }
  });
  return hostsOf;
}
