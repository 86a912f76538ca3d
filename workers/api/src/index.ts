import { parseInput } from '@passerelle/domain';
import type { ExecutionContext } from 'hono';
import { createApp } from './app.ts';
import { createWorkerDeps } from './worker-deps.ts';
import { WorkerEnv } from './worker-env.ts';

type App = ReturnType<typeof createApp>;
let cached: { env: unknown; app: App } | undefined;

/**
 * The Cloudflare Worker entry: the environment is validated before Hono runs, and the app is built
 * once per isolate (the env object is stable for an isolate's lifetime).
 */
export default {
  fetch(request: Request, env: Record<string, unknown>, ctx: ExecutionContext): Response | Promise<Response> {
    if (cached?.env !== env) cached = { env, app: createApp(createWorkerDeps(parseInput(WorkerEnv, env))) };
    return cached.app.fetch(request, env, ctx);
  },
};
