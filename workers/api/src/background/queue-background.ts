import * as z from 'zod/mini';
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

/** A queue message as the consumer reads it back: checked, since a queue may hold anything. */
export const BackgroundJobMessage = z.union([
  z.object({ type: z.literal('replication'), runId: z.string().check(z.regex(/^rrn_[0-9a-z]{26}$/)) }),
  z.object({
    type: z.literal('onboarding'),
    onboardingId: z.string().check(z.regex(/^onb_[0-9a-z]{26}$/)),
    signInUrl: z.optional(z.string().check(z.url())),
  }),
]);
