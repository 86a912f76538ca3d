/** Marks a forbidden pair in a cost matrix. */
export const INFEASIBLE = 0xffff;

/**
 * A capacitated assignment between row groups and column groups (young people and mentors): each
 * group has a capacity in units, `cost` is row-major `rowCount × colCount`, lower is better, and
 * INFEASIBLE forbids a pair.
 */
export type AssignmentProblem = {
  rowCount: number;
  colCount: number;
  rowCapacity: Int32Array;
  colCapacity: Int32Array;
  cost: Uint16Array;
};

export type Assignment = {
  /** Group pairs, one per matched unit: `[row, col, row, col, …]`. */
  pairs: Int32Array;
  matched: number;
  cost: number;
};

/**
 * The exact answer: as many matched units as possible, then the least total cost.
 *
 * Shortest augmenting paths with potentials (Jonker–Volgenant's dense Dijkstra, as in scipy's
 * `linear_sum_assignment`) over capacity units. Leaving a row unit unmatched is a private dummy
 * column costing more than any set of real pairs could, which makes "more pairs first" part of
 * one min-cost problem, and a row unit that cannot be matched never blocks the others. Rows are
 * the side with fewer units, so most augmentations succeed quickly. Integer costs keep every
 * potential an exact integer in a double. Returns null as soon as `shouldStop` says so.
 */
export function solveAssignment(problem: AssignmentProblem, shouldStop?: () => boolean): Assignment | null {
  const transposed = total(problem.rowCapacity) > total(problem.colCapacity);
  const oriented = transposed ? transpose(problem) : problem;
  const pairs = augmentAll(oriented, shouldStop ?? (() => false));
  if (pairs === null) return null;
  if (transposed) {
    for (let k = 0; k < pairs.length; k += 2) {
      const row = pairs[k]!;
      pairs[k] = pairs[k + 1]!;
      pairs[k + 1] = row;
    }
  }
  return withCost(problem, pairs);
}

/**
 * The quick answer: pairs taken best first while both sides have room. Linear in the pairs after
 * a counting sort on the integer costs; good on easy instances, blind to what a choice blocks.
 */
export function greedyAssignment(problem: AssignmentProblem): Assignment {
  const { colCount, cost } = problem;
  const counts = new Int32Array(INFEASIBLE + 1);
  for (let k = 0; k < cost.length; k++) counts[cost[k]!]!++;
  let start = 0;
  for (let c = 0; c < INFEASIBLE; c++) {
    const count = counts[c]!;
    counts[c] = start;
    start += count;
  }
  const order = new Int32Array(start);
  for (let k = 0; k < cost.length; k++) {
    const c = cost[k]!;
    if (c !== INFEASIBLE) order[counts[c]!++] = k;
  }
  const rowLeft = problem.rowCapacity.slice();
  const colLeft = problem.colCapacity.slice();
  const pairs: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const cell = order[k]!;
    const row = Math.floor(cell / colCount);
    const col = cell - row * colCount;
    const units = Math.min(rowLeft[row]!, colLeft[col]!);
    for (let unit = 0; unit < units; unit++) pairs.push(row, col);
    rowLeft[row] = rowLeft[row]! - units;
    colLeft[col] = colLeft[col]! - units;
  }
  return withCost(problem, Int32Array.from(pairs));
}

