import { controlSchema } from '@passerelle/db';
import { and, eq, inArray, isNull, max } from 'drizzle-orm';
import type { AppDeps } from '../deps.ts';
import type { BackgroundJob } from './background-jobs.ts';

const { replicationRuns, replicationRunItems, onboardings } = controlSchema;

/**
 * Hands back to the background the work a restart (or a lost queue message) left unfinished:
 * replication runs still `queued` or `running`, onboardings still `running`. Only work nobody has
 * touched for `staleMs` is taken, so a run going on elsewhere is left alone (the embedded default
 * passes 0: its in-process background never runs the same job twice at once).
 */
export async function resumeBackgroundWork(input: {
  deps: AppDeps;
  staleMs?: number;
  log?: (line: string) => void;
}): Promise<BackgroundJob[]> {
  const { deps } = input;
  const now = (deps.now?.() ?? new Date()).getTime();
  const stale = (iso: string | null | undefined) => !iso || now - Date.parse(iso) >= (input.staleMs ?? 0);

  const runs = await deps.control
    .select({
      id: replicationRuns.id,
      createdAt: replicationRuns.createdAt,
      startedAt: replicationRuns.startedAt,
      touched: max(replicationRunItems.updatedAt),
    })
    .from(replicationRuns)
    .leftJoin(replicationRunItems, eq(replicationRunItems.runId, replicationRuns.id))
    // A run of an onboarding is driven by that onboarding's job.
    .where(and(inArray(replicationRuns.status, ['queued', 'running']), isNull(replicationRuns.onboardingId)))
    .groupBy(replicationRuns.id);
  const running = await deps.control
    .select({ id: onboardings.id, updatedAt: onboardings.updatedAt })
    .from(onboardings)
    .where(eq(onboardings.status, 'running'));

  const jobs: BackgroundJob[] = [
    ...runs
      .filter((r) => stale([r.touched, r.startedAt, r.createdAt].filter(Boolean).sort().at(-1)))
      .map((r) => ({ type: 'replication' as const, runId: r.id })),
    ...running
      .filter((o) => stale(o.updatedAt))
      .map((o) => ({ type: 'onboarding' as const, onboardingId: o.id })),
  ];
  for (const job of jobs) {
    await deps.background.enqueue(job);
    input.log?.(
      job.type === 'replication'
        ? `réplication ${job.runId} reprise`
        : `ouverture ${job.onboardingId} reprise`,
    );
  }
  return jobs;
}
