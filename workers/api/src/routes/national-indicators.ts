import { IndicatorExportQuery, IndicatorSeriesQuery, IndicatorTableQuery } from '@passerelle/domain';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { csvResponse } from '../csv.ts';
import { requireNationalAdmin } from '../middleware/session.ts';
import {
  exportNationalIndicators,
  nationalIndicatorScopes,
  nationalIndicatorSeries,
  nationalIndicatorTable,
} from '../services/indicators/national-indicators.ts';
import { parseQuery } from '../validation.ts';

/** The national coordination's view of the shared indicators: aggregates pushed by tenants only. */
export function nationalIndicatorsRoutes() {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireNationalAdmin());

  routes.get('/', async (c) =>
    c.json(
      await nationalIndicatorTable({
        control: c.var.deps.control,
        query: parseQuery(c, IndicatorTableQuery),
      }),
    ),
  );

  routes.get('/series', async (c) =>
    c.json(
      await nationalIndicatorSeries({
        control: c.var.deps.control,
        query: parseQuery(c, IndicatorSeriesQuery),
      }),
    ),
  );

  routes.get('/scopes', async (c) => c.json(await nationalIndicatorScopes({ control: c.var.deps.control })));

  routes.get('/export.csv', async (c) => {
    const query = parseQuery(c, IndicatorExportQuery);
    const csv = await exportNationalIndicators({ control: c.var.deps.control, query });
    return csvResponse(`indicateurs-nationaux${query.period ? `-${query.period}` : ''}.csv`, csv);
  });
  return routes;
}