function augmentAll(problem: AssignmentProblem, shouldStop: () => boolean): Int32Array | null {
  const { rowCount, colCount, cost } = problem;
  const rowGroup = expand(problem.rowCapacity);
  const colGroup = expand(problem.colCapacity);
  const nr = rowGroup.length;
  const nc = colGroup.length;

  let maxCost = 0;
  const rowHasPair = new Uint8Array(rowCount);
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < colCount; c++) {
      const value = cost[r * colCount + c]!;
      if (value !== INFEASIBLE) {
        rowHasPair[r] = 1;
        if (value > maxCost) maxCost = value;
      }
    }
  }
  // Dearer than any set of real pairs: one more pair always wins over any gain in cost.
  const unmatchedCost = (maxCost + 1) * (nr + 1);

  const u = new Float64Array(nr);
  const v = new Float64Array(nc);
  const col4row = new Int32Array(nr).fill(-1);
  const row4col = new Int32Array(nc).fill(-1);
  const shortest = new Float64Array(nc);
  const path = new Int32Array(nc);
  const remaining = new Int32Array(nc);
  const scannedRows = new Int32Array(nr);
  const scannedCols = new Int32Array(nc);

  for (let root = 0; root < nr; root++) {
    if (shouldStop()) return null;
    if (rowHasPair[rowGroup[root]!] === 0) continue;

    shortest.fill(Number.POSITIVE_INFINITY);
    for (let k = 0; k < nc; k++) remaining[k] = nc - 1 - k;
    let remainingCount = nc;
    let rowsScanned = 0;
    let colsScanned = 0;
    let minVal = 0;
    // The cheapest way out through a scanned row's own dummy column (its potential stays 0).
    let dummyCost = Number.POSITIVE_INFINITY;
    let dummyRow = -1;
    let sink = -1;
    let row = root;
    let steps = 0;

    for (;;) {
      scannedRows[rowsScanned++] = row;
      const ur = u[row]!;
      if (minVal + unmatchedCost - ur < dummyCost) {
        dummyCost = minVal + unmatchedCost - ur;
        dummyRow = row;
      }
      const base = rowGroup[row]! * colCount;
      let lowest = Number.POSITIVE_INFINITY;
      let lowestAt = -1;
      for (let k = 0; k < remainingCount; k++) {
        const col = remaining[k]!;
        const c = cost[base + colGroup[col]!]!;
        if (c !== INFEASIBLE) {
          const reduced = minVal + c - ur - v[col]!;
          if (reduced < shortest[col]!) {
            path[col] = row;
            shortest[col] = reduced;
          }
        }
        const d = shortest[col]!;
        if (d < lowest || (d === lowest && lowestAt >= 0 && row4col[col] === -1)) {
          lowest = d;
          lowestAt = k;
        }
      }
      if (dummyCost < lowest || lowestAt < 0) {
        minVal = dummyCost;
        break;
      }
      minVal = lowest;
      const col = remaining[lowestAt]!;
      scannedCols[colsScanned++] = col;
      remaining[lowestAt] = remaining[--remainingCount]!;
      if (row4col[col] === -1) {
        sink = col;
        break;
      }
      row = row4col[col]!;
      if ((++steps & 31) === 0 && shouldStop()) return null;
    }

    u[root] = u[root]! + minVal;
    for (let k = 1; k < rowsScanned; k++) {
      const r = scannedRows[k]!;
      u[r] = u[r]! + minVal - shortest[col4row[r]!]!;
    }
    for (let k = 0; k < colsScanned; k++) {
      const c = scannedCols[k]!;
      v[c] = v[c]! - (minVal - shortest[c]!);
    }

    let col = sink;
    if (sink < 0) {
      // The path ends in `dummyRow`'s dummy: that row unit lets its column go and stays unmatched.
      col = col4row[dummyRow]!;
      col4row[dummyRow] = -1;
      if (dummyRow === root) continue;
    }
    for (;;) {
      const r = path[col]!;
      row4col[col] = r;
      const previous = col4row[r]!;
      col4row[r] = col;
      col = previous;
      if (r === root) break;
    }
  }

  const pairs: number[] = [];
  for (let r = 0; r < nr; r++) {
    const col = col4row[r]!;
    if (col >= 0) pairs.push(rowGroup[r]!, colGroup[col]!);
  }
  return Int32Array.from(pairs);
}

function withCost(problem: AssignmentProblem, pairs: Int32Array): Assignment {
  let sum = 0;
  for (let k = 0; k < pairs.length; k += 2)
    sum += problem.cost[pairs[k]! * problem.colCount + pairs[k + 1]!]!;
  return { pairs, matched: pairs.length / 2, cost: sum };
}

function total(capacity: Int32Array): number {
  let sum = 0;
  for (const c of capacity) sum += Math.max(0, c);
  return sum;
}

function expand(capacity: Int32Array): Int32Array {
  const units = new Int32Array(total(capacity));
  let at = 0;
  capacity.forEach((c, group) => {
    for (let k = 0; k < c; k++) units[at++] = group;
  });
  return units;
}

function transpose(problem: AssignmentProblem): AssignmentProblem {
  const { rowCount, colCount, cost } = problem;
  const flipped = new Uint16Array(cost.length);
  for (let r = 0; r < rowCount; r++) {
    for (let c = 0; c < colCount; c++) flipped[c * rowCount + r] = cost[r * colCount + c]!;
  }
  return {
    rowCount: colCount,
    colCount: rowCount,
    rowCapacity: problem.colCapacity,
    colCapacity: problem.rowCapacity,
    cost: flipped,
  };
}
