import type { Context } from 'hono';
import type { AppEnv } from '../../context.ts';
import type { SigningDeps } from './signing-context.ts';

/** Signing deps for a request: links in mails point where the person reached us from. */
export function signingDepsFrom(c: Context<AppEnv>): SigningDeps {
  const { deps } = c.var;
  return {
    db: c.var.tenantDb,
    control: deps.control,
    tenant: c.var.tenant,
    mailer: deps.mailer,
    publicUrl: deps.config.publicUrl ?? new URL(c.req.url).origin,
    now: deps.now?.() ?? new Date(),
    actorId: c.var.identity?.id ?? null,
    requestId: c.var.requestId,
  };
}

/** The caller's address and browser, as recorded with each signature event. */
export function clientOf(c: Context<AppEnv>) {
  const ip =
    c.req.header('cf-connecting-ip') ??
    (c.var.deps.config.trustForwardedFor
      ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
      : undefined) ??
    null;
  return { ip, userAgent: c.req.header('user-agent')?.slice(0, 300) ?? null };
}
