import { DomainError } from '../shared/errors.ts';
import type { SignatoryRole, SigningOrder } from './template.ts';

export const CONVENTION_STATUSES = [
  'draft',
  'sent',
  'active',
  'declined',
  'expired',
  'terminated',
  'withdrawn',
] as const;
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number];

export const CONVENTION_STATUS_LABELS: Record<ConventionStatus, string> = {
  draft: 'Brouillon',
  sent: 'En signature',
  active: 'Active',
  declined: 'Refusée',
  expired: 'Expirée',
  terminated: 'Résiliée',
  withdrawn: 'Retirée',
};

export type SignerState = {
  id: string;
  role: SignatoryRole;
  label: string;
  signOrder: number;
  status: 'pending' | 'signed' | 'declined';
};

const ALLOWED: Record<ConventionStatus, readonly ConventionStatus[]> = {
  draft: ['sent', 'withdrawn'],
  sent: ['active', 'declined', 'withdrawn'],
  active: ['expired', 'terminated'],
  declined: [],
  expired: [],
  terminated: [],
  withdrawn: [],
};

export function assertTransition(from: ConventionStatus, to: ConventionStatus): void {
  if (!ALLOWED[from].includes(to)) {
    throw new DomainError({
      code: 'CONFLICT',
      message: `Une convention « ${CONVENTION_STATUS_LABELS[from]} » ne peut pas passer à « ${CONVENTION_STATUS_LABELS[to]} ».`,
    });
  }
}

/** Who may sign now: everyone pending in parallel mode, or the first pending one in sequence. */
export function awaitedSigners(signers: readonly SignerState[], order: SigningOrder): SignerState[] {
  const pending = signers.filter((s) => s.status === 'pending').sort((a, b) => a.signOrder - b.signOrder);
  if (order === 'parallel') return pending;
  const first = pending[0];
  return first ? pending.filter((s) => s.signOrder === first.signOrder) : [];
}

/** Checks a signature is acceptable now; every refusal says why, in French. */
export function assertCanSign(input: {
  status: ConventionStatus;
  signers: readonly SignerState[];
  signerId: string;
  order: SigningOrder;
}): SignerState {
  const signer = input.signers.find((s) => s.id === input.signerId);
  if (!signer) throw new DomainError({ code: 'NOT_FOUND', message: 'Signataire introuvable.' });
  if (signer.status === 'signed') {
    throw new DomainError({ code: 'CONFLICT', message: 'Vous avez déjà signé cette convention.' });
  }
  if (input.status !== 'sent' || signer.status === 'declined') {
    throw new DomainError({
      code: 'CONFLICT',
      message: 'Cette convention n’est pas ouverte à la signature.',
    });
  }
  const awaited = awaitedSigners(input.signers, input.order);
  if (!awaited.some((s) => s.id === signer.id)) {
    const first = awaited[0];
    throw new DomainError({
      code: 'CONFLICT',
      message: first
        ? `La signature suit un ordre : c’est d’abord à « ${first.label} » de signer.`
        : 'Aucune signature n’est attendue.',
    });
  }
  return signer;
}

/** After a signature, the convention is active once every party has signed. */
export function statusAfterSignature(signers: readonly SignerState[]): ConventionStatus {
  return signers.every((s) => s.status === 'signed') ? 'active' : 'sent';
}

/**
 * Only a draft is corrected: from sending on, the document the signers received is frozen and
 * every signature is checked against its fingerprint.
 */
export function assertEditable(status: ConventionStatus): void {
  if (status === 'draft') return;
  throw new DomainError({
    code: 'CONFLICT',
    message:
      status === 'withdrawn'
        ? 'Une convention retirée ne se modifie plus : repartez-en pour préparer un nouveau brouillon.'
        : 'Une convention envoyée ne se modifie plus : le document envoyé aux signataires est figé. Pour corriger une convention que personne n’a encore signée, retirez-la puis repartez-en.',
  });
}

/**
 * A draft, or a convention sent that nobody has signed yet, can be withdrawn: nobody is bound by it.
 * Once a party has signed, withdrawing would throw a signature away behind the signer's back.
 */
export function assertWithdrawable(input: {
  status: ConventionStatus;
  signers: readonly SignerState[];
}): void {
  const { status } = input;
  if (status === 'draft') return;
  if (status === 'sent') {
    const signed = input.signers.filter((s) => s.status === 'signed');
    if (!signed.length) return;
    throw new DomainError({
      code: 'CONFLICT',
      message: `« ${signed.map((s) => s.label).join(' », « ')} » a déjà signé : la convention ne peut plus être retirée. Un signataire suivant peut la refuser ; une fois active, elle se résilie.`,
    });
  }
  throw new DomainError({
    code: 'CONFLICT',
    message:
      status === 'active'
        ? 'Une convention active ne se retire pas : résiliez-la, avec un motif.'
        : `Une convention « ${CONVENTION_STATUS_LABELS[status]} » ne peut pas être retirée.`,
  });
}
