import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { csvResponse } from '../csv.ts';
import { requireRole } from '../middleware/tenant.ts';
import { pushTenantIndicators } from '../services/indicators/push-tenant-indicators.ts';
import { exportTenantIndicators, tenantIndicatorView } from '../services/indicators/tenant-indicators.ts';

/** A tenant's shared indicators: its own figures against the national median, and "push now". */
export function tenantIndicatorsRoutes() {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireRole('tenant_admin'));
  const context = (c: { var: AppEnv['Variables'] }) => ({
    control: c.var.deps.control,
    db: c.var.tenantDb,
    tenant: c.var.tenant,
    now: c.var.deps.now?.() ?? new Date(),
  });

  routes.get('/', async (c) => c.json(await tenantIndicatorView(context(c))));

  routes.post('/push', async (c) =>
    c.json(
      await pushTenantIndicators({ ...context(c), actorId: c.var.identity!.id, requestId: c.var.requestId }),
    ),
  );

  routes.get('/export.csv', async (c) =>
    csvResponse(`indicateurs-${c.var.tenant.slug}.csv`, await exportTenantIndicators(context(c))),
  );
  return routes;
}
