import type { NavItem } from '../route.ts';

/** Navigation entries of the mentoring area: one per role, as each role sees its own part. */
export function mentoringNav(base: string, roles: readonly string[]): NavItem[] {
  const items: NavItem[] = [];
  if (roles.includes('tenant_admin')) items.push({ href: `${base}/mentorat`, label: 'Mentorat' });
  if (roles.includes('partner_referent')) items.push({ href: `${base}/mes-mentors`, label: 'Mes mentors' });
  if (roles.includes('school_referent')) items.push({ href: `${base}/mes-eleves`, label: 'Mes élèves' });
  if (roles.includes('mentor')) items.push({ href: `${base}/mon-mentorat`, label: 'Mon mentorat' });
  return items;
}
