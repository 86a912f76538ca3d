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
 * the national coordination, as the header asks for them.
 */
export function adminAndNationalNav(tenant: { path: string; label: string }, national: NavItem) {
  return (tenantSlug: string | undefined, roles: readonly string[], isNationalAdmin: boolean): NavItem[] => {
    const items: NavItem[] = [];
    if (tenantSlug && roles.includes('tenant_admin')) {
      items.push({ href: `/t/${encodeURIComponent(tenantSlug)}/${tenant.path}`, label: tenant.label });
    }
    if (isNationalAdmin) items.push(national);
    return items;
  };
}
