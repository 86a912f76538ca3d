import { type TenantDb, tenantSchema } from '@passerelle/db';
import { type OrganizationQuery, type Page, type PageQuery, pageOffset } from '@passerelle/domain';
import { and, asc, count, eq, or, type SQL, sql } from 'drizzle-orm';
import { type OrganizationView, organizationView, searchable } from './organization-view.ts';

const { organizations } = tenantSchema;

export async function listOrganizations(input: {
  db: TenantDb;
  query: OrganizationQuery & PageQuery;
}): Promise<Page<OrganizationView>> {
  const { db, query } = input;
  const filters: SQL[] = [];
  if (query.status !== 'all') filters.push(eq(organizations.status, query.status));
  if (query.kind) filters.push(eq(organizations.kind, query.kind));
  if (query.q) {
    const term = query.q.replace(/[%_\\]/g, (m) => `\\${m}`);
    const identifier = query.q.replace(/[\s.-]/g, '').toUpperCase();
    filters.push(
      or(
        sql`${organizations.searchName} LIKE ${`%${searchable(term)}%`} ESCAPE '\\'`,
        eq(organizations.siret, identifier),
        eq(organizations.rna, identifier),
        eq(organizations.uai, identifier),
      )!,
    );
  }
  const where = filters.length > 0 ? and(...filters) : undefined;
  // The total rides along as a window function: one statement instead of rows + count.
  const rows = await db
    .select({ row: organizations, total: sql<number>`count(*) over ()` })
    .from(organizations)
    .where(where)
    .orderBy(asc(organizations.searchName), asc(organizations.id))
    .limit(query.pageSize)
    .offset(pageOffset(query));
  const total =
    rows[0]?.total ??
    (query.page > 1 ? ((await db.select({ n: count() }).from(organizations).where(where))[0]?.n ?? 0) : 0);
  return {
    items: rows.map((r) => organizationView(r.row)),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}
