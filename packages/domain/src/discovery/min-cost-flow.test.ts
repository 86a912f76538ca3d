import { describe, expect, it } from 'vitest';
import { MinCostFlow } from './min-cost-flow.ts';
import { seededRandom } from './seeded-random.ts';

type Arc = { from: number; to: number; capacity: number; cost: number };

/** Textbook reference: successive shortest paths with Bellman–Ford, one path at a time. */
function reference(n: number, arcs: Arc[], source: number, sink: number) {
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const from: number[] = [];
  for (const a of arcs) {
    from.push(a.from, a.to);
    to.push(a.to, a.from);
    cap.push(a.capacity, 0);
    cost.push(a.cost, -a.cost);
  }
  let flow = 0;
  let total = 0;
  for (;;) {
    const dist = new Array(n).fill(Number.POSITIVE_INFINITY);
    const via = new Array(n).fill(-1);
    dist[source] = 0;
    for (let round = 0; round < n; round++)
      for (let e = 0; e < to.length; e++)
        if (cap[e]! > 0 && dist[from[e]!] + cost[e]! < dist[to[e]!]) {
          dist[to[e]!] = dist[from[e]!] + cost[e]!;
          via[to[e]!] = e;
        }
    if (dist[sink] === Number.POSITIVE_INFINITY) return { flow, cost: total };
    let push = Number.POSITIVE_INFINITY;
    for (let v = sink; v !== source; v = from[via[v]]!) push = Math.min(push, cap[via[v]]!);
    for (let v = sink; v !== source; v = from[via[v]]!) {
      cap[via[v]]! -= push;
      cap[via[v] ^ 1]! += push;
      total += push * cost[via[v]]!;
    }
    flow += push;
  }
}

describe('MinCostFlow', () => {
  it('finds the maximum flow at the reference’s minimum cost on random networks', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const random = seededRandom(seed);
      const n = 4 + Math.floor(random() * 10);
      const arcs: Arc[] = [];
      const count = n + Math.floor(random() * n * 3);
      for (let k = 0; k < count; k++) {
        const from = Math.floor(random() * n);
        const to = Math.floor(random() * n);
        if (from === to) continue;
        // Few distinct costs, as in the planner, so many shortest paths tie.
        arcs.push({ from, to, capacity: 1 + Math.floor(random() * 3), cost: Math.floor(random() * 4) });
      }
      const flow = new MinCostFlow(n);
      const ids = arcs.map((a) => flow.addArc(a.from, a.to, a.capacity, a.cost));
      const result = flow.run(0, n - 1);
      expect(result).toEqual(reference(n, arcs, 0, n - 1));
      const carried = ids.reduce((sum, id, k) => sum + flow.flowOn(id) * arcs[k]!.cost, 0);
      expect(carried).toBe(result.cost);
    }
  });
});
