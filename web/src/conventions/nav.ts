import type { NavItem } from '../route.ts';

/** Navigation entries of the conventions area for the caller's roles in a tenant. */
export function conventionNav(_base: string, _roles: readonly string[]): NavItem[] {
  return [];
}
