import { controlSchema, openTenantDb, TENANT_SCHEMA_VERSION } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../api/src/deps.ts';
import { runConventionReminders } from '../../api/src/services/conventions/run-convention-reminders.ts';
import { remindQuietPairs } from '../../api/src/services/mentoring/remind-quiet-pairs.ts';

/**
 * The daily reminders for every active tenant: conventions (unsigned, expiring, expired) and
 * mentoring pairs with no meeting for a while. A tenant that fails is reported and the others
 * go on; a tenant behind its schema is skipped until the migration job has run.
 */
export async function runRemindersJob(input: {
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
      const db = openTenantDb(await deps.connectTenant(tenant));
      const publicUrl = deps.config.publicUrl ?? 'http://localhost:8787';
      const due = await runConventionReminders({
        db,
        control: deps.control,
        tenant,
        mailer: deps.mailer,
        publicUrl,
        now,
      });
      const quiet = await remindQuietPairs({ db, tenant, mailer: deps.mailer, publicUrl, now });
      if (quiet) input.log?.(`${tenant.slug} : ${quiet} binôme(s) sans rencontre relancé(s)`);
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
