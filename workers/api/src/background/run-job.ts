import type { AppDeps } from '../deps.ts';
import { runReplication } from '../services/replication/run-replication.ts';
import { runOnboarding } from '../services/tenants/run-onboarding.ts';
import type { BackgroundJob } from './background-jobs.ts';

/** Runs one background job wherever it was picked up: in-process, a queue consumer, the cron. */
export async function runJob(input: {
  deps: AppDeps;
  job: BackgroundJob;
  concurrency?: number;
}): Promise<void> {
  const { deps, job } = input;
  if (job.type === 'replication') {
    await runReplication({ deps, runId: job.runId, concurrency: input.concurrency ?? 4 });
  } else {
    await runOnboarding({
      deps,
      onboardingId: job.onboardingId,
      ...(job.signInUrl ? { signInUrl: job.signInUrl } : {}),
    });
  }
}
