import { appendAudit, type ControlDb, controlSchema, withTransaction } from '@passerelle/db';
import { assertNoSmallCells, newId, type PushedCell } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';

const { indicatorCells, indicatorPushes, nationalAuditLog } = controlSchema;

export type PushSummary = {
  id: string;
  period: string;
  cells: number;
  suppressedCells: number;
  pushedAt: string;
};

/**
 * The only writer of indicator cells in the control database. The guard runs first, so a push
 * with a cell under the threshold is refused whole and the month's previous figures stay as they
 * were; otherwise one transaction replaces the tenant's cells of that month, records the push
 * and appends the national audit entry. Only aggregates come in: scope, indicator, dimension,
 * value — nothing that names or identifies a person.
 */
export async function writeIndicatorPush(input: {
  control: ControlDb;
  tenantId: string;
  period: string;
  cells: readonly PushedCell[];
  now: Date;
  actorId: string | null;
  requestId: string | null;
}): Promise<PushSummary> {
  assertNoSmallCells(input.cells);
  const pushedAt = input.now.toISOString();
  const summary: PushSummary = {
    id: newId('ipu', input.now.getTime()),
    period: input.period,
    cells: input.cells.length,
    suppressedCells: input.cells.filter((c) => c.suppressed).length,
    pushedAt,
  };
  await withTransaction(input.control, async (tx) => {
    await tx
      .delete(indicatorCells)
      .where(and(eq(indicatorCells.tenantId, input.tenantId), eq(indicatorCells.period, input.period)));
    // SQLite caps bound parameters per statement: insert in slices.
    for (let i = 0; i < input.cells.length; i += 100) {
      await tx.insert(indicatorCells).values(
        input.cells.slice(i, i + 100).map((c) => ({
          tenantId: input.tenantId,
          period: input.period,
          scope: c.scope,
          indicator: c.indicator,
          dimension: c.dimension,
          value: c.suppressed ? null : c.value,
          suppressed: c.suppressed,
          pushedAt,
        })),
      );
    }
    await tx.insert(indicatorPushes).values({
      id: summary.id,
      tenantId: input.tenantId,
      period: input.period,
      cells: summary.cells,
      suppressedCells: summary.suppressedCells,
      createdAt: pushedAt,
    });
    await appendAudit(tx, nationalAuditLog, {
      actorId: input.actorId,
      action: 'indicators.pushed',
      entityType: 'tenant',
      entityId: input.tenantId,
      requestId: input.requestId,
      data: { period: input.period, cells: summary.cells, suppressedCells: summary.suppressedCells },
      at: input.now,
    });
  });
  return summary;
}
