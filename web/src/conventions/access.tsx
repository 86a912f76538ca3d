import type { ComponentChildren } from 'preact';
import type { Role, Tenant } from '../api/types.ts';
import { TenantGate } from '../components/tenant-gate.tsx';
import { NotFound } from '../screens/not-found.tsx';

export function rolesOf(tenant: Tenant): readonly Role[] {
  return tenant.roles ?? [tenant.role];
}

export function hasRole(tenant: Tenant, ...wanted: Role[]): boolean {
  const roles = rolesOf(tenant);
  return wanted.some((role) => roles.includes(role));
}

export const tenantBase = (tenant: Tenant) => `/t/${encodeURIComponent(tenant.slug)}`;

/**
 * The tenant, once loaded, for a screen some roles only may open. To anyone else the page does
 * not exist: the same 404 as the API gives for what is out of reach.
 */
export function RoleGate({
  roles,
  children,
}: {
  roles: Role[];
  children: (tenant: Tenant) => ComponentChildren;
}) {
  return <TenantGate>{(tenant) => (hasRole(tenant, ...roles) ? children(tenant) : <NotFound />)}</TenantGate>;
}
