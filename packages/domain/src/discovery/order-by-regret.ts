import { ComboSearch } from './insert-group.ts';
import type { PlanModel } from './plan-model.ts';

/**
 * The order groups are placed in: those that lose most by not getting their best week go first
 * (regret = best week's points − second best's, hosts' availability only), so a group whose
 * favourite hosts come a single week is not crowded out by one that is happy anywhere.
 * Ties keep the input order.
 */
export function orderByRegret(model: PlanModel): number[] {
  const { groupCount: G, hostCount: H, weekCount: W, serviceDays, capacity } = model;
  const S = serviceDays.length;
  // Weeks with the same hosts open give the same points: evaluate each distinct pattern once.
  const patterns = new Map<string, number[]>();
  for (let w = 0; w < W; w++) {
    let key = '';
    for (let h = 0; h < H; h++)
      for (let s = 0; s < S; s++) key += capacity[(h * W + w) * S + s]! > 0 ? '1' : '0';
    patterns.set(key, [...(patterns.get(key) ?? []), w]);
  }
  const groupsOfWeeks = [...patterns.values()];
  const regret = new Float64Array(G);
  for (let g = 0; g < G; g++) {
    const search = new ComboSearch(model, g);
    let first = 0;
    let second = 0;
    for (const weeks of groupsOfWeeks) {
      const w = weeks[0]!;
      const v = search.collect((h, s) => capacity[(h * W + w) * S + s]! > 0)
        ? (search.run(Number.NEGATIVE_INFINITY) ?? 0)
        : 0;
      for (let copy = 0; copy < Math.min(2, weeks.length); copy++) {
        if (v > first) {
          second = first;
          first = v;
        } else if (v > second) second = v;
      }
    }
    regret[g] = first - second;
  }
  return Array.from({ length: G }, (_, g) => g).sort((a, b) => regret[b]! - regret[a]! || a - b);
}
