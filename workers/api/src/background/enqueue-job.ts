import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import type { BackgroundJob } from './background-jobs.ts';

/**
 * Hands a job to the background from a route. When it runs in this isolate (a Worker without a
 * queue binding), the Worker is asked to stay alive until it is done.
 */
export async function enqueueJob(c: Context<AppEnv>, job: BackgroundJob): Promise<void> {
  const { settled } = await c.var.deps.background.enqueue(job);
  if (!settled) return;
  let executionCtx: { waitUntil(promise: Promise<unknown>): void } | undefined;
  try {
    executionCtx = c.executionCtx;
  } catch {
    // Node has no execution context: the process outlives the response anyway.
  }
  executionCtx?.waitUntil(settled);
}
