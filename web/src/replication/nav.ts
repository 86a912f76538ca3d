import type { NavItem } from '../route.ts';

/** A tenant admin's catalogue of national templates; the national coordination's templates. */
export function replicationNav(
  tenantSlug: string | undefined,
  roles: readonly string[],
  isNationalAdmin: boolean,
): NavItem[] {
  const items: NavItem[] = [];
  if (tenantSlug && roles.includes('tenant_admin')) {
    items.push({
      href: `/t/${encodeURIComponent(tenantSlug)}/modeles-de-programmes`,
      label: 'Modèles nationaux',
    });
  }
  if (isNationalAdmin) items.push({ href: '/national/modeles', label: 'Modèles de programmes' });
  return items;
}
