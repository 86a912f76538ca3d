import type { NavItem } from '../route.ts';

/** The ecosystem map and diagnosis: the coordination's. */
export function ecosystemNav(base: string, roles: readonly string[]): NavItem[] {
  return roles.includes('tenant_admin') ? [{ href: `${base}/ecosysteme`, label: 'Écosystème' }] : [];
}
