import { controlSchema } from '@passerelle/db';
import { DomainError } from '@passerelle/domain';
import { and, eq, gt } from 'drizzle-orm';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.ts';
import { unauthenticated } from '../errors.ts';

// Auth.js names the cookie with the __Secure- prefix when the site is served over https.
export const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'];

/** Reads the database session named by the cookie; an expired or revoked one is no session. */
export function session() {
  return createMiddleware<AppEnv>(async function sessionMiddleware(c, next) {
    const token = SESSION_COOKIES.map((name) => getCookie(c, name)).find(Boolean);
    c.set('identity', null);
    if (token) {
      const { sessions, identities } = controlSchema;
      const now = (c.var.deps.now?.() ?? new Date()).toISOString();
      const [row] = await c.var.deps.control
        .select({
          id: identities.id,
          email: identities.email,
          name: identities.name,
          nationalAdmin: identities.nationalAdmin,
        })
        .from(sessions)
        .innerJoin(identities, eq(identities.id, sessions.identityId))
        .where(and(eq(sessions.sessionToken, token), gt(sessions.expires, now)))
        .limit(1);
      if (row) c.set('identity', row);
    }
    await next();
  });
}

export function requireIdentity() {
  return createMiddleware<AppEnv>(async function requireIdentityMiddleware(c, next) {
    if (!c.var.identity) throw unauthenticated();
    await next();
  });
}

export function requireNationalAdmin() {
  return createMiddleware<AppEnv>(async function requireNationalAdminMiddleware(c, next) {
    if (!c.var.identity) throw unauthenticated();
    if (!c.var.identity.nationalAdmin) {
      throw new DomainError({ code: 'FORBIDDEN', message: 'Réservé à la coordination nationale.' });
    }
    await next();
  });
}
