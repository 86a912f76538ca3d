import { TENANT_SCHEMA_VERSION } from '@passerelle/db';
import { DomainError, type TenantRole } from '@passerelle/domain';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.ts';
import { forbidden, unauthenticated } from '../errors.ts';
import type { TenantRegistry } from '../tenancy/tenant-registry.ts';

const tenantNotFound = () => new DomainError({ code: 'NOT_FOUND', message: 'Espace introuvable.' });

/**
 * Resolves `:tenant` in the registry, checks the caller belongs to it and puts that tenant's own
 * database handle on the context. A tenant the caller is not a member of answers 404, exactly like
 * one that does not exist, so tenants cannot be probed through each other.
 */
export function tenant(registry: TenantRegistry) {
  return createMiddleware<AppEnv>(async function tenantMiddleware(c, next) {
    const slug = c.req.param('tenant') ?? '';
    const record = await registry.findBySlug(slug);
    if (!record || record.status === 'deleted') throw tenantNotFound();
    const identity = c.var.identity;
    if (!identity) throw unauthenticated();

    const roles = c.var.memberships.filter((m) => m.tenantId === record.id).map((m) => m.role);
    if (roles.length === 0) throw tenantNotFound();

    if (record.status !== 'active') {
      throw new DomainError({
        code: 'TENANT_UNAVAILABLE',
        message: 'Cet espace est en cours de préparation.',
      });
    }
    if (record.schemaVersion < TENANT_SCHEMA_VERSION) {
      throw new DomainError({
        code: 'TENANT_SCHEMA_BEHIND',
        message: 'Cet espace est en cours de mise à jour. Réessayez dans quelques minutes.',
        detail: `tenant ${record.slug} at schema ${record.schemaVersion}, code expects ${TENANT_SCHEMA_VERSION}`,
      });
    }
    c.set('tenant', record);
    c.set('roles', roles);
    c.set('tenantDb', await registry.database(record));
    await next();
  });
}

/** Each tenant route declares who may call it. */
export function requireRole(...allowed: readonly TenantRole[]) {
  return createMiddleware<AppEnv>(async function requireRoleMiddleware(c, next) {
    if (!c.var.roles.some((role) => allowed.includes(role))) throw forbidden();
    await next();
  });
}

/**
 * For public pages of a tenant (engagement path, signing by link): the tenant and its database,
 * with no membership. What such a route may reveal is decided by the route itself.
 */
export function publicTenant(registry: TenantRegistry) {
  return createMiddleware<AppEnv>(async function publicTenantMiddleware(c, next) {
    const record = await registry.findBySlug(c.req.param('tenant') ?? '');
    if (record?.status !== 'active') throw tenantNotFound();
    if (record.schemaVersion < TENANT_SCHEMA_VERSION) {
      throw new DomainError({
        code: 'TENANT_SCHEMA_BEHIND',
        message: 'Cet espace est en cours de mise à jour. Réessayez dans quelques minutes.',
      });
    }
    c.set('tenant', record);
    c.set('roles', []);
    c.set('tenantDb', await registry.database(record));
    await next();
  });
}
