import { type ControlDb, controlSchema } from '@passerelle/db';
import { type Page, type PageQuery, pageOffset } from '@passerelle/domain';
import { and, count, desc, eq, like, or, type SQL, sql } from 'drizzle-orm';
import { type TemplateSummary, templateSummaries } from './template-view.ts';

const { programTemplates } = controlSchema;

/** The national catalogue, newest change first; `q` matches the name, slug or summary. */
export async function listTemplates(input: {
  control: ControlDb;
  query: PageQuery & { status?: string | undefined; q?: string | undefined };
}): Promise<Page<TemplateSummary>> {
  const { control, query } = input;
  const filters: SQL[] = [];
  if (query.status) filters.push(eq(programTemplates.status, query.status));
  if (query.q) {
    const term = `%${query.q.toLowerCase()}%`;
    filters.push(
      or(
        like(sql`lower(${programTemplates.name})`, term),
        like(programTemplates.slug, term),
        like(sql`lower(${programTemplates.summary})`, term),
      )!,
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [total]] = await Promise.all([
    control
      .select()
      .from(programTemplates)
      .where(where)
      .orderBy(desc(programTemplates.updatedAt), desc(programTemplates.id))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    control.select({ n: count() }).from(programTemplates).where(where),
  ]);
  return {
    items: await templateSummaries(control, rows),
    page: query.page,
    pageSize: query.pageSize,
    total: total?.n ?? 0,
  };
}
