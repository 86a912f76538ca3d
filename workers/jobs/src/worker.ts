import { parseInput } from '@passerelle/domain';
import type { ExecutionContext } from 'hono';
import { createWorkerDeps } from '../../api/src/worker-deps.ts';
import { WorkerEnv } from '../../api/src/worker-env.ts';
import { runIndicatorsJob } from './indicators-job.ts';
import { runTenantMigrations } from './migrate-tenants-job.ts';
import { runRemindersJob } from './reminders-job.ts';

/** Cloudflare cron: each tick brings every tenant database to the schema this build expects. */
export default {
  scheduled(
    _event: { cron: string; scheduledTime: number },
    env: Record<string, unknown>,
    ctx: ExecutionContext,
  ) {
    const deps = createWorkerDeps(parseInput(WorkerEnv, env));
    // Migrations first: reminders skip any tenant still behind its schema.
    ctx.waitUntil(
      runTenantMigrations({ deps, concurrency: 8, log: console.log })
        .then(() => runRemindersJob({ deps, log: console.log }))
        .then(() => runIndicatorsJob({ deps, log: console.log }))
        .then(() => undefined),
    );
  },
};
