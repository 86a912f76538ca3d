import {
  ANY_TENANT_ROLE,
  CreateOrganization,
  OrganizationQuery,
  PageQuery,
  UpdateOrganization,
} from '@passerelle/domain';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';
import { createOrganization } from '../services/organizations/create-organization.ts';
import { getOrganization } from '../services/organizations/get-organization.ts';
import { listOrganizations } from '../services/organizations/list-organizations.ts';
import { setOrganizationStatus } from '../services/organizations/set-organization-status.ts';
import { updateOrganization } from '../services/organizations/update-organization.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseJsonBody, parseQuery } from '../validation.ts';

const ListQuery = z.object({ ...OrganizationQuery.shape, ...PageQuery.shape });
const OrganizationId = z
  .string()
  .check(z.regex(/^org_[0-9a-z]{26}$/, 'Identifiant d’organisation invalide.'));

/** The tenant's directory of partner companies, associations, schools and own services. */
export function organizationRoutes() {
  const routes = new Hono<AppEnv>();
  // An id of the wrong shape cannot exist in this tenant: same answer as an unknown one.
  const idOf = (raw: string | undefined) => {
    const parsed = OrganizationId.safeParse(raw);
    return parsed.success ? parsed.data : 'org_0';
  };

  routes.get('/', requireRole(...ANY_TENANT_ROLE), async (c) => {
    const query = parseQuery(c, ListQuery);
    return c.json(await listOrganizations({ db: c.var.tenantDb, query }));
  });

  routes.post('/', requireRole('tenant_admin'), async (c) => {
    const data = await parseJsonBody(c, CreateOrganization);
    return c.json(await createOrganization({ ctx: serviceContext(c), data }), 201);
  });

  routes.get('/:id', requireRole(...ANY_TENANT_ROLE), async (c) => {
    return c.json(await getOrganization({ db: c.var.tenantDb, id: idOf(c.req.param('id')) }));
  });

  routes.patch('/:id', requireRole('tenant_admin'), async (c) => {
    const data = await parseJsonBody(c, UpdateOrganization);
    return c.json(await updateOrganization({ ctx: serviceContext(c), id: idOf(c.req.param('id')), data }));
  });

  routes.post('/:id/archive', requireRole('tenant_admin'), async (c) => {
    const id = idOf(c.req.param('id'));
    return c.json(await setOrganizationStatus({ ctx: serviceContext(c), id, status: 'archived' }));
  });

  routes.post('/:id/unarchive', requireRole('tenant_admin'), async (c) => {
    const id = idOf(c.req.param('id'));
    return c.json(await setOrganizationStatus({ ctx: serviceContext(c), id, status: 'active' }));
  });

  return routes;
}
