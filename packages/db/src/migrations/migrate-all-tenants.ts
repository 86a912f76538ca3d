import type { Client } from '@libsql/client';
import { asc, eq, ne } from 'drizzle-orm';
import type { ControlDb } from '../client.ts';
import { tenants } from '../control/schema.ts';
import { migrateDatabase } from './migrate-database.ts';
import type { Migration } from './migration.ts';

export type TenantRecord = typeof tenants.$inferSelect;

export type FanOutProgress = {
  done: number;
  total: number;
  slug: string;
  outcome: 'migrated' | 'up-to-date' | 'failed';
  applied: string[];
  error?: string;
};

export type FanOutReport = {
  total: number;
  migrated: string[];
  upToDate: string[];
  failed: { slug: string; error: string }[];
  targetVersion: number;
};

/**
 * Migrates every tenant database, a few at a time. Safe to run again at any moment: a tenant
 * already at the target is skipped, one half-way resumes from its own journal, and the registry
 * records each tenant's version as soon as that tenant is done, so progress survives a crash.
 */
export async function migrateAllTenants(input: {
  control: ControlDb;
  connect: (tenant: TenantRecord) => Client | Promise<Client>;
  migrations: readonly Migration[];
  concurrency?: number;
  onProgress?: (progress: FanOutProgress) => void;
  /** Runs after each tenant is recorded; tests use it to simulate a crash mid-run. */
  afterTenant?: (slug: string) => void | Promise<void>;
}): Promise<FanOutReport> {
  const { control, migrations } = input;
  const targetVersion = migrations.length;
  const all = await control
    .select()
    .from(tenants)
    .where(ne(tenants.status, 'deleted'))
    .orderBy(asc(tenants.slug));
  const report: FanOutReport = { total: all.length, migrated: [], upToDate: [], failed: [], targetVersion };
  let next = 0;
  let done = 0;

  const migrateOne = async (
    tenant: TenantRecord,
  ): Promise<Omit<FanOutProgress, 'done' | 'total' | 'slug'>> => {
    if (tenant.schemaVersion >= targetVersion) return { outcome: 'up-to-date', applied: [] };
    try {
      const client = await input.connect(tenant);
      const outcome = await migrateDatabase({ client, migrations });
      await control
        .update(tenants)
        .set({ schemaVersion: outcome.version, updatedAt: new Date().toISOString() })
        .where(eq(tenants.id, tenant.id));
      return { outcome: outcome.applied.length > 0 ? 'migrated' : 'up-to-date', applied: outcome.applied };
    } catch (error) {
      return {
        outcome: 'failed',
        applied: [],
        error: error instanceof Error ? error.message : String(error),
      };
    }
  };

  // A throw outside a tenant's own migration (a crash) stops every worker before the next tenant,
  // and the run answers only once all of them have stopped, so nothing keeps writing behind it.
  let stopped = false;
  const worker = async () => {
    while (next < all.length && !stopped) {
      const tenant = all[next++]!;
      const result = await migrateOne(tenant);
      done++;
      if (result.outcome === 'migrated') report.migrated.push(tenant.slug);
      else if (result.outcome === 'up-to-date') report.upToDate.push(tenant.slug);
      else report.failed.push({ slug: tenant.slug, error: result.error ?? 'erreur inconnue' });
      try {
        input.onProgress?.({ done, total: all.length, slug: tenant.slug, ...result });
        await input.afterTenant?.(tenant.slug);
      } catch (error) {
        stopped = true;
        throw error;
      }
    }
  };

  const width = Math.max(1, Math.min(input.concurrency ?? 4, all.length));
  const outcomes = await Promise.allSettled(Array.from({ length: width }, worker));
  const crash = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (crash) throw crash.reason;
  return report;
}
