import type { AppDeps } from '../deps.ts';
import { type BackgroundJob, type BackgroundJobs, jobKey } from './background-jobs.ts';
import { runJob } from './run-job.ts';

/**
 * The embedded default's background: a job starts right after the response is sent (a macrotask
 * later), in this process, and is not awaited by the request. The deps are read late because they
 * hold this very object. A job already running here is not started twice; its state is in the
 * control DB, so the running one will see anything the second request recorded (e.g. a retry).
 */
export function createInProcessBackground(input: {
  deps: () => AppDeps;
  log?: (line: string) => void;
}): BackgroundJobs & { stop(): void } {
  const running = new Map<string, Promise<void>>();
  let stopped = false;
  // A job asked for while the same one runs is run once more after it, to pick up new work.
  const again = new Set<string>();

  const start = (job: BackgroundJob): Promise<void> => {
    const key = jobKey(job);
    if (stopped) return Promise.resolve();
    const current = running.get(key);
    if (current) {
      again.add(key);
      return current;
    }
    const work = new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(() => runJob({ deps: input.deps(), job }))
      .catch((error: unknown) => {
        // Once the runtime closes its databases, what was still running fails: nothing to report.
        if (stopped) return;
        input.log?.(`${key} : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      })
      .finally(() => {
        running.delete(key);
        if (again.delete(key)) void start(job);
      });
    running.set(key, work);
    return work;
  };

  return {
    kind: 'in-process',
    async enqueue(job) {
      return { settled: start(job) };
    },
    async drain() {
      while (running.size > 0) await Promise.all([...running.values()]);
    },
    /** The runtime is closing: start nothing more (a job left unfinished resumes at next start). */
    stop() {
      stopped = true;
    },
  };
}
