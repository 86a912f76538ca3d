import { type AuditEntry, GENESIS_HASH, newId, sealAuditEntry } from '@passerelle/domain';
import { asc, desc } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { nationalAuditLog } from '../control/schema.ts';
import type { auditLog } from '../tenant/schema.ts';

type AuditTable = typeof auditLog | typeof nationalAuditLog;
// biome-ignore lint/suspicious/noExplicitAny: both schemas' transactions and databases qualify.
type Writer = BaseSQLiteDatabase<'async', any, any>;

export type AuditEvent = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  requestId?: string | null;
  data?: unknown;
  at?: Date;
};

/**
 * Appends one entry to a hash-chained trail. Call it inside the transaction that makes the change,
 * so the change and its trace land together and the chain's tail cannot move under it.
 */
export async function appendAudit(tx: Writer, table: AuditTable, event: AuditEvent): Promise<AuditEntry> {
  const [last] = await tx
    .select({ seq: table.seq, hash: table.hash })
    .from(table)
    .orderBy(desc(table.seq))
    .limit(1);
  const entry = await sealAuditEntry({
    seq: (last?.seq ?? 0) + 1,
    id: newId('aud'),
    at: (event.at ?? new Date()).toISOString(),
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    requestId: event.requestId ?? null,
    data: event.data === undefined ? null : JSON.stringify(event.data),
    prevHash: last?.hash ?? GENESIS_HASH,
  });
  await tx.insert(table).values(entry);
  return entry;
}

export async function readAuditTrail(db: Writer, table: AuditTable): Promise<AuditEntry[]> {
  return db.select().from(table).orderBy(asc(table.seq));
}
