import { resumeBackgroundWork } from '../../api/src/background/resume-background-work.ts';
import type { AppDeps } from '../../api/src/deps.ts';
import { runIndicatorsJob } from './indicators-job.ts';
import { runTenantMigrations } from './migrate-tenants-job.ts';
import { runRemindersJob } from './reminders-job.ts';

/**
 * The embedded default has no cron: the same jobs run at start-up and then every 15 minutes, like the cron. `ready`
 * settles once the first round is done, so the server starts on migrated tenants.
 */
export function startEmbeddedJobs(input: { deps: AppDeps; log?: (line: string) => void; everyMs?: number }) {
  const round = async () => {
    try {
      await runTenantMigrations({ deps: input.deps, ...(input.log ? { log: input.log } : {}) });
      await runRemindersJob({ deps: input.deps, ...(input.log ? { log: input.log } : {}) });
      await runIndicatorsJob({ deps: input.deps, ...(input.log ? { log: input.log } : {}) });
      // Replications and onboardings a restart interrupted go on (the in-process background never
      // runs one twice at once, so nothing needs to have gone stale first).
      await resumeBackgroundWork({ deps: input.deps, ...(input.log ? { log: input.log } : {}) });
    } catch (error) {
      input.log?.(`échec des tâches : ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const ready = round();
  const timer = setInterval(round, input.everyMs ?? 15 * 60 * 1000);
  timer.unref?.();
  return { ready, stop: () => clearInterval(timer) };
}
