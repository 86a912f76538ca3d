import type { BackgroundJob, BackgroundJobs } from './background-jobs.ts';

/** The producer side of a Cloudflare Queue binding (only `send` is used). */
export type JobQueue = { send(message: BackgroundJob): Promise<unknown> };

/**
 * On Cloudflare: a job is a queue message; the jobs worker's `queue()` handler runs it, with the
 * queue's own retries if that worker dies mid-run (the run resumes from its recorded items).
 */
export function createQueueBackground(queue: JobQueue): BackgroundJobs {
  return {
    kind: 'queue',
    async enqueue(job) {
      await queue.send(job);
      return {};
    },
    async drain() {},
  };
}
