import { type TenantDb, tenantSchema } from '@passerelle/db';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';

const { pairs, mentors, youngPeople, organizations } = tenantSchema;
const schools = alias(organizations, 'schools');

/** Pairs with the names a coordinator needs: never the young person's sensitive flags. */
export async function listPairViews(db: Pick<TenantDb, 'select'>, where: SQL | undefined) {
  const rows = await db
    .select({
      pair: pairs,
      mentorFirst: mentors.firstName,
      mentorLast: mentors.lastName,
      mentorJob: mentors.jobTitle,
      organizationName: organizations.name,
      youngFirst: youngPeople.firstName,
      youngLevel: youngPeople.level,
      schoolName: schools.name,
    })
    .from(pairs)
    .innerJoin(mentors, eq(mentors.id, pairs.mentorId))
    .innerJoin(organizations, eq(organizations.id, mentors.organizationId))
    .innerJoin(youngPeople, eq(youngPeople.id, pairs.youngPersonId))
    .innerJoin(schools, eq(schools.id, youngPeople.schoolId))
    .where(where)
    .orderBy(pairs.proposedAt, pairs.id);
  return rows.map((r) => ({
    id: r.pair.id,
    status: r.pair.status,
    locked: r.pair.locked,
    score: r.pair.score,
    breakdown: r.pair.breakdown,
    mentor: {
      id: r.pair.mentorId,
      name: `${r.mentorFirst} ${r.mentorLast}`,
      organizationName: r.organizationName,
      jobTitle: r.mentorJob,
    },
    youngPerson: {
      id: r.pair.youngPersonId,
      firstName: r.youngFirst,
      level: r.youngLevel,
      schoolName: r.schoolName,
    },
    proposedAt: r.pair.proposedAt,
    acceptedAt: r.pair.acceptedAt,
    introducedAt: r.pair.introducedAt,
    activatedAt: r.pair.activatedAt,
    closedAt: r.pair.closedAt,
    closeOutcome: r.pair.closeOutcome,
    closeReason: r.pair.closeReason,
  }));
}
export type PairView = Awaited<ReturnType<typeof listPairViews>>[number];

export async function pairViewsOf(
  db: Pick<TenantDb, 'select'>,
  input: { programId?: string; ids?: string[]; status?: string },
) {
  const filters: SQL[] = [];
  if (input.programId) filters.push(eq(pairs.programId, input.programId));
  if (input.ids) filters.push(inArray(pairs.id, [...input.ids, '']));
  if (input.status) filters.push(eq(pairs.status, input.status));
  return listPairViews(db, filters.length ? and(...filters) : undefined);
}
