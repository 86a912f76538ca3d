import { adminAndNationalNav, type NavItem } from '../route.ts';

/** A tenant admin's indicators against the national median; the national dashboard. */
export function indicatorsNav(
  tenantSlug: string | undefined,
  roles: readonly string[],
  isNationalAdmin: boolean,
): NavItem[] {
  return adminAndNationalNav(
    { tenantSlug, roles, isNationalAdmin },
    { path: 'indicateurs', label: 'Indicateurs' },
    { href: '/national/indicateurs', label: 'Indicateurs nationaux' },
  );
}
