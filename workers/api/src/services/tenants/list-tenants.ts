import { type ControlDb, controlSchema } from '@passerelle/db';
import { type Page, type PageQuery, pageOffset } from '@passerelle/domain';
import { asc, count, like, or, sql } from 'drizzle-orm';
import { tenantView } from './tenant-view.ts';

export async function listTenants(input: {
  control: ControlDb;
  query: PageQuery & { q?: string | undefined };
}): Promise<Page<ReturnType<typeof tenantView>>> {
  const { tenants } = controlSchema;
  const term = input.query.q ? `%${input.query.q.toLowerCase()}%` : undefined;
  const where = term
    ? or(like(sql`lower(${tenants.name})`, term), like(tenants.slug, term), like(tenants.code, term))
    : undefined;
  const [rows, [total]] = await Promise.all([
    input.control
      .select()
      .from(tenants)
      .where(where)
      .orderBy(asc(tenants.name))
      .limit(input.query.pageSize)
      .offset(pageOffset(input.query)),
    input.control.select({ n: count() }).from(tenants).where(where),
  ]);
  return {
    items: rows.map(tenantView),
    page: input.query.page,
    pageSize: input.query.pageSize,
    total: total?.n ?? 0,
  };
}
