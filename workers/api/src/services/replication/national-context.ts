import type { Context } from 'hono';
import type { AppEnv } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';

/** What a national verb needs: the deps (control DB, tenant connections) and who acts, for the audit. */
export type NationalContext = {
  deps: AppDeps;
  actorId: string | null;
  requestId: string;
  now: Date;
};

export function nationalContext(c: Context<AppEnv>): NationalContext {
  return {
    deps: c.var.deps,
    actorId: c.var.identity?.id ?? null,
    requestId: c.var.requestId,
    now: c.var.deps.now?.() ?? new Date(),
  };
}

/** The same context for work that runs without a request (a background job). */
export function jobContext(input: { deps: AppDeps; actorId: string | null; job: string }): NationalContext {
  return {
    deps: input.deps,
    actorId: input.actorId,
    requestId: input.job,
    now: input.deps.now?.() ?? new Date(),
  };
}
