import { type ControlDb, controlSchema } from '@passerelle/db';
import { DomainError, type TenantRole } from '@passerelle/domain';
import { and, eq, gt, sql } from 'drizzle-orm';
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.ts';
import { unauthenticated } from '../errors.ts';

/**
 * One statement for the session, its identity and every membership, so tenant routes check roles
 * without going back to the control DB. Prepared once per database: it runs on every request.
 */
const prepared = new WeakMap<ControlDb, ReturnType<typeof prepareSessionLookup>>();

function prepareSessionLookup(control: ControlDb) {
  const { sessions, identities, memberships } = controlSchema;
  return control
    .select({
      id: identities.id,
      email: identities.email,
      name: identities.name,
      nationalAdmin: identities.nationalAdmin,
      tenantId: memberships.tenantId,
      role: memberships.role,
    })
    .from(sessions)
    .innerJoin(identities, eq(identities.id, sessions.identityId))
    .leftJoin(memberships, eq(memberships.identityId, identities.id))
    .where(
      and(eq(sessions.sessionToken, sql.placeholder('token')), gt(sessions.expires, sql.placeholder('now'))),
    )
    .prepare();
}

function sessionLookup(control: ControlDb) {
  let statement = prepared.get(control);
  if (!statement) {
    statement = prepareSessionLookup(control);
    prepared.set(control, statement);
  }
  return statement;
}

// Auth.js names the cookie with the __Secure- prefix when the site is served over https.
export const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'];

/** Reads the database session named by the cookie; an expired or revoked one is no session. */
export function session() {
  return createMiddleware<AppEnv>(async function sessionMiddleware(c, next) {
    const token = SESSION_COOKIES.map((name) => getCookie(c, name)).find(Boolean);
    c.set('identity', null);
    c.set('memberships', []);
    if (token) {
      // Auth.js writes sessions on the wall clock, so they are checked on it too (not the injected one).
      const now = new Date().toISOString();
      const rows = await sessionLookup(c.var.deps.control).execute({ token, now });
      const [first] = rows;
      if (first) {
        const { id, email, name, nationalAdmin } = first;
        c.set('identity', { id, email, name, nationalAdmin });
        c.set(
          'memberships',
          rows.flatMap((r) =>
            r.tenantId && r.role ? [{ tenantId: r.tenantId, role: r.role as TenantRole }] : [],
          ),
        );
      }
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
