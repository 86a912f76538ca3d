import { type TenantDb, tenantSchema } from '@passerelle/db';
import { notFound } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { type OrganizationView, organizationView } from './organization-view.ts';

/** Reads in the caller's own tenant DB only: another tenant's id simply is not there (404). */
export async function getOrganization(input: { db: Pick<TenantDb, 'select'>; id: string }) {
  const row = await findOrganizationRow(input);
  return organizationView(row) satisfies OrganizationView;
}

export async function findOrganizationRow(input: { db: Pick<TenantDb, 'select'>; id: string }) {
  const [row] = await input.db
    .select()
    .from(tenantSchema.organizations)
    .where(eq(tenantSchema.organizations.id, input.id))
    .limit(1);
  if (!row) throw notFound('Organisation');
  return row;
}
