import highsLoader from 'highs';
import { type AssignmentProblem, INFEASIBLE } from '../../packages/domain/src/matching/index.ts';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let loaded: Promise<Highs> | null = null;

/**
 * The assignment as a linear program for HiGHS: most pairs first (a bonus per pair above any total
 * cost), then the least cost. Bipartite b-matching is totally unimodular, so the LP optimum is
 * integral; the check below says so rather than trusting it.
 */
export async function solveWithHighs(problem: AssignmentProblem): Promise<{ matched: number; cost: number }> {
  loaded ??= highsLoader();
  const highs = await loaded;
  const { rowCount, colCount, cost } = problem;
  const bonus = 65_536 * (rowCount + 1);
  const cells: number[] = [];
  for (let k = 0; k < cost.length; k++) if (cost[k] !== INFEASIBLE) cells.push(k);
  const rows: string[][] = Array.from({ length: rowCount }, () => []);
  const cols: string[][] = Array.from({ length: colCount }, () => []);
  for (const k of cells) {
    rows[Math.floor(k / colCount)]!.push(`+ x${k}`);
    cols[k % colCount]!.push(`+ x${k}`);
  }
  const model = [
    'Minimize',
    ` obj: ${cells.map((k) => `- ${bonus - cost[k]!} x${k}`).join(' ') || '0 x0'}`,
    'Subject To',
    ...rows.flatMap((terms, r) =>
      terms.length ? [` r${r}: ${terms.join(' ')} <= ${problem.rowCapacity[r]}`] : [],
    ),
    ...cols.flatMap((terms, c) =>
      terms.length ? [` c${c}: ${terms.join(' ')} <= ${problem.colCapacity[c]}`] : [],
    ),
    'Bounds',
    ...cells.map((k) => ` 0 <= x${k} <= 1`),
    'End',
  ].join('\n');
  const solution = highs.solve(model);
  if (solution.Status !== 'Optimal') throw new Error(`HiGHS: ${solution.Status}`);
  let matched = 0;
  let total = 0;
  for (const k of cells) {
    const x = (solution.Columns[`x${k}`] as { Primal: number }).Primal;
    if (Math.abs(x - Math.round(x)) > 1e-6) throw new Error(`HiGHS: fractional x${k} = ${x}`);
    matched += Math.round(x);
    total += Math.round(x) * cost[k]!;
  }
  return { matched, cost: total };
}
