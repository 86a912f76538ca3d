import { type FanOutReport, migrateAllTenants, tenantMigrations } from '@passerelle/db';
import type { AppDeps } from '../../api/src/deps.ts';

/**
 * The tenant migration fan-out as a job: the cron of the jobs worker, the embedded timer and the
 * `pnpm db:migrate` CLI all run this one function, with a progress line per tenant.
 */
export async function runTenantMigrations(input: {
  deps: Pick<AppDeps, 'control' | 'connectTenant'>;
  concurrency?: number;
  log?: (line: string) => void;
}): Promise<FanOutReport> {
  const report = await migrateAllTenants({
    control: input.deps.control,
    connect: input.deps.connectTenant,
    migrations: tenantMigrations,
    concurrency: input.concurrency ?? 4,
    onProgress: (p) => {
      if (p.outcome === 'up-to-date') return;
      const detail = p.outcome === 'failed' ? `échec : ${p.error}` : `${p.applied.join(', ')}`;
      input.log?.(`[${p.done}/${p.total}] ${p.slug} ${p.outcome === 'failed' ? '✗' : '✓'} ${detail}`);
    },
  });
  input.log?.(
    `schéma ${report.targetVersion} : ${report.migrated.length} migrés, ${report.upToDate.length} à jour, ${report.failed.length} en échec`,
  );
  return report;
}
