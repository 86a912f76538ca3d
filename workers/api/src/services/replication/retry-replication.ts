import { appendAudit, controlSchema, withTransaction } from '@passerelle/db';
import { conflict } from '@passerelle/domain';
import { and, count, eq } from 'drizzle-orm';
import type { NationalContext } from './national-context.ts';
import { findRun } from './replication-view.ts';

const { replicationRuns, replicationRunItems, nationalAuditLog } = controlSchema;

/**
 * Puts a run's failed tenants back to `pending` (with a fresh allowance of attempts) and the run
 * back to `queued`; the caller hands it to the background again. Tenants already done stay done.
 */
export async function retryReplication(input: { ctx: NationalContext; runId: string }): Promise<void> {
  const { ctx } = input;
  await withTransaction(ctx.deps.control, async (tx) => {
    const run = await findRun(tx, input.runId);
    const [failed] = await tx
      .select({ n: count() })
      .from(replicationRunItems)
      .where(and(eq(replicationRunItems.runId, run.id), eq(replicationRunItems.status, 'failed')));
    if (!failed?.n) throw conflict('Aucune collectivité en échec dans cette réplication : rien à relancer.');
    if (run.status === 'queued' || run.status === 'running') {
      throw conflict(
        'Cette réplication est en cours : attendez qu’elle se termine pour relancer les échecs.',
      );
    }
    await tx
      .update(replicationRunItems)
      .set({ status: 'pending', attempts: 0, error: null, updatedAt: ctx.now.toISOString() })
      .where(and(eq(replicationRunItems.runId, run.id), eq(replicationRunItems.status, 'failed')));
    await tx
      .update(replicationRuns)
      .set({ status: 'queued', finishedAt: null })
      .where(eq(replicationRuns.id, run.id));
    await appendAudit(tx, nationalAuditLog, {
      actorId: ctx.actorId,
      action: 'replication.retried',
      entityType: 'replication_run',
      entityId: run.id,
      requestId: ctx.requestId,
      data: { tenants: failed.n },
      at: ctx.now,
    });
  });
}
