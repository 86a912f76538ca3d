import highsLoader from 'highs';
import { describe, expect, it } from 'vitest';
import {
  type Assignment,
  type AssignmentProblem,
  greedyAssignment,
  INFEASIBLE,
  solveAssignment,
} from './solve-assignment.ts';

function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows of capacity 1 (young people) against columns of capacity 1..maxCapacity (mentors). */
function randomProblem(
  random: () => number,
  shape: { rows: number; cols: number; maxCapacity: number; density: number; maxCost: number },
): AssignmentProblem {
  const cost = new Uint16Array(shape.rows * shape.cols);
  for (let k = 0; k < cost.length; k++) {
    cost[k] = random() < shape.density ? Math.floor(random() * (shape.maxCost + 1)) : INFEASIBLE;
  }
  return {
    rowCount: shape.rows,
    colCount: shape.cols,
    rowCapacity: new Int32Array(shape.rows).fill(1),
    colCapacity: Int32Array.from({ length: shape.cols }, () => 1 + Math.floor(random() * shape.maxCapacity)),
    cost,
  };
}

/** Every assignment, one row at a time: a column with room, or none. */
function bruteForce(problem: AssignmentProblem): { matched: number; cost: number } {
  const room = problem.colCapacity.slice();
  let best = { matched: -1, cost: 0 };
  const visit = (row: number, matched: number, cost: number) => {
    if (row === problem.rowCount) {
      if (matched > best.matched || (matched === best.matched && cost < best.cost)) best = { matched, cost };
      return;
    }
    visit(row + 1, matched, cost);
    for (let col = 0; col < problem.colCount; col++) {
      const c = problem.cost[row * problem.colCount + col]!;
      if (c === INFEASIBLE || room[col] === 0) continue;
      room[col]!--;
      visit(row + 1, matched + 1, cost + c);
      room[col]!++;
    }
  };
  visit(0, 0, 0);
  return best;
}

function expectValid(problem: AssignmentProblem, assignment: Assignment) {
  const rowUse = new Int32Array(problem.rowCount);
  const colUse = new Int32Array(problem.colCount);
  for (let k = 0; k < assignment.pairs.length; k += 2) {
    const row = assignment.pairs[k]!;
    const col = assignment.pairs[k + 1]!;
    expect(problem.cost[row * problem.colCount + col]).not.toBe(INFEASIBLE);
    rowUse[row]!++;
    colUse[col]!++;
  }
  for (const [row, used] of rowUse.entries()) expect(used).toBeLessThanOrEqual(problem.rowCapacity[row]!);
  for (const [col, used] of colUse.entries()) expect(used).toBeLessThanOrEqual(problem.colCapacity[col]!);
}

/** The same problem as a linear program for HiGHS: bipartite b-matching has integral vertices. */
function solveWithHighs(highs: Awaited<ReturnType<typeof highsLoader>>, problem: AssignmentProblem) {
  const { rowCount, colCount, cost } = problem;
  const bonus = 65_536 * (rowCount + 1);
  const cells: number[] = [];
  for (let k = 0; k < cost.length; k++) if (cost[k] !== INFEASIBLE) cells.push(k);
  const term = (coefficient: number, k: number) =>
    `${coefficient < 0 ? '-' : '+'} ${Math.abs(coefficient)} x${k}`;
  const rows: string[][] = Array.from({ length: rowCount }, () => []);
  const cols: string[][] = Array.from({ length: colCount }, () => []);
  for (const k of cells) {
    rows[Math.floor(k / colCount)]!.push(`+ x${k}`);
    cols[k % colCount]!.push(`+ x${k}`);
  }
  const model = [
    'Minimize',
    ` obj: ${cells.map((k) => term(cost[k]! - bonus, k)).join(' ') || '0 x0'}`,
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
  expect(solution.Status).toBe('Optimal');
  let matched = 0;
  let total = 0;
  for (const k of cells) {
    const x = (solution.Columns[`x${k}`] as { Primal: number }).Primal;
    expect(Math.abs(x - Math.round(x))).toBeLessThan(1e-6);
    matched += Math.round(x);
    total += Math.round(x) * cost[k]!;
  }
  return { matched, cost: total };
}

describe('the exact assignment', () => {
  it('equals a brute force on 400 small random problems (ties, gaps, capacities, both orientations)', () => {
    const random = seeded(1);
    for (let trial = 0; trial < 400; trial++) {
      const problem = randomProblem(random, {
        rows: 1 + Math.floor(random() * 7),
        cols: 1 + Math.floor(random() * 5),
        maxCapacity: 1 + Math.floor(random() * 3),
        density: 0.2 + random() * 0.8,
        maxCost: trial % 2 === 0 ? 4 : 10_000,
      });
      const exact = solveAssignment(problem)!;
      expectValid(problem, exact);
      const best = bruteForce(problem);
      expect({ trial, matched: exact.matched, cost: exact.cost }).toEqual({ trial, ...best });
    }
  });

  it('equals HiGHS on 30 medium random problems (40 to 80 young people)', async () => {
    const highs = await highsLoader();
    const random = seeded(2);
    for (let trial = 0; trial < 30; trial++) {
      const problem = randomProblem(random, {
        rows: 40 + Math.floor(random() * 41),
        cols: 15 + Math.floor(random() * 50),
        maxCapacity: 1 + Math.floor(random() * 3),
        density: 0.05 + random() * 0.6,
        maxCost: trial % 3 === 0 ? 20 : 10_000,
      });
      const exact = solveAssignment(problem)!;
      expectValid(problem, exact);
      expect({ trial, matched: exact.matched, cost: exact.cost }).toEqual({
        trial,
        ...solveWithHighs(highs, problem),
      });
    }
  });

  it('pairs more people before it lowers the cost', () => {
    // Row 0 prefers column 0 (cost 0 vs 10 000) but row 1 can only use column 0.
    const problem: AssignmentProblem = {
      rowCount: 2,
      colCount: 2,
      rowCapacity: Int32Array.of(1, 1),
      colCapacity: Int32Array.of(1, 1),
      cost: Uint16Array.of(0, 10_000, 10_000, INFEASIBLE),
    };
    expect(greedyAssignment(problem).matched).toBe(1);
    expect(solveAssignment(problem)).toMatchObject({ matched: 2, cost: 20_000 });
  });

  it('gives up when told to stop, and the greedy answer is valid and never better', () => {
    const random = seeded(3);
    const problem = randomProblem(random, { rows: 60, cols: 40, maxCapacity: 2, density: 0.3, maxCost: 100 });
    expect(solveAssignment(problem, () => true)).toBeNull();
    const greedy = greedyAssignment(problem);
    const exact = solveAssignment(problem)!;
    expectValid(problem, greedy);
    expect(greedy.matched).toBeLessThanOrEqual(exact.matched);
    if (greedy.matched === exact.matched) expect(greedy.cost).toBeGreaterThanOrEqual(exact.cost);
  });

  it('handles empty sides', () => {
    const empty: AssignmentProblem = {
      rowCount: 0,
      colCount: 3,
      rowCapacity: new Int32Array(0),
      colCapacity: Int32Array.of(1, 1, 1),
      cost: new Uint16Array(0),
    };
    expect(solveAssignment(empty)).toMatchObject({ matched: 0, cost: 0 });
    expect(greedyAssignment(empty)).toMatchObject({ matched: 0, cost: 0 });
  });
});
