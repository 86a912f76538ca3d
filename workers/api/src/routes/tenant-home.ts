import { tenantSchema } from '@passerelle/db';
import { ANY_TENANT_ROLE } from '@passerelle/domain';
import { inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';
import { organizationsOf } from '../services/partners/partner-organizations.ts';

export function tenantHomeRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/', requireRole(...ANY_TENANT_ROLE), async (c) => {
    const { slug, name, kind, brandColor } = c.var.tenant;
    // The organizations the caller acts for (a partner's company, a school referent's school).
    const ids = await organizationsOf({ db: c.var.tenantDb, identityId: c.var.identity!.id });
    const { organizations } = tenantSchema;
    const own = ids.length
      ? await c.var.tenantDb
          .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
          .from(organizations)
          .where(inArray(organizations.id, ids))
      : [];
    return c.json({
      slug,
      name,
      kind,
      brandColor,
      roles: c.var.roles,
      role: c.var.roles[0],
      organizations: own,
    });
  });
  return routes;
}
