import { OnboardTenant, PageQuery, TenantQuery } from '@passerelle/domain';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { requireNationalAdmin } from '../middleware/session.ts';
import { listTenants } from '../services/tenants/list-tenants.ts';
import { onboardTenant } from '../services/tenants/onboard-tenant.ts';
import type { TenantRegistry } from '../tenancy/tenant-registry.ts';
import { parseJsonBody, parseQuery } from '../validation.ts';

const ListQuery = z.extend(TenantQuery, PageQuery.shape);

/** The national coordination's registry of tenants and their onboarding. */
export function nationalTenantRoutes(input: { registry: TenantRegistry }) {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireNationalAdmin());

  routes.get('/', async (c) => {
    return c.json(await listTenants({ control: c.var.deps.control, query: parseQuery(c, ListQuery) }));
  });

  routes.post('/', async (c) => {
    const data = await parseJsonBody(c, OnboardTenant);
    const tenant = await onboardTenant({
      deps: c.var.deps,
      data,
      actorId: c.var.identity!.id,
      requestId: c.var.requestId,
      signInUrl: new URL('/connexion', c.req.url).toString(),
    });
    input.registry.forget(data.slug);
    return c.json(tenant, 201);
  });
  return routes;
}
