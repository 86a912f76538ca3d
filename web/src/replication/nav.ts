import { adminAndNationalNav, type NavItem } from '../route.ts';

/** A tenant admin's catalogue of national templates; the national coordination's templates. */
export function replicationNav(
  tenantSlug: string | undefined,
  roles: readonly string[],
  isNationalAdmin: boolean,
): NavItem[] {
  return adminAndNationalNav(
    { tenantSlug, roles, isNationalAdmin },
    { path: 'modeles-de-programmes', label: 'Modèles nationaux' },
    { href: '/national/modeles', label: 'Modèles de programmes' },
  );
}
