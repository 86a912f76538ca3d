import { type TenantDb, tenantSchema } from '@passerelle/db';
import type { JobFamily, SchoolLevel, SlotKey } from '@passerelle/domain';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';

const { mentors, organizations, pairs } = tenantSchema;

type MentorRow = typeof mentors.$inferSelect;
export type ManagerApproval = 'not_needed' | 'pending' | 'approved' | 'refused';

/** Pairs that take a mentor's time: from acceptance until closed (a mere proposal does not). */
export const LOADED_PAIR_STATUSES = ['accepted', 'introduced', 'active'];

/** Columns every read of a mentor selects: the row, its organization's name, its current load. */
export const mentorColumns = {
  mentor: mentors,
  organizationName: organizations.name,
  load: sql<number>`(select count(*) from ${pairs} where ${and(
    eq(pairs.mentorId, mentors.id),
    inArray(pairs.status, LOADED_PAIR_STATUSES),
  )})`,
};

export function selectMentors(db: Pick<TenantDb, 'select'>, where: SQL | undefined) {
  return db
    .select(mentorColumns)
    .from(mentors)
    .innerJoin(organizations, eq(organizations.id, mentors.organizationId))
    .where(where)
    .orderBy(asc(mentors.lastName), asc(mentors.firstName), asc(mentors.id));
}

export type MentorRead = { mentor: MentorRow; organizationName: string; load: number };

/**
 * A mentor as the coordinator and its organization see it. The honorability check shows its
 * outcome only; it is valid while favourable and not past its end date (`today`, YYYY-MM-DD).
 */
export function mentorView(read: MentorRead, today: string) {
  const { mentor: m } = read;
  const honorability =
    m.honorabilityVerified === null
      ? null
      : {
          verified: m.honorabilityVerified,
          checkedOn: m.honorabilityCheckedOn,
          expiresOn: m.honorabilityExpiresOn,
          verifiedBy: m.honorabilityVerifiedBy,
        };
  return {
    id: m.id,
    programId: m.programId,
    firstName: m.firstName,
    lastName: m.lastName,
    email: m.email,
    organization: { id: m.organizationId, name: read.organizationName },
    conventionId: m.conventionId,
    jobFamily: m.jobFamily as JobFamily,
    jobTitle: m.jobTitle,
    skills: m.skills as string[],
    communeCode: m.communeCode,
    availability: m.availability as SlotKey[],
    capacity: m.capacity,
    languages: m.languages as string[],
    preferredLevels: m.preferredLevels as SchoolLevel[],
    onWorkTime: m.onWorkTime,
    managerEmail: m.managerEmail,
    managerApproval: m.managerApproval as ManagerApproval,
    hoursAllowance: m.hoursAllowance,
    honorability,
    honorabilityValid: Boolean(
      m.honorabilityVerified && m.honorabilityExpiresOn && m.honorabilityExpiresOn >= today,
    ),
    charterSignedAt: m.charterSignedAt,
    load: Number(read.load),
    status: m.status,
  };
}
export type MentorView = ReturnType<typeof mentorView>;

export const isoDay = (now: Date) => now.toISOString().slice(0, 10);
