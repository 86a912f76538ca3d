import {
  type ControlDb,
  controlSchema,
  openTenantDb,
  type TenantDb,
  type TenantRecord,
} from '@passerelle/db';
import { DomainError, notFound } from '@passerelle/domain';
import { eq, inArray } from 'drizzle-orm';
import type { AppDeps } from '../../deps.ts';

const { tenants } = controlSchema;

/** A tenant of the registry by slug, for a national route (`:tenant`): 404 when unknown or deleted. */
export async function findRegistryTenant(control: ControlDb, slug: string): Promise<TenantRecord> {
  const [row] = await control.select().from(tenants).where(eq(tenants.slug, slug));
  if (!row || row.status === 'deleted') throw notFound('Collectivité');
  return row;
}

/** The same for a tenant named in a body: a 422 on that field, not a 404 of the whole route. */
export async function tenantOfField(control: ControlDb, slug: string, field: string): Promise<TenantRecord> {
  try {
    return await findRegistryTenant(control, slug);
  } catch {
    throw new DomainError({
      code: 'VALIDATION',
      message: `Collectivité inconnue : ${slug}.`,
      fields: { [field]: `Aucune collectivité « ${slug} ».` },
    });
  }
}

/** Several tenants by slug, in the order given; unknown ones are named in one 422. */
export async function tenantsOfField(
  control: ControlDb,
  slugs: readonly string[],
  field: string,
): Promise<TenantRecord[]> {
  const rows = slugs.length
    ? await control
        .select()
        .from(tenants)
        .where(inArray(tenants.slug, [...slugs]))
    : [];
  const bySlug = new Map(rows.filter((r) => r.status !== 'deleted').map((r) => [r.slug, r]));
  const unknown = slugs.filter((s) => !bySlug.has(s));
  if (unknown.length) {
    throw new DomainError({
      code: 'VALIDATION',
      message: `Collectivité${unknown.length > 1 ? 's' : ''} inconnue${unknown.length > 1 ? 's' : ''} : ${unknown.join(', ')}.`,
      fields: { [field]: `Inconnue${unknown.length > 1 ? 's' : ''} : ${unknown.join(', ')}.` },
    });
  }
  return slugs.map((s) => bySlug.get(s)!);
}

/**
 * A tenant's own database, reached from the national side through the registry record (the
 * national admin is not a member, so the tenant middleware is not the way in). The tenant must be
 * open: a database still being prepared has nothing to read and must not be written.
 */
export async function openRegistryTenantDb(
  deps: Pick<AppDeps, 'connectTenant'>,
  tenant: TenantRecord,
): Promise<TenantDb> {
  if (tenant.status !== 'active') {
    throw new DomainError({
      code: 'TENANT_UNAVAILABLE',
      message: `L’espace « ${tenant.name} » n’est pas ouvert (${tenant.status === 'suspended' ? 'suspendu' : 'en préparation'}).`,
    });
  }
  return openTenantDb(await deps.connectTenant(tenant));
}
