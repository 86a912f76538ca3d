import { type TenantDb, tenantSchema } from '@passerelle/db';
import { type Page, type PageQuery, pageOffset, type SigningOrder } from '@passerelle/domain';
import { and, desc, eq, inArray, like, ne, notInArray, type SQL, sql } from 'drizzle-orm';
import { searchable } from '../organizations/organization-view.ts';
import { HIDDEN_FROM_PARTNERS } from './convention-queries.ts';
import { type ConventionSummary, conventionSummary } from './convention-view.ts';

const { conventions, conventionSigners, conventionTemplateVersions, organizations } = tenantSchema;

export type ConventionQuery = PageQuery & { status?: string | undefined; q?: string | undefined };

/** Conventions newest first; a partner referent passes its organizations and sees only those. */
export async function listConventions(input: {
  db: TenantDb;
  query: ConventionQuery;
  partnerOrganizationIds?: readonly string[];
}): Promise<Page<ConventionSummary>> {
  const { db, query } = input;
  const filters: SQL[] = [];
  // Withdrawn conventions are out of the way unless asked for by their status.
  if (query.status) filters.push(eq(conventions.status, query.status));
  else filters.push(ne(conventions.status, 'withdrawn'));
  if (query.q) filters.push(like(organizations.searchName, `%${searchable(query.q).replace(/[%_]/g, '')}%`));
  if (input.partnerOrganizationIds) {
    // A partner sees its own conventions once they are sent, never the authority's drafts nor the
    // conventions withdrawn before signature.
    filters.push(inArray(conventions.partnerOrganizationId, [...input.partnerOrganizationIds, '']));
    filters.push(notInArray(conventions.status, [...HIDDEN_FROM_PARTNERS]));
  }
  const rows = await db
    .select({
      row: conventions,
      partnerName: organizations.name,
      signingOrder: conventionTemplateVersions.signingOrder,
      total: sql<number>`count(*) over ()`,
    })
    .from(conventions)
    .innerJoin(organizations, eq(organizations.id, conventions.partnerOrganizationId))
    .innerJoin(conventionTemplateVersions, eq(conventionTemplateVersions.id, conventions.templateVersionId))
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(conventions.createdAt), desc(conventions.id))
    .limit(query.pageSize)
    .offset(pageOffset(query));
  const signers = rows.length
    ? await db
        .select()
        .from(conventionSigners)
        .where(
          inArray(
            conventionSigners.conventionId,
            rows.map((r) => r.row.id),
          ),
        )
    : [];
  return {
    items: rows.map((r) =>
      conventionSummary({
        row: r.row,
        partnerName: r.partnerName,
        signers: signers.filter((s) => s.conventionId === r.row.id),
        signingOrder: r.signingOrder as SigningOrder,
      }),
    ),
    page: query.page,
    pageSize: query.pageSize,
    total: rows[0]?.total ?? 0,
  };
}
