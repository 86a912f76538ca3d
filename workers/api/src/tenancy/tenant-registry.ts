import {
  type ControlDb,
  controlSchema,
  openTenantDb,
  type TenantDb,
  type TenantRecord,
} from '@passerelle/db';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../deps.ts';

type Cached = { tenant: TenantRecord | null; at: number };

/**
 * Looks tenants up in the control DB with a short-lived cache (every request needs one), and keeps
 * one database handle per tenant. The handle is keyed by the tenant's id and URL, so a handle can
 * only ever reach the database the registry names for that tenant.
 */
export function createTenantRegistry(deps: Pick<AppDeps, 'control' | 'connectTenant' | 'config'>) {
  const ttl = deps.config.tenantCacheMs ?? 5_000;
  const bySlug = new Map<string, Cached>();
  const handles = new Map<string, Promise<TenantDb>>();

  return {
    async findBySlug(slug: string): Promise<TenantRecord | null> {
      const hit = bySlug.get(slug);
      if (hit && Date.now() - hit.at < ttl) return hit.tenant;
      const tenant = await findTenant(deps.control, slug);
      bySlug.set(slug, { tenant, at: Date.now() });
      return tenant;
    },
    forget(slug: string) {
      bySlug.delete(slug);
    },
    database(tenant: TenantRecord): Promise<TenantDb> {
      const key = `${tenant.id} ${tenant.dbUrl}`;
      let handle = handles.get(key);
      if (!handle) {
        handle = deps.connectTenant(tenant).then(openTenantDb);
        handle.catch(() => handles.delete(key));
        handles.set(key, handle);
      }
      return handle;
    },
  };
}

export type TenantRegistry = ReturnType<typeof createTenantRegistry>;

async function findTenant(control: ControlDb, slug: string): Promise<TenantRecord | null> {
  const [tenant] = await control
    .select()
    .from(controlSchema.tenants)
    .where(eq(controlSchema.tenants.slug, slug));
  return tenant ?? null;
}
