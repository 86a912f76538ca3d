import { frenchNumber, plural } from './labels.ts';
import { NO_COMMON_SLOT, type PairTable, TOO_FAR } from './pair-table.ts';
import type { MatchInput } from './types.ts';

/** What the run knows about everyone, to say why someone was left without a pair. */
export type RunFacts = {
  input: MatchInput;
  table: PairTable;
  mentorBlocked: readonly string[][];
  menteeBlocked: readonly string[][];
  /** Places a mentor can still offer in this run, locked pairs taken off. */
  room: Int32Array;
  /** Mentee index → mentor index of a locked pair, or -1. */
  lockedMentorOf: Int32Array;
  /** Mentee index → mentor indices the coordination rejected. */
  rejectedFor: Map<number, Set<number>>;
  exact: boolean;
};

type Tally = {
  candidates: number;
  noSlot: number;
  tooFar: number;
  rejected: number;
  full: number;
  open: number;
};

function tallyPair(tally: Tally, facts: RunFacts, menteeIndex: number, mentorIndex: number) {
  tally.candidates++;
  if (facts.rejectedFor.get(menteeIndex)?.has(mentorIndex)) {
    tally.rejected++;
    return;
  }
  const score = facts.table.scoreOf(menteeIndex, mentorIndex);
  if (score === NO_COMMON_SLOT) tally.noSlot++;
  else if (score === TOO_FAR) tally.tooFar++;
  else if (facts.room[mentorIndex]! > 0) tally.open++;
  else tally.full++;
}

const emptyTally = (): Tally => ({ candidates: 0, noSlot: 0, tooFar: 0, rejected: 0, full: 0, open: 0 });

function incompatibility(tally: Tally, facts: RunFacts, other: 'mentor' | 'jeune'): string[] {
  const many = other === 'mentor' ? 'mentors' : 'jeunes';
  if (tally.noSlot === tally.candidates) return [`Aucun ${other} disponible au même moment`];
  const limit = facts.input.maxDistanceKm;
  if (tally.tooFar === tally.candidates && limit !== undefined)
    return [`Aucun ${other} à moins de ${frenchNumber(limit)} km`];
  const details: string[] = [];
  if (tally.noSlot > 0)
    details.push(`${tally.noSlot} ${plural(tally.noSlot, other, many)} sans créneau commun`);
  if (tally.tooFar > 0 && limit !== undefined)
    details.push(`${tally.tooFar} ${plural(tally.tooFar, other, many)} à plus de ${frenchNumber(limit)} km`);
  if (tally.rejected > 0)
    details.push(
      `${tally.rejected} ${plural(tally.rejected, 'binôme écarté', 'binômes écartés')} par la coordination`,
    );
  return [`Aucun ${other} compatible`, ...details];
}

export function explainUnmatchedMentee(facts: RunFacts, menteeIndex: number): string[] {
  if (facts.menteeBlocked[menteeIndex]!.length > 0) return facts.menteeBlocked[menteeIndex]!;
  const { mentors } = facts.input;
  if (mentors.length === 0) return ['Aucun mentor inscrit au programme'];
  const tally = emptyTally();
  for (let m = 0; m < mentors.length; m++) {
    if (facts.mentorBlocked[m]!.length === 0) tallyPair(tally, facts, menteeIndex, m);
  }
  if (tally.candidates === 0)
    return ['Aucun mentor habilité pour l’instant (honorabilité, charte ou accord du responsable)'];
  if (tally.open + tally.full === 0) return incompatibility(tally, facts, 'mentor');
  if (tally.open === 0) return ['Tous les mentors compatibles sont complets'];
  return [
    facts.exact
      ? 'Les mentors compatibles encore disponibles accompagnent d’autres jeunes : la répartition retenue forme le plus grand nombre de binômes'
      : 'Les mentors compatibles encore disponibles accompagnent d’autres jeunes (répartition rapide : le calcul optimal n’a pas abouti à temps)',
  ];
}

export function explainUnmatchedMentor(facts: RunFacts, mentorIndex: number): string[] {
  const mentor = facts.input.mentors[mentorIndex]!;
  const reasons = [...facts.mentorBlocked[mentorIndex]!];
  // Without a pair in the result, a mentor has no locked pair either: only the load fills them.
  if (facts.room[mentorIndex]! <= 0) {
    reasons.push(
      `Capacité atteinte (${mentor.currentLoad} ${plural(mentor.currentLoad, 'jeune suivi', 'jeunes suivis')} pour ${mentor.capacity} ${plural(mentor.capacity, 'place', 'places')})`,
    );
  }
  if (reasons.length > 0) return reasons;
  const { mentees } = facts.input;
  const tally = emptyTally();
  for (let y = 0; y < mentees.length; y++) {
    if (facts.menteeBlocked[y]!.length === 0 && facts.lockedMentorOf[y] === -1)
      tallyPair(tally, facts, y, mentorIndex);
  }
  if (tally.candidates === 0)
    return [
      'Aucun jeune en attente de mentor (les autres sont déjà en binôme ou sans autorisation parentale)',
    ];
  if (tally.open + tally.full === 0) return incompatibility(tally, facts, 'jeune');
  return [
    facts.exact
      ? 'Les jeunes compatibles sont accompagnés par d’autres mentors : la répartition retenue forme le plus grand nombre de binômes'
      : 'Les jeunes compatibles sont accompagnés par d’autres mentors (répartition rapide : le calcul optimal n’a pas abouti à temps)',
  ];
}
