import { DomainError } from '../shared/errors.ts';

export const PAIR_STATUSES = ['proposed', 'accepted', 'introduced', 'active', 'closed'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

export const PAIR_STATUS_LABELS: Record<PairStatus, string> = {
  proposed: 'Proposé',
  accepted: 'Accepté par le mentor',
  introduced: 'Première rencontre fixée',
  active: 'Actif',
  closed: 'Clos',
};

/** How a pair that had started ended (a rejected proposal is closed too, but never started). */
export const CLOSE_OUTCOME_LABELS: Record<'completed' | 'stopped', string> = {
  completed: 'Mené à son terme',
  stopped: 'Arrêté avant le terme',
};

const NEXT: Record<PairStatus, readonly PairStatus[]> = {
  proposed: ['accepted', 'closed'],
  accepted: ['introduced', 'closed'],
  introduced: ['active', 'closed'],
  active: ['closed'],
  closed: [],
};

export function assertPairTransition(from: PairStatus, to: PairStatus): void {
  if (!NEXT[from].includes(to)) {
    throw new DomainError({
      code: 'CONFLICT',
      message: `Un binôme « ${PAIR_STATUS_LABELS[from]} » ne peut pas passer à « ${PAIR_STATUS_LABELS[to]} ».`,
    });
  }
}

/** Meetings are logged on a living pair only; a closed one keeps its history as it was. */
export function assertCanLogMeeting(status: PairStatus): void {
  if (status === 'closed')
    throw new DomainError({
      code: 'CONFLICT',
      message: 'Ce binôme est clos : on ne peut plus y ajouter de rencontre.',
    });
  if (status === 'proposed')
    throw new DomainError({ code: 'CONFLICT', message: 'Le mentor doit d’abord accepter ce binôme.' });
}

/** Hours an agent may still spend on work time this year. */
export function assertWithinAllowance(input: {
  allowanceHours: number;
  usedMinutes: number;
  addMinutes: number;
}): void {
  if (input.allowanceHours <= 0) return;
  if (input.usedMinutes + input.addMinutes > input.allowanceHours * 60) {
    const left = Math.max(0, input.allowanceHours * 60 - input.usedMinutes);
    throw new DomainError({
      code: 'CONFLICT',
      message: `Cette rencontre dépasse l’enveloppe annuelle de ${input.allowanceHours} h sur le temps de travail (reste ${Math.floor(left / 60)} h ${String(left % 60).padStart(2, '0')}).`,
      fields: { durationMinutes: 'Au-delà de l’enveloppe annuelle.' },
    });
  }
}
