import { GENESIS_HASH, sha256Hex } from '../audit/hash-chain.ts';

// Each convention has its own hash-chained trail of signature events: the certificate page quotes
// it, and any change to a row afterwards breaks the chain from that row on.

export const TRAIL_EVENT_TYPES = [
  'created',
  'sent',
  'opened',
  'signed',
  'countersigned',
  'declined',
  'reminded',
  'activated',
  'expiry_reminder',
  'expired',
  'terminated',
  'renewed',
  'edited',
  'withdrawn',
] as const;
export type TrailEventType = (typeof TRAIL_EVENT_TYPES)[number];

export const TRAIL_EVENT_LABELS: Record<TrailEventType, string> = {
  created: 'Créée',
  sent: 'Envoyée pour signature',
  opened: 'Ouverte par le signataire',
  signed: 'Signée',
  countersigned: 'Contresignée par la collectivité',
  declined: 'Refusée',
  reminded: 'Relance envoyée',
  activated: 'Entrée en vigueur',
  expiry_reminder: 'Rappel d’échéance',
  expired: 'Expirée',
  terminated: 'Résiliée',
  renewed: 'Renouvelée',
  edited: 'Brouillon corrigé',
  withdrawn: 'Retirée',
};

export type TrailEvent = {
  conventionId: string;
  seq: number;
  id: string;
  at: string;
  type: TrailEventType;
  signerId: string | null;
  actor: string | null;
  authMethod: string | null;
  ip: string | null;
  userAgent: string | null;
  documentSha256: string | null;
  detail: string | null;
  prevHash: string;
  hash: string;
};

export type UnsealedTrailEvent = Omit<TrailEvent, 'hash'>;

function canonical(e: UnsealedTrailEvent): string {
  return JSON.stringify([
    e.conventionId,
    e.seq,
    e.id,
    e.at,
    e.type,
    e.signerId,
    e.actor,
    e.authMethod,
    e.ip,
    e.userAgent,
    e.documentSha256,
    e.detail,
    e.prevHash,
  ]);
}

export { GENESIS_HASH as TRAIL_GENESIS_HASH };

export async function sealTrailEvent(event: UnsealedTrailEvent): Promise<TrailEvent> {
  return { ...event, hash: await sha256Hex(canonical(event)) };
}

export type TrailVerdict =
  | { ok: true; count: number }
  | { ok: false; count: number; brokenAt: { seq: number; id: string; reason: string } };

export async function verifyTrail(events: readonly TrailEvent[]): Promise<TrailVerdict> {
  let previous = GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    const broken = (reason: string): TrailVerdict => ({
      ok: false,
      count: events.length,
      brokenAt: { seq: event.seq, id: event.id, reason },
    });
    if (event.seq !== index + 1) return broken(`événement n° ${index + 1} attendu, n° ${event.seq} trouvé`);
    if (event.prevHash !== previous) return broken('le lien vers l’événement précédent est rompu');
    const { hash, ...unsealed } = event;
    if ((await sha256Hex(canonical(unsealed))) !== hash) return broken('le contenu a été modifié');
    previous = hash;
  }
  return { ok: true, count: events.length };
}
