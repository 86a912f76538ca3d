import { type TenantDb, tenantSchema } from '@passerelle/db';
import type { DiscoveryGender, JobFamily } from '@passerelle/domain';
import { asc, eq, type SQL } from 'drizzle-orm';

const { discoveryStudents, organizations, conventions } = tenantSchema;

export type StudentRow = typeof discoveryStudents.$inferSelect;

export function selectStudents(db: Pick<TenantDb, 'select'>, where: SQL | undefined) {
  return db
    .select({
      student: discoveryStudents,
      schoolName: organizations.name,
      conventionStatus: conventions.status,
    })
    .from(discoveryStudents)
    .innerJoin(organizations, eq(organizations.id, discoveryStudents.schoolId))
    .leftJoin(conventions, eq(conventions.id, discoveryStudents.conventionId))
    .where(where)
    .orderBy(asc(organizations.name), asc(discoveryStudents.lastName), asc(discoveryStudents.firstName));
}
export type StudentRead = Awaited<ReturnType<typeof selectStudents>>[number];

/** What the coordination and the pupil's own school see. */
export function studentView(read: StudentRead) {
  const { student } = read;
  return {
    id: student.id,
    school: { id: student.schoolId, name: read.schoolName },
    firstName: student.firstName,
    lastName: student.lastName,
    gender: student.gender as DiscoveryGender,
    interests: student.interests as JobFamily[],
    reason: student.reason,
    guardianEmail: student.guardianEmail,
    authorisation: student.authorisation as 'pending' | 'given' | 'refused',
    groupId: student.groupId,
    conventionId: student.conventionId,
    // A withdrawn or declined convention leaves room for a new one: the screen offers it again.
    conventionStatus: read.conventionStatus,
    createdAt: student.createdAt,
  };
}
export type StudentView = ReturnType<typeof studentView>;

/** What hosts and tutors see of a pupil: a first name, a school, a group — nothing else. */
export const hostedStudentView = (input: { id: string; firstName: string; schoolName: string }) => ({
  id: input.id,
  firstName: input.firstName,
  schoolName: input.schoolName,
});

/** "le collège Albert-Camus", "l’établissement Cité scolaire X": a school named in a sentence. */
export function schoolInSentence(name: string): string {
  const college = /^coll[èe]ge\s+(.*)$/i.exec(name);
  return college ? `le collège ${college[1]}` : `l’établissement ${name}`;
}
