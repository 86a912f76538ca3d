import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';
import { adoptTemplate } from '../services/replication/adopt-template.ts';
import { adoptedTemplateDetail, listAdoptedTemplates } from '../services/replication/adopted-view.ts';
import { applyTemplateUpdate } from '../services/replication/apply-template-update.ts';
import { getCatalogueTemplate, listCatalogue } from '../services/replication/catalogue.ts';
import { proposeTemplate } from '../services/replication/propose-template.ts';
import { ApplyUpdateInput, ProposalInput } from '../services/replication/replication-inputs.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseJsonBody } from '../validation.ts';
import { idParam } from './id-param.ts';

/** National templates seen from a tenant: the catalogue, adoption, updates field by field, proposals. */
export function tenantTemplatesRoutes() {
  const routes = new Hono<AppEnv>();
  const templateId = idParam('tpl');
  const adoptedId = idParam('adp');
  routes.use('*', requireRole('tenant_admin'));
  const read = (c: { var: AppEnv['Variables'] }) => ({
    control: c.var.deps.control,
    db: c.var.tenantDb,
    tenant: c.var.tenant,
  });

  routes.get('/catalogue', async (c) => c.json(await listCatalogue(read(c))));

  routes.get('/catalogue/:id', async (c) =>
    c.json(await getCatalogueTemplate({ ...read(c), id: templateId(c) })),
  );

  routes.post('/catalogue/:id/adopt', async (c) => {
    const result = await adoptTemplate({
      ctx: serviceContext(c),
      control: c.var.deps.control,
      tenant: c.var.tenant,
      templateId: templateId(c),
    });
    return c.json(result, 201);
  });

  routes.get('/adopted', async (c) => c.json(await listAdoptedTemplates(read(c))));

  routes.get('/adopted/:id', async (c) =>
    c.json(await adoptedTemplateDetail({ ...read(c), id: adoptedId(c) })),
  );

  routes.post('/adopted/:id/apply', async (c) => {
    const data = await parseJsonBody(c, ApplyUpdateInput);
    return c.json(
      await applyTemplateUpdate({
        ctx: serviceContext(c),
        control: c.var.deps.control,
        tenant: c.var.tenant,
        id: adoptedId(c),
        data,
      }),
    );
  });

  routes.post('/proposals', async (c) => {
    const data = await parseJsonBody(c, ProposalInput);
    return c.json(
      await proposeTemplate({
        ctx: serviceContext(c),
        control: c.var.deps.control,
        tenant: c.var.tenant,
        data,
      }),
      201,
    );
  });
  return routes;
}
