import { controlSchema, openTenantDb, TENANT_SCHEMA_VERSION } from '@passerelle/db';
import { desc, eq } from 'drizzle-orm';
import type { AppDeps } from '../../api/src/deps.ts';
import { pushTenantIndicators } from '../../api/src/services/indicators/push-tenant-indicators.ts';

/**
 * The daily push of shared indicators: each active tenant computes its aggregates in its own
 * database and sends them, statistical secret applied, to the control database. The cron and the
 * embedded timer run it often; a tenant that already pushed today (UTC) is left alone, so it
 * pushes at most once a day. A tenant that fails is reported and the others go on.
 */
export async function runIndicatorsJob(input: {
  deps: AppDeps;
  now?: Date;
  log?: (line: string) => void;
}): Promise<{ pushed: string[]; skipped: string[]; failed: string[] }> {
  const { deps } = input;
  const now = input.now ?? deps.now?.() ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const { tenants, indicatorPushes } = controlSchema;
  const active = await deps.control.select().from(tenants).where(eq(tenants.status, 'active'));
  const report = { pushed: [] as string[], skipped: [] as string[], failed: [] as string[] };
  for (const tenant of active) {
    if (tenant.schemaVersion < TENANT_SCHEMA_VERSION) {
      report.skipped.push(tenant.slug);
      continue;
    }
    const [latest] = await deps.control
      .select({ createdAt: indicatorPushes.createdAt })
      .from(indicatorPushes)
      .where(eq(indicatorPushes.tenantId, tenant.id))
      .orderBy(desc(indicatorPushes.createdAt))
      .limit(1);
    if (latest?.createdAt.slice(0, 10) === today) {
      report.skipped.push(tenant.slug);
      continue;
    }
    try {
      const db = openTenantDb(await deps.connectTenant(tenant));
      const summary = await pushTenantIndicators({
        control: deps.control,
        db,
        tenant,
        now,
        requestId: 'job',
      });
      report.pushed.push(tenant.slug);
      input.log?.(
        `${tenant.slug} : indicateurs ${summary.period} envoyés (${summary.cells} cases, ${summary.suppressedCells} masquées)`,
      );
    } catch (error) {
      report.failed.push(tenant.slug);
      input.log?.(
        `${tenant.slug} : échec de l’envoi des indicateurs (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  return report;
}
