import highsLoader from 'highs';
import { PlanInput } from '../../packages/domain/src/discovery/index.ts';
import { buildPlanModel } from '../../packages/domain/src/discovery/plan-model.ts';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let loaded: Promise<Highs> | null = null;

export type MipAnswer = {
  status: string;
  placed: number;
  /** Points (interests, mixed jobs, less repeated-family penalties) of the best plan found. */
  value: number;
  /** Upper bound on the points from the LP relaxation, for when the MIP stops on time. */
  lpBound: number;
  ms: number;
};

/**
 * The planning problem as a MIP for HiGHS, with the planner's own capacities and points:
 * y[g,w] group g in week w; x[g,w,s,h] group g at host h on service day s of week w;
 * e[g,w,f] service days beyond the first in job family f. Placing a group is worth more than
 * any number of points (BIG), as in the planner.
 *   max Σ BIG·y + Σ points·x − penalty·Σ e
 *   Σ_w y ≤ 1;  Σ_h x[g,w,s,·] = y[g,w];  Σ_g x[·,w,s,h] ≤ places;  Σ_s x[g,w,·,h] ≤ 1;
 *   Σ_{s, h ∈ f} x[g,w,s,h] − e[g,w,f] ≤ 1;  Σ_g y[·,w] ≤ groups per week.
 */
export async function solveWithHighs(raw: unknown, timeLimitSeconds: number): Promise<MipAnswer> {
  loaded ??= highsLoader();
  const highs = await loaded;
  const model = buildPlanModel(PlanInput.parse(raw));
  const { groupCount: G, hostCount: H, weekCount: W, serviceDays, capacity, value, familyOf } = model;
  const S = serviceDays.length;
  const top = model.maxValue;
  const big = S * top + 1;
  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const hostDay = new Map<string, string[]>();
  const weekGroups: string[][] = Array.from({ length: W }, () => []);
  for (let g = 0; g < G; g++) {
    const weeks: string[] = [];
    for (let w = 0; w < W; w++) {
      const y = `y_${g}_${w}`;
      const byHost = new Map<number, string[]>();
      const byFamily = new Map<number, string[]>();
      const daily: string[][] = [];
      for (let s = 0; s < S; s++) {
        const terms: string[] = [];
        for (let h = 0; h < H; h++) {
          if (capacity[(h * W + w) * S + s]! <= 0) continue;
          const x = `x_${g}_${w}_${s}_${h}`;
          binaries.push(x);
          terms.push(x);
          if (value[g * H + h]! > 0) objective.push(`+ ${value[g * H + h]} ${x}`);
          byHost.set(h, [...(byHost.get(h) ?? []), x]);
          byFamily.set(familyOf[h]!, [...(byFamily.get(familyOf[h]!) ?? []), x]);
          const key = `${h}_${w}_${s}`;
          hostDay.set(key, [...(hostDay.get(key) ?? []), x]);
        }
        daily.push(terms);
      }
      if (daily.some((terms) => terms.length === 0)) continue; // the week cannot take anyone
      weeks.push(y);
      weekGroups[w]!.push(y);
      binaries.push(y);
      objective.push(`+ ${big} ${y}`);
      daily.forEach((terms, s) => {
        rows.push(` d_${g}_${w}_${s}: ${terms.map((x) => `+ ${x}`).join(' ')} - ${y} = 0`);
      });
      for (const [h, xs] of byHost)
        if (xs.length > 1) rows.push(` u_${g}_${w}_${h}: ${xs.map((x) => `+ ${x}`).join(' ')} <= 1`);
      for (const [f, xs] of byFamily)
        if (xs.length > 1 && model.repeatPenalty > 0) {
          const e = `e_${g}_${w}_${f}`;
          objective.push(`- ${model.repeatPenalty} ${e}`);
          rows.push(` f_${g}_${w}_${f}: ${xs.map((x) => `+ ${x}`).join(' ')} - ${e} <= 1`);
        }
    }
    if (weeks.length > 0) rows.push(` a_${g}: ${weeks.map((y) => `+ ${y}`).join(' ')} <= 1`);
  }
  for (const [key, xs] of hostDay) {
    const [h, w, s] = key.split('_').map(Number) as [number, number, number];
    const places = capacity[(h * W + w) * S + s]!;
    if (xs.length > places) rows.push(` c_${key}: ${xs.map((x) => `+ ${x}`).join(' ')} <= ${places}`);
  }
  if (Number.isFinite(model.weekLimit))
    weekGroups.forEach((ys, w) => {
      if (ys.length > model.weekLimit)
        rows.push(` l_${w}: ${ys.map((y) => `+ ${y}`).join(' ')} <= ${model.weekLimit}`);
    });
  const lp = (integer: boolean) =>
    [
      'Maximize',
      ` obj: ${objective.join(' ') || '0 y_0_0'}`,
      'Subject To',
      ...rows,
      'Bounds',
      ...binaries.map((v) => ` 0 <= ${v} <= 1`),
      ...(integer ? ['Binary', ...binaries.map((v) => ` ${v}`)] : []),
      'End',
    ].join('\n');

  const started = performance.now();
  const relaxed = highs.solve(lp(false), { time_limit: timeLimitSeconds });
  const solution = highs.solve(lp(true), { time_limit: timeLimitSeconds, mip_rel_gap: 0 });
  const ms = performance.now() - started;
  let placed = 0;
  for (let g = 0; g < G; g++)
    for (let w = 0; w < W; w++) {
      const column = solution.Columns[`y_${g}_${w}`] as { Primal: number } | undefined;
      if (column && Math.round(column.Primal) === 1) placed += 1;
    }
  return {
    status: solution.Status,
    placed,
    value: Math.round(solution.ObjectiveValue - big * placed),
    lpBound: relaxed.ObjectiveValue - big * Math.min(G, placed),
    ms,
  };
}
