import { MapSettingsInput } from '@passerelle/domain';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { csvResponse } from '../csv.ts';
import { requireRole } from '../middleware/tenant.ts';
import { actorsCsv } from '../services/ecosystem/actors-csv.ts';
import { diagnoseEcosystem } from '../services/ecosystem/diagnose-ecosystem.ts';
import { readMapSettings } from '../services/ecosystem/read-map-settings.ts';
import { saveMapSettings } from '../services/ecosystem/save-map-settings.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseJsonBody } from '../validation.ts';

/** The territory's actors, which programs reach which schools and communes, and the map's tiles. */
export function ecosystemRoutes() {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireRole('tenant_admin'));

  routes.get('/', async (c) => c.json(await diagnoseEcosystem({ db: c.var.tenantDb })));

  routes.get('/export.csv', async (c) => {
    const csv = actorsCsv(await diagnoseEcosystem({ db: c.var.tenantDb }));
    return csvResponse(`acteurs-${c.var.tenant.slug}.csv`, csv);
  });

  routes.get('/map-settings', async (c) => c.json(await readMapSettings({ db: c.var.tenantDb })));

  routes.put('/map-settings', async (c) => {
    const data = await parseJsonBody(c, MapSettingsInput);
    return c.json(await saveMapSettings({ ctx: serviceContext(c), data }));
  });

  return routes;
}
