import type { Tenant } from '../../api/types.ts';
import type { Ref, TenantWithOrganizations } from '../types.ts';

/** The organizations the caller acts for, as GET /api/t/:tenant lists them, of the kinds wanted. */
export function ownOrganizations(tenant: Tenant, kinds: readonly string[]): Ref[] {
  const own = (tenant as TenantWithOrganizations).organizations ?? [];
  return own.filter((o) => !o.kind || kinds.includes(o.kind)).map(({ id, name }) => ({ id, name }));
}
