import { parseInput } from '@passerelle/domain';
import type { ExecutionContext } from 'hono';
import { BackgroundJobMessage } from '../../api/src/background/queue-background.ts';
import { resumeBackgroundWork } from '../../api/src/background/resume-background-work.ts';
import { runJob } from '../../api/src/background/run-job.ts';
import { createWorkerDeps } from '../../api/src/worker-deps.ts';
import { WorkerEnv } from '../../api/src/worker-env.ts';
import { runIndicatorsJob } from './indicators-job.ts';
import { runTenantMigrations } from './migrate-tenants-job.ts';
import { runRemindersJob } from './reminders-job.ts';

/**
 * Cloudflare cron, every 15 minutes: tenant databases to this build's schema, then the reminders,
 * the daily indicator pushes, and any replication or onboarding whose queue message was lost.
 */
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
        // Replications and onboardings nobody has touched for ten minutes lost their queue message
        // (or their consumer died past its retries): hand them to the queue again.
        .then(() => resumeBackgroundWork({ deps, staleMs: 10 * 60_000, log: console.log }))
        .then(() => undefined),
    );
  },

  /**
   * The replication queue: one job per message (a run or an onboarding, by id). A job that throws
   * is retried by the queue later; it resumes from what its items and steps recorded.
   */
  async queue(
    batch: {
      messages: readonly { body: unknown; ack(): void; retry(options?: { delaySeconds?: number }): void }[];
    },
    env: Record<string, unknown>,
  ) {
    const deps = createWorkerDeps(parseInput(WorkerEnv, env));
    for (const message of batch.messages) {
      const parsed = BackgroundJobMessage.safeParse(message.body);
      if (!parsed.success) {
        console.error(`message ignoré : ${JSON.stringify(message.body)}`);
        message.ack();
        continue;
      }
      try {
        await runJob({ deps, job: parsed.data, concurrency: 8 });
        message.ack();
      } catch (error) {
        console.error(`${parsed.data.type} : ${error instanceof Error ? error.message : String(error)}`);
        message.retry({ delaySeconds: 30 });
      }
    }
  },
};
