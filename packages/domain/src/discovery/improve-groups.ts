// Local search over pupil swaps between two groups. A swap keeps every group's size, so the size
// rule holds by construction; the cost ranks a school over its allowance far above anything
// else, then uneven girls/boys, then pairs of pupils from the same school.

const OVER_ALLOWANCE = 1000;
const GENDER_GAP_SQUARED = 2;
const SAME_SCHOOL_PAIR = 3;
const MAX_PASSES = 30;
/** Above this many groups, each group tries a sample of partners instead of all of them. */
const ALL_PAIRS_UP_TO = 64;
const SAMPLED_PARTNERS = 12;

export type GroupLayout = {
  members: number[][];
  school: Int32Array;
  /** 0 girl, 1 boy, 2 X */
  gender: Int8Array;
  schoolSize: Int32Array;
  groupCount: number;
};

const genderWeight = (g: number) => (g === 0 ? 1 : g === 1 ? -1 : 0);

/** Improves `layout.members` in place; deterministic for a given generator. */
export function improveGroups(layout: GroupLayout, random: () => number): void {
  const { members, school, gender, schoolSize, groupCount } = layout;
  if (groupCount < 2) return;
  // At most two pupils of a school per group, unless the school is too large for that.
  const allowance = Int32Array.from(schoolSize, (c) => Math.max(2, Math.ceil(c / groupCount)));
  const counts = members.map((list) => {
    const m = new Map<number, number>();
    for (const k of list) m.set(school[k]!, (m.get(school[k]!) ?? 0) + 1);
    return m;
  });
  const gap = Int32Array.from(members, (list) => list.reduce((sum, k) => sum + genderWeight(gender[k]!), 0));
  const schoolTerm = (count: number, s: number) =>
    OVER_ALLOWANCE * Math.max(0, count - allowance[s]!) + (SAME_SCHOOL_PAIR * count * (count - 1)) / 2;

  const swapDelta = (A: number, B: number, a: number, b: number): number => {
    const sa = school[a]!;
    const sb = school[b]!;
    let delta = 0;
    if (sa !== sb) {
      const cA = counts[A]!;
      const cB = counts[B]!;
      const aInA = cA.get(sa)!;
      const bInA = cA.get(sb) ?? 0;
      const bInB = cB.get(sb)!;
      const aInB = cB.get(sa) ?? 0;
      delta +=
        schoolTerm(aInA - 1, sa) -
        schoolTerm(aInA, sa) +
        schoolTerm(bInA + 1, sb) -
        schoolTerm(bInA, sb) +
        schoolTerm(bInB - 1, sb) -
        schoolTerm(bInB, sb) +
        schoolTerm(aInB + 1, sa) -
        schoolTerm(aInB, sa);
    }
    const shift = genderWeight(gender[b]!) - genderWeight(gender[a]!);
    if (shift !== 0) {
      const gA = gap[A]!;
      const gB = gap[B]!;
      delta += GENDER_GAP_SQUARED * ((gA + shift) ** 2 - gA ** 2 + (gB - shift) ** 2 - gB ** 2);
    }
    return delta;
  };

  const applySwap = (A: number, B: number, i: number, j: number) => {
    const a = members[A]![i]!;
    const b = members[B]![j]!;
    members[A]![i] = b;
    members[B]![j] = a;
    const cA = counts[A]!;
    const cB = counts[B]!;
    cA.set(school[a]!, cA.get(school[a]!)! - 1);
    cA.set(school[b]!, (cA.get(school[b]!) ?? 0) + 1);
    cB.set(school[b]!, cB.get(school[b]!)! - 1);
    cB.set(school[a]!, (cB.get(school[a]!) ?? 0) + 1);
    if (cA.get(school[a]!) === 0) cA.delete(school[a]!);
    if (cB.get(school[b]!) === 0) cB.delete(school[b]!);
    const shift = genderWeight(gender[b]!) - genderWeight(gender[a]!);
    gap[A] = gap[A]! + shift;
    gap[B] = gap[B]! - shift;
  };

  /** Applies the best improving swap between A and B, if any. */
  const tryPair = (A: number, B: number): boolean => {
    const listA = members[A]!;
    const listB = members[B]!;
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < listA.length; i++) {
      for (let j = 0; j < listB.length; j++) {
        const delta = swapDelta(A, B, listA[i]!, listB[j]!);
        if (delta < best) {
          best = delta;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) return false;
    applySwap(A, B, bi, bj);
    return true;
  };

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    if (groupCount <= ALL_PAIRS_UP_TO) {
      for (let A = 0; A < groupCount; A++)
        for (let B = A + 1; B < groupCount; B++) if (tryPair(A, B)) improved = true;
    } else {
      // Partners with the opposite gender surplus first: they are where a swap can help.
      const girlsOver: number[] = [];
      const boysOver: number[] = [];
      for (let g = 0; g < groupCount; g++) {
        if (gap[g]! > 1) girlsOver.push(g);
        else if (gap[g]! < -1) boysOver.push(g);
      }
      for (let A = 0; A < groupCount; A++) {
        const opposite = gap[A]! > 0 ? boysOver : girlsOver;
        for (let t = 0; t < SAMPLED_PARTNERS; t++) {
          const pool = t % 2 === 0 && opposite.length > 0 ? opposite : null;
          const B = pool ? pool[Math.floor(random() * pool.length)]! : Math.floor(random() * groupCount);
          if (B !== A && tryPair(A, B)) improved = true;
        }
      }
    }
    if (!improved) break;
  }
}
