import { tenantSchema } from '@passerelle/db';
import { CreateTemplateInput, TemplateVersionInput } from '@passerelle/domain';
import { asc } from 'drizzle-orm';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';
import { addTemplateVersion, createTemplate, updateTemplate } from '../services/conventions/save-template.ts';
import {
  findTemplate,
  findTemplateVersion,
  listTemplateVersions,
} from '../services/conventions/template-queries.ts';
import { templateView } from '../services/conventions/template-view.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseJsonBody } from '../validation.ts';
import { idParam } from './id-param.ts';

const UpdateTemplate = z.object({
  name: z.optional(z.string().check(z.trim(), z.minLength(1, 'Le nom est obligatoire.'), z.maxLength(120))),
  isPublic: z.optional(z.boolean()),
  description: z.optional(z.string().check(z.trim(), z.maxLength(1000, 'Description trop longue.'))),
  status: z.optional(z.enum(['active', 'archived'], 'Statut inconnu.')),
});

/** Convention templates of the tenant, versioned: the authority's own clauses and commitments. */
export function conventionTemplatesRoutes() {
  const routes = new Hono<AppEnv>();
  routes.use('*', requireRole('tenant_admin'));
  const templateId = idParam('ctp');

  routes.get('/', async (c) => {
    const db = c.var.tenantDb;
    const { conventionTemplates } = tenantSchema;
    const templates = await db.select().from(conventionTemplates).orderBy(asc(conventionTemplates.name));
    const items = await Promise.all(
      templates.map(async (t) => templateView(t, await findTemplateVersion(db, t.id, t.currentVersion))),
    );
    return c.json({ items });
  });

  routes.post('/', async (c) => {
    const data = await parseJsonBody(c, CreateTemplateInput);
    return c.json(await createTemplate({ ctx: serviceContext(c), data }), 201);
  });

  routes.get('/:id', async (c) => {
    const db = c.var.tenantDb;
    const template = await findTemplate(db, templateId(c));
    const current = await findTemplateVersion(db, template.id, template.currentVersion);
    return c.json({
      ...templateView(template, current),
      versions: await listTemplateVersions(db, template.id),
    });
  });

  routes.post('/:id/versions', async (c) => {
    const data = await parseJsonBody(c, TemplateVersionInput);
    return c.json(await addTemplateVersion({ ctx: serviceContext(c), templateId: templateId(c), data }), 201);
  });

  routes.patch('/:id', async (c) => {
    const data = await parseJsonBody(c, UpdateTemplate);
    return c.json(await updateTemplate({ ctx: serviceContext(c), templateId: templateId(c), data }));
  });

  return routes;
}
