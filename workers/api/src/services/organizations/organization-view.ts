import type { tenantSchema } from '@passerelle/db';

type OrganizationRow = typeof tenantSchema.organizations.$inferSelect;

/** What the API shows of an organization: the row minus internal search columns. */
export function organizationView(row: OrganizationRow) {
  const { searchName: _searchName, ...visible } = row;
  return visible;
}
export type OrganizationView = ReturnType<typeof organizationView>;

/** Lower-case, accent-free copy for search: SQLite's LIKE folds ASCII letters only. */
export function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
