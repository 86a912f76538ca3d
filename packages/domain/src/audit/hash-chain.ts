// Audit trails are hash-chained: each entry stores the hash of the previous one, so a row
// changed or removed after the fact breaks every hash after it and the verifier names it.

export type AuditEntry = {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  requestId: string | null;
  data: string | null;
  prevHash: string;
  hash: string;
};

export type UnsealedAuditEntry = Omit<AuditEntry, 'hash'>;

export const GENESIS_HASH = '0'.repeat(64);

/** The exact bytes that are hashed: fixed field order, so the hash never depends on key order. */
export function canonicalAuditPayload(entry: UnsealedAuditEntry): string {
  return JSON.stringify([
    entry.seq,
    entry.id,
    entry.at,
    entry.actorId,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.requestId,
    entry.data,
    entry.prevHash,
  ]);
}

export async function sha256Hex(input: string | Uint8Array): Promise<string> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sealAuditEntry(entry: UnsealedAuditEntry): Promise<AuditEntry> {
  return { ...entry, hash: await sha256Hex(canonicalAuditPayload(entry)) };
}

export type ChainVerdict =
  | { ok: true; count: number }
  | { ok: false; count: number; brokenAt: { seq: number; id: string; reason: string } };

/** Walks the chain in order and names the first row whose link or content does not hold. */
export async function verifyAuditChain(entries: Iterable<AuditEntry>): Promise<ChainVerdict> {
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (const entry of entries) {
    count++;
    const broken = (reason: string): ChainVerdict => ({
      ok: false,
      count,
      brokenAt: { seq: entry.seq, id: entry.id, reason },
    });
    if (entry.seq !== expectedSeq) return broken(`séquence ${expectedSeq} attendue, ${entry.seq} trouvée`);
    if (entry.prevHash !== previous) return broken('le lien vers l’entrée précédente est rompu');
    const { hash, ...unsealed } = entry;
    if ((await sha256Hex(canonicalAuditPayload(unsealed))) !== hash)
      return broken('le contenu a été modifié');
    previous = hash;
    expectedSeq++;
  }
  return { ok: true, count };
}
