import type { NavItem } from '../route.ts';

/** Navigation entries of the conventions area for the caller's roles in a tenant. */
export function conventionNav(base: string, roles: readonly string[]): NavItem[] {
  const items: NavItem[] = [];
  if (roles.includes('tenant_admin')) {
    items.push(
      { href: `${base}/modeles`, label: 'Modèles' },
      { href: `${base}/conventions`, label: 'Conventions' },
      { href: `${base}/engagements`, label: 'Engagements' },
    );
  } else if (roles.includes('partner_referent')) {
    items.push({ href: `${base}/mes-conventions`, label: 'Mes conventions' });
  }
  const runsActions = ['tenant_admin', 'partner_referent', 'school_referent'].some((role) =>
    roles.includes(role),
  );
  if (runsActions) items.push({ href: `${base}/actions`, label: 'Actions' });
  return items;
}
