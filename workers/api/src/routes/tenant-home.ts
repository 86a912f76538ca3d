import { ANY_TENANT_ROLE } from '@passerelle/domain';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';

export function tenantHomeRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/', requireRole(...ANY_TENANT_ROLE), (c) => {
    const { slug, name, kind, brandColor } = c.var.tenant;
    return c.json({ slug, name, kind, brandColor, roles: c.var.roles, role: c.var.roles[0] });
  });
  return routes;
}
