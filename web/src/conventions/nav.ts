import type { NavItem } from '../route.ts';

/** Navigation entries of the conventions area for the caller's roles in a tenant. */
export function conventionNav(base: string, roles: readonly string[]): NavItem[] {
  const items: NavItem[] = [];
  if (roles.includes('tenant_admin')) {
    // One entry for the coordination's conventions, their templates and their commitments: the
    // header stays short, and "Modèles de convention" is never confused with national templates.
    const section = [
      { href: `${base}/conventions`, label: 'Conventions' },
      { href: `${base}/modeles`, label: 'Modèles de convention' },
      { href: `${base}/engagements`, label: 'Engagements' },
    ];
    items.push({ ...section[0]!, section });
  } else if (roles.includes('partner_referent')) {
    items.push({ href: `${base}/mes-conventions`, label: 'Mes conventions' });
  }
  const runsActions = ['tenant_admin', 'partner_referent', 'school_referent'].some((role) =>
    roles.includes(role),
  );
  if (runsActions) items.push({ href: `${base}/actions`, label: 'Actions' });
  return items;
}
