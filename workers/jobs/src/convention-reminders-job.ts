import { controlSchema, openTenantDb, TENANT_SCHEMA_VERSION } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../api/src/deps.ts';
import { runConventionReminders } from '../../api/src/services/conventions/run-convention-reminders.ts';

/**
 * Reminders and expiries for every active tenant. A tenant that fails is reported and the others
 * go on; a tenant behind its schema is skipped until the migration job has run.
 */
export async function runConventionRemindersJob(input: {
  deps: AppDeps;
  now?: Date;
  log?: (line: string) => void;
}): Promise<{ tenants: number; actions: number; byTenant: Record<string, number>; failed: string[] }> {
  const { deps } = input;
  const now = input.now ?? deps.now?.() ?? new Date();
  const tenants = await deps.control
    .select()
    .from(controlSchema.tenants)
    .where(eq(controlSchema.tenants.status, 'active'));
  let actions = 0;
  const byTenant: Record<string, number> = {};
  const failed: string[] = [];
  for (const tenant of tenants) {
    if (tenant.schemaVersion < TENANT_SCHEMA_VERSION) continue;
    try {
      const due = await runConventionReminders({
        db: openTenantDb(await deps.connectTenant(tenant)),
        control: deps.control,
        tenant,
        mailer: deps.mailer,
        publicUrl: deps.config.publicUrl ?? 'http://localhost:8787',
        now,
      });
      actions += due.length;
      byTenant[tenant.slug] = due.length;
      if (due.length) input.log?.(`${tenant.slug} : ${due.length} relance(s) ou échéance(s)`);
    } catch (error) {
      failed.push(tenant.slug);
      input.log?.(
        `${tenant.slug} : échec des relances (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  return { tenants: tenants.length, actions, byTenant, failed };
}
