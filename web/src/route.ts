import type { VNode } from 'preact';

/** A screen of the SPA: `signedIn` routes send anonymous visitors to the sign-in page first. */
export type Route = { pattern: string; signedIn: boolean; render: (params: Record<string, string>) => VNode };

export type NavItem = {
  href: string;
  label: string;
  /** Screens grouped under this entry: a second line of navigation while one of them is open. */
  section?: NavItem[];
};

/**
 * The entries of an area with a screen for a tenant's admins (`/t/:tenant/<path>`) and one for
 * the national coordination.
 */
export function adminAndNationalNav(
  who: { tenantSlug: string | undefined; roles: readonly string[]; isNationalAdmin: boolean },
  tenant: { path: string; label: string },
  national: NavItem,
): NavItem[] {
  const items: NavItem[] = [];
  if (who.tenantSlug && who.roles.includes('tenant_admin')) {
    items.push({ href: `/t/${encodeURIComponent(who.tenantSlug)}/${tenant.path}`, label: tenant.label });
  }
  if (who.isNationalAdmin) items.push(national);
  return items;
}
