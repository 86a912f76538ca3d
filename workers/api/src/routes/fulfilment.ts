import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { csvResponse, toCsv } from '../csv.ts';
import { requireRole } from '../middleware/tenant.ts';
import { fulfilmentDashboard } from '../services/conventions/fulfilment.ts';

/** The authority's view of every partner's delivery against its commitments, this year. */
export function fulfilmentRoutes() {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireRole('tenant_admin'));
  const load = (c: { var: AppEnv['Variables'] }) =>
    fulfilmentDashboard({ db: c.var.tenantDb, today: c.var.deps.now?.() ?? new Date() });

  routes.get('/', async (c) => c.json(await load(c)));

  routes.get('/export.csv', async (c) => {
    const { items } = await load(c);
    const csv = toCsv(
      ['Partenaire', 'Convention', 'Année de convention', 'Engagement', 'Promis', 'Réalisé', 'Taux global'],
      items.flatMap((i) =>
        i.byType.map((t) => [
          i.convention.partner.name,
          i.convention.title,
          i.year,
          t.label,
          t.promised,
          t.delivered,
          i.fulfilment === null ? '' : `${Math.round(i.fulfilment * 100)} %`,
        ]),
      ),
    );
    return csvResponse(`engagements-${c.var.tenant.slug}.csv`, csv);
  });
  return routes;
}
