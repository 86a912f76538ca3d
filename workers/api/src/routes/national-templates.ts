import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { requireNationalAdmin } from '../middleware/session.ts';
import { addTemplateVersion } from '../services/replication/add-template-version.ts';
import { listTemplates } from '../services/replication/list-templates.ts';
import { listTenantPrograms } from '../services/replication/list-tenant-programs.ts';
import { nationalContext } from '../services/replication/national-context.ts';
import { publishProposal } from '../services/replication/publish-proposal.ts';
import { publishTemplate } from '../services/replication/publish-template.ts';
import {
  NewVersionInput,
  PublishTemplateInput,
  TemplateListQuery,
} from '../services/replication/replication-inputs.ts';
import { findTemplate } from '../services/replication/template-queries.ts';
import { templateDetail } from '../services/replication/template-view.ts';
import { parseJsonBody, parseQuery } from '../validation.ts';
import { idParam } from './id-param.ts';

/** The national catalogue of program templates: publish from a tenant's program, version, list. */
export function nationalTemplatesRoutes() {
  const routes = new Hono<AppEnv>();
  const id = idParam('tpl');
  routes.use('*', requireNationalAdmin());

  routes.get('/', async (c) => {
    return c.json(
      await listTemplates({ control: c.var.deps.control, query: parseQuery(c, TemplateListQuery) }),
    );
  });

  routes.post('/', async (c) => {
    const data = await parseJsonBody(c, PublishTemplateInput);
    return c.json(await publishTemplate({ ctx: nationalContext(c), data }), 201);
  });

  routes.get('/:id', async (c) => {
    const { control } = c.var.deps;
    return c.json(await templateDetail(control, await findTemplate(control, id(c))));
  });

  routes.post('/:id/versions', async (c) => {
    const data = await parseJsonBody(c, NewVersionInput);
    return c.json(await addTemplateVersion({ ctx: nationalContext(c), templateId: id(c), data }), 201);
  });

  routes.post('/:id/publish', async (c) => {
    return c.json(await publishProposal({ ctx: nationalContext(c), templateId: id(c) }));
  });
  return routes;
}

/** A tenant's programs that can become a template, read from its database by the national admin. */
export function nationalTenantProgramsRoutes() {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireNationalAdmin());
  routes.get('/', async (c) => {
    return c.json(await listTenantPrograms({ deps: c.var.deps, slug: c.req.param('tenant') ?? '' }));
  });
  return routes;
}
