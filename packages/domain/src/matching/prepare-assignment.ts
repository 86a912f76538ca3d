import { DomainError } from '../shared/errors.ts';
import { menteeBlockers, mentorBlockers } from './blockers.ts';
import type { RunFacts } from './explain-unmatched.ts';
import { buildPairTable } from './pair-table.ts';
import { type AssignmentProblem, INFEASIBLE } from './solve-assignment.ts';
import { CRITERIA, type MatchInput } from './types.ts';

/** The assignment problem of a run: free young people (rows) against mentors with room (columns). */
export type PreparedAssignment = {
  problem: AssignmentProblem;
  /** Row → mentee input position. */
  menteeOfRow: Int32Array;
  /** Column → mentor input position. */
  mentorOfCol: Int32Array;
};

/**
 * Applies the hard constraints and scores every remaining pair into an integer cost matrix
 * (10 000 − score in hundredths). Exposed so benches and tests can run solvers on the same problem.
 */
export function prepareAssignment(input: MatchInput): PreparedAssignment {
  const { facts: _facts, ...prepared } = prepareRun(input);
  return prepared;
}

export function prepareRun(input: MatchInput): PreparedAssignment & { facts: Omit<RunFacts, 'exact'> } {
  assertUsable(input);
  const { mentors, mentees } = input;
  const mentorAt = new Map(mentors.map((m, index) => [m.id, index]));
  const menteeAt = new Map(mentees.map((m, index) => [m.id, index]));

  const lockedMentorOf = new Int32Array(mentees.length).fill(-1);
  const lockedCount = new Int32Array(mentors.length);
  for (const pair of input.locked) {
    const mentor = mentorAt.get(pair.mentorId);
    const mentee = menteeAt.get(pair.menteeId);
    if (mentor === undefined || mentee === undefined)
      throw new DomainError({
        code: 'VALIDATION',
        message: 'Un binôme verrouillé désigne un mentor ou un jeune absent de la liste.',
        detail: `locked ${pair.mentorId} / ${pair.menteeId}`,
      });
    if (lockedMentorOf[mentee] !== -1)
      throw new DomainError({
        code: 'CONFLICT',
        message: 'Un jeune ne peut avoir qu’un binôme verrouillé.',
        detail: `mentee ${pair.menteeId}`,
      });
    lockedMentorOf[mentee] = mentor;
    lockedCount[mentor]!++;
  }
  const rejectedFor = new Map<number, Set<number>>();
  for (const pair of input.rejected) {
    const mentor = mentorAt.get(pair.mentorId);
    const mentee = menteeAt.get(pair.menteeId);
    if (mentor === undefined || mentee === undefined) continue;
    const set = rejectedFor.get(mentee) ?? new Set<number>();
    set.add(mentor);
    rejectedFor.set(mentee, set);
  }

  const mentorBlocked = mentors.map((m) => mentorBlockers(m, input.today));
  const menteeBlocked = mentees.map(menteeBlockers);
  const room = Int32Array.from(mentors, (m, index) =>
    Math.max(0, m.capacity - m.currentLoad - lockedCount[index]!),
  );
  const table = buildPairTable(input);

  const rows = mentees.flatMap((_, y) =>
    menteeBlocked[y]!.length === 0 && lockedMentorOf[y] === -1 ? [y] : [],
  );
  const cols = mentors.flatMap((_, m) => (mentorBlocked[m]!.length === 0 && room[m]! > 0 ? [m] : []));
  const colOf = new Int32Array(mentors.length).fill(-1);
  cols.forEach((m, c) => {
    colOf[m] = c;
  });
  const cost = new Uint16Array(rows.length * cols.length);
  rows.forEach((y, r) => {
    const base = r * cols.length;
    for (let c = 0; c < cols.length; c++) {
      const score = table.scoreOf(y, cols[c]!);
      cost[base + c] = score < 0 ? INFEASIBLE : 10_000 - score;
    }
    for (const m of rejectedFor.get(y) ?? []) if (colOf[m]! >= 0) cost[base + colOf[m]!] = INFEASIBLE;
  });
  const problem: AssignmentProblem = {
    rowCount: rows.length,
    colCount: cols.length,
    rowCapacity: new Int32Array(rows.length).fill(1),
    colCapacity: Int32Array.from(cols, (m) => room[m]!),
    cost,
  };

  return {
    problem,
    menteeOfRow: Int32Array.from(rows),
    mentorOfCol: Int32Array.from(cols),
    facts: { input, table, mentorBlocked, menteeBlocked, room, lockedMentorOf, rejectedFor },
  };
}

function assertUsable(input: MatchInput) {
  const fields: Record<string, string> = {};
  for (const criterion of CRITERIA) {
    const weight = input.weights[criterion];
    if (!Number.isFinite(weight) || weight < 0)
      fields[`weights.${criterion}`] = 'Un poids est un nombre positif ou nul.';
  }
  if (new Set(input.mentors.map((m) => m.id)).size !== input.mentors.length)
    fields.mentors = 'Mentor en double.';
  if (new Set(input.mentees.map((m) => m.id)).size !== input.mentees.length)
    fields.mentees = 'Jeune en double.';
  if (input.maxDistanceKm !== undefined && !(input.maxDistanceKm > 0))
    fields.maxDistanceKm = 'La distance maximale doit être positive.';
  if (Object.keys(fields).length > 0)
    throw new DomainError({ code: 'VALIDATION', message: 'Paramètres de l’appariement invalides.', fields });
}
