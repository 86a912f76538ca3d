import type { VNode } from 'preact';

/** A screen of the SPA: `signedIn` routes send anonymous visitors to the sign-in page first. */
export type Route = { pattern: string; signedIn: boolean; render: (params: Record<string, string>) => VNode };

export type NavItem = {
  href: string;
  label: string;
  /** Screens grouped under this entry: a second line of navigation while one of them is open. */
  section?: NavItem[];
};
