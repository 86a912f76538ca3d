import { type TenantDb, tenantSchema } from '@passerelle/db';
import type {
  EligibilityVerdict,
  JobFamily,
  NominationReason,
  PairStatus,
  SchoolLevel,
  SlotKey,
} from '@passerelle/domain';
import { asc, desc, eq, type SQL, sql } from 'drizzle-orm';

const { youngPeople, organizations, pairs } = tenantSchema;

type YoungPersonRow = typeof youngPeople.$inferSelect;
export type Authorisation = 'pending' | 'given' | 'refused';

/** Columns every read of a young person selects: the row, its school's name, its latest pair. */
export const youngPersonColumns = {
  youngPerson: youngPeople,
  schoolName: organizations.name,
  pairStatus: sql<string | null>`(select ${pairs.status} from ${pairs} where ${eq(
    pairs.youngPersonId,
    youngPeople.id,
  )} order by ${desc(pairs.proposedAt)} limit 1)`,
};

export function selectYoungPeople(db: Pick<TenantDb, 'select'>, where: SQL | undefined) {
  return db
    .select(youngPersonColumns)
    .from(youngPeople)
    .innerJoin(organizations, eq(organizations.id, youngPeople.schoolId))
    .where(where)
    .orderBy(asc(youngPeople.lastName), asc(youngPeople.firstName), asc(youngPeople.id));
}

export type YoungPersonRead = { youngPerson: YoungPersonRow; schoolName: string; pairStatus: string | null };

/**
 * The full record, for the program's coordinator and the young person's own school only: it holds
 * the sensitive facts (scholarship, priority neighbourhood) used to check eligibility.
 */
export function youngPersonCoordinatorView(read: YoungPersonRead) {
  const { youngPerson: y } = read;
  return {
    id: y.id,
    programId: y.programId,
    firstName: y.firstName,
    lastName: y.lastName,
    birthDate: y.birthDate,
    level: y.level as SchoolLevel,
    school: { id: y.schoolId, name: read.schoolName },
    communeCode: y.communeCode,
    interests: y.interests as JobFamily[],
    availability: y.availability as SlotKey[],
    languages: y.languages as string[],
    reason: y.reason as NominationReason,
    reasonDetail: y.reasonDetail,
    scholarship: y.scholarship,
    priorityNeighbourhood: y.priorityNeighbourhood,
    eligible: y.eligible,
    eligibility: y.eligibility as EligibilityVerdict,
    authorisation: y.authorisation as Authorisation,
    guardianEmail: y.guardianEmail,
    pairStatus: read.pairStatus as PairStatus | null,
  };
}
export type YoungPersonCoordinatorView = ReturnType<typeof youngPersonCoordinatorView>;

/**
 * All a mentor or a partner ever learns of a young person, and only once the guardian has
 * authorised it: no last name, no birth date, nothing about the family's situation.
 */
export function menteeMinimalView(
  youngPerson: Pick<YoungPersonRow, 'firstName' | 'level' | 'interests' | 'communeCode'>,
  schoolName: string,
) {
  return {
    firstName: youngPerson.firstName,
    level: youngPerson.level as SchoolLevel,
    schoolName,
    interests: youngPerson.interests as JobFamily[],
    communeCode: youngPerson.communeCode,
  };
}
export type MenteeMinimalView = ReturnType<typeof menteeMinimalView>;
