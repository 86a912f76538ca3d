import type { NavItem } from '../route.ts';

/** A tenant admin's indicators against the national median; the national dashboard. */
export function indicatorsNav(
  tenantSlug: string | undefined,
  roles: readonly string[],
  isNationalAdmin: boolean,
): NavItem[] {
  const items: NavItem[] = [];
  if (tenantSlug && roles.includes('tenant_admin')) {
    items.push({ href: `/t/${encodeURIComponent(tenantSlug)}/indicateurs`, label: 'Indicateurs' });
  }
  if (isNationalAdmin) items.push({ href: '/national/indicateurs', label: 'Indicateurs nationaux' });
  return items;
}
