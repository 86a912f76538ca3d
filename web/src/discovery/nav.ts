import type { NavItem } from '../route.ts';

/** Navigation entries of Pass'3e: the coordination's programs, a school's pupils, a tutor's groups. */
export function discoveryNav(base: string, roles: readonly string[]): NavItem[] {
  const items: NavItem[] = [];
  if (roles.includes('tenant_admin')) items.push({ href: `${base}/pass3e`, label: 'Pass’3e' });
  if (roles.includes('school_referent')) {
    items.push({ href: `${base}/mes-eleves-pass3e`, label: 'Mes élèves Pass’3e' });
  }
  if (roles.includes('mentor')) items.push({ href: `${base}/mes-groupes`, label: 'Mes groupes Pass’3e' });
  return items;
}
