import { explainUnmatchedMentee, explainUnmatchedMentor, type RunFacts } from './explain-unmatched.ts';
import { prepareRun } from './prepare-assignment.ts';
import { scorePair } from './score-pair.ts';
import { greedyAssignment, solveAssignment } from './solve-assignment.ts';
import type { MatchInput, MatchResult, ProposedPair } from './types.ts';

/**
 * Proposes mentor–young person pairs: as many young people paired as the hard constraints allow,
 * then the highest total score, every pair and every person left out explained in French.
 *
 * A greedy answer is computed first; the exact one replaces it whenever it finishes within
 * `budgetMs` (checked on `now`), otherwise the greedy one is returned with `timedOut`.
 */
export function matchMentors(input: MatchInput): MatchResult {
  const now = input.now ?? Date.now;
  const started = now();
  const { problem, menteeOfRow, mentorOfCol, facts: known } = prepareRun(input);
  const { mentors, mentees } = input;
  const { lockedMentorOf } = known;
  const greedy = greedyAssignment(problem);
  const budget = input.budgetMs;
  const exact = solveAssignment(problem, budget === undefined ? undefined : () => now() - started > budget);
  const chosen = exact ?? greedy;

  const mentorOf = lockedMentorOf.slice();
  for (let k = 0; k < chosen.pairs.length; k += 2)
    mentorOf[menteeOfRow[chosen.pairs[k]!]!] = mentorOfCol[chosen.pairs[k + 1]!]!;

  const pairs: ProposedPair[] = [];
  const paired = new Uint8Array(mentors.length);
  let totalHundredths = 0;
  mentees.forEach((mentee, y) => {
    const m = mentorOf[y]!;
    if (m < 0) return;
    const mentor = mentors[m]!;
    const { score, breakdown } = scorePair({ ...input, mentor, mentee });
    pairs.push({
      mentorId: mentor.id,
      menteeId: mentee.id,
      score,
      breakdown,
      locked: lockedMentorOf[y] === m,
    });
    paired[m] = 1;
    totalHundredths += Math.round(score * 100);
  });

  const facts: RunFacts = { ...known, exact: exact !== null };
  const unmatchedMentees = mentees.flatMap((mentee, y) =>
    mentorOf[y]! < 0 ? [{ menteeId: mentee.id, reasons: explainUnmatchedMentee(facts, y) }] : [],
  );
  const unmatchedMentors = mentors.flatMap((mentor, m) =>
    paired[m] ? [] : [{ mentorId: mentor.id, reasons: explainUnmatchedMentor(facts, m) }],
  );

  return {
    pairs,
    unmatchedMentees,
    unmatchedMentors,
    totalScore: totalHundredths / 100,
    method: exact === null ? 'greedy' : 'exact',
    timedOut: exact === null,
    elapsedMs: now() - started,
  };
}
