import { controlSchema } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { requireIdentity } from '../middleware/session.ts';

export function meRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/', requireIdentity(), async (c) => {
    const identity = c.var.identity!;
    const { memberships, tenants } = controlSchema;
    const rows = await c.var.deps.control
      .select({ slug: tenants.slug, name: tenants.name, role: memberships.role })
      .from(memberships)
      .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
      .where(eq(memberships.identityId, identity.id))
      .orderBy(tenants.name);
    return c.json({
      identity: { id: identity.id, email: identity.email, name: identity.name },
      isNationalAdmin: identity.nationalAdmin,
      memberships: rows.map((r) => ({ tenant: { slug: r.slug, name: r.name }, role: r.role })),
    });
  });
  return routes;
}
