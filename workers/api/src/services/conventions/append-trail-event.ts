import { tenantSchema } from '@passerelle/db';
import {
  newId,
  sealTrailEvent,
  TRAIL_GENESIS_HASH,
  type TrailEvent,
  type TrailEventType,
} from '@passerelle/domain';
import { desc, eq } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';

// biome-ignore lint/suspicious/noExplicitAny: any tenant transaction or database.
type Writer = BaseSQLiteDatabase<'async', any, any>;

export type TrailFacts = {
  type: TrailEventType;
  at: Date;
  signerId?: string | null;
  actor?: string | null;
  authMethod?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  documentSha256?: string | null;
  detail?: string | null;
};

/**
 * Appends one event to a convention's hash-chained trail. Must run inside the transaction that
 * makes the change: the chain's tail is read and extended atomically, so two concurrent signatures
 * get consecutive links (and the unique (convention, seq) index refuses a lost race outright).
 */
export async function appendTrailEvent(
  tx: Writer,
  conventionId: string,
  facts: TrailFacts,
): Promise<TrailEvent> {
  const { conventionEvents } = tenantSchema;
  const [last] = await tx
    .select({ seq: conventionEvents.seq, hash: conventionEvents.hash })
    .from(conventionEvents)
    .where(eq(conventionEvents.conventionId, conventionId))
    .orderBy(desc(conventionEvents.seq))
    .limit(1);
  const event = await sealTrailEvent({
    conventionId,
    seq: (last?.seq ?? 0) + 1,
    id: newId('trl'),
    at: facts.at.toISOString(),
    type: facts.type,
    signerId: facts.signerId ?? null,
    actor: facts.actor ?? null,
    authMethod: facts.authMethod ?? null,
    ip: facts.ip ?? null,
    userAgent: facts.userAgent ?? null,
    documentSha256: facts.documentSha256 ?? null,
    detail: facts.detail ?? null,
    prevHash: last?.hash ?? TRAIL_GENESIS_HASH,
  });
  await tx.insert(conventionEvents).values(event);
  return event;
}

export async function readTrail(db: Writer, conventionId: string): Promise<TrailEvent[]> {
  const { conventionEvents } = tenantSchema;
  const rows = await db
    .select()
    .from(conventionEvents)
    .where(eq(conventionEvents.conventionId, conventionId))
    .orderBy(conventionEvents.seq);
  return rows as TrailEvent[];
}
