import { type TenantDb, tenantSchema } from '@passerelle/db';
import { type Page, type PageQuery, type PartnerEventQuery, pageOffset } from '@passerelle/domain';
import { and, asc, count, eq, gte, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type EventCaller, eventAccess } from './partner-event-access.ts';
import { eventColumns, type PartnerEventView, partnerEventView } from './partner-event-view.ts';

const { partnerEvents, organizations } = tenantSchema;

/**
 * The admin sees every action; school referents and mentors the scheduled and held ones of the
 * tenant (schools register pupils from there); a partner referent only its own organization's.
 */
export async function listPartnerEvents(input: {
  db: TenantDb;
  caller: EventCaller;
  query: PartnerEventQuery & PageQuery;
}): Promise<Page<PartnerEventView>> {
  const { db, query } = input;
  const access = await eventAccess(input);
  const filters: SQL[] = [];
  if (!access.isAdmin) {
    const visible: SQL[] = [];
    if (access.browsesAll) visible.push(inArray(partnerEvents.status, ['scheduled', 'held']));
    if (access.isPartner && access.organizationIds.length > 0) {
      visible.push(inArray(partnerEvents.organizationId, access.organizationIds));
    }
    filters.push(visible.length > 0 ? or(...visible)! : sql`0`);
  }
  if (query.status) filters.push(eq(partnerEvents.status, query.status));
  if (query.from) filters.push(gte(partnerEvents.date, query.from));
  const where = filters.length > 0 ? and(...filters) : undefined;
  // The total rides along as a window function, as in the directory.
  const rows = await db
    .select({ ...eventColumns, total: sql<number>`count(*) over ()` })
    .from(partnerEvents)
    .innerJoin(organizations, eq(organizations.id, partnerEvents.organizationId))
    .where(where)
    .orderBy(asc(partnerEvents.date), asc(partnerEvents.id))
    .limit(query.pageSize)
    .offset(pageOffset(query));
  const total =
    rows[0]?.total ??
    (query.page > 1 ? ((await db.select({ n: count() }).from(partnerEvents).where(where))[0]?.n ?? 0) : 0);
  return { items: rows.map(partnerEventView), page: query.page, pageSize: query.pageSize, total };
}
