import { controlSchema, openTenantDb } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../deps.ts';
import { pushTenantIndicators } from '../services/indicators/push-tenant-indicators.ts';

/**
 * The demo's indicators, pushed by each tenant as the daily job would: this month, and the last
 * day of the two months before, so the national series has points. Earlier months are computed
 * from the same data as of that day — people registered since are left out — never invented.
 */
export async function seedDemoIndicators(input: { deps: AppDeps; actorId: string }) {
  const { deps } = input;
  const now = deps.now?.() ?? new Date();
  const endOfMonthsAgo = (months: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 0, 23, 59, 59));
  const tenants = await deps.control
    .select()
    .from(controlSchema.tenants)
    .where(eq(controlSchema.tenants.status, 'active'));
  for (const tenant of tenants) {
    const db = openTenantDb(await deps.connectTenant(tenant));
    for (const asOf of [endOfMonthsAgo(2), endOfMonthsAgo(1), now]) {
      await pushTenantIndicators({
        control: deps.control,
        db,
        tenant,
        now,
        asOf,
        actorId: input.actorId,
        requestId: 'seed',
      });
    }
  }
}
