import { DomainError } from '@passerelle/domain';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';
import { importSchools } from '../services/schools/import-schools.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseQuery } from '../validation.ts';

const MAX_BYTES = 5 * 1024 * 1024;
const flag = z._default(z.enum(['0', '1', 'true', 'false']), '0');
const ImportQuery = z.object({ dryRun: flag, partial: flag });

/** The schools of the territory, imported from the national open-data directory. */
export function schoolsRoutes() {
  const routes = new Hono<AppEnv>();
  routes.post('/import', requireRole('tenant_admin'), async (c) => {
    const query = parseQuery(c, ImportQuery);
    const text = await c.req.text();
    if (!text.trim())
      throw new DomainError({
        code: 'VALIDATION',
        message: 'Le fichier est vide.',
        fields: { file: 'Le fichier est vide.' },
      });
    if (text.length > MAX_BYTES)
      throw new DomainError({
        code: 'VALIDATION',
        message: 'Fichier trop volumineux (5 Mo au plus).',
        fields: { file: 'Fichier trop volumineux.' },
      });
    const on = (v: string) => v === '1' || v === 'true';
    return c.json(
      await importSchools({
        ctx: serviceContext(c),
        tenant: c.var.tenant,
        text,
        dryRun: on(query.dryRun),
        partial: on(query.partial),
      }),
    );
  });
  return routes;
}
