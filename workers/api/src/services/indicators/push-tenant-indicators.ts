import type { ControlDb, TenantDb, TenantRecord } from '@passerelle/db';
import { computeTenantIndicators } from './compute-tenant-indicators.ts';
import { type PushSummary, writeIndicatorPush } from './write-indicator-push.ts';

/**
 * Computes the tenant's indicators in its own database and sends the aggregates, secret applied,
 * to the control database as the month's figures (the daily job, the demo and "push now").
 * `asOf` (default `now`) is the moment the figures describe; `now` is when the push happens.
 */
export async function pushTenantIndicators(input: {
  control: ControlDb;
  db: TenantDb;
  tenant: Pick<TenantRecord, 'id' | 'slug'>;
  now: Date;
  asOf?: Date;
  actorId?: string | null;
  requestId?: string | null;
}): Promise<PushSummary> {
  const computed = await computeTenantIndicators({ ...input, now: input.asOf ?? input.now });
  return writeIndicatorPush({
    control: input.control,
    tenantId: input.tenant.id,
    period: computed.period,
    cells: computed.cells.map(({ scope, indicator, dimension, value, suppressed }) => ({
      scope,
      indicator,
      dimension,
      value,
      suppressed,
    })),
    now: input.now,
    actorId: input.actorId ?? null,
    requestId: input.requestId ?? null,
  });
}
