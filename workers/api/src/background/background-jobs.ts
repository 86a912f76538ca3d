/**
 * Work that outlives the request that asked for it: a replication fanned out over many tenants,
 * a region onboarded step by step. The request records what to do in the control DB and hands
 * over only an id, so whoever runs the job (a Cloudflare Queue consumer, the in-process runner of
 * the embedded default, the cron that resumes what a restart left behind) reads the state afresh.
 */
export type BackgroundJob =
  | { type: 'replication'; runId: string }
  // `signInUrl` goes into the admin's invitation; without it the configured public URL is used.
  | { type: 'onboarding'; onboardingId: string; signInUrl?: string };

export type BackgroundJobs = {
  kind: 'in-process' | 'queue';
  /**
   * Hands a job over and resolves once it is accepted, not once it is done. `settled`, when the
   * job runs in this isolate, is the work itself: a Worker keeps it alive with `waitUntil`.
   */
  enqueue(job: BackgroundJob): Promise<{ settled?: Promise<void> }>;
  /** Resolves when every job started here (and any job they started) has finished: for tests. */
  drain(): Promise<void>;
};

/** One key per piece of work, so the same run is never worked on twice at once in one isolate. */
export function jobKey(job: BackgroundJob): string {
  return job.type === 'replication' ? `replication:${job.runId}` : `onboarding:${job.onboardingId}`;
}
