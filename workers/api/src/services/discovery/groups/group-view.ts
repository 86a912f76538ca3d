import { type TenantDb, tenantSchema } from '@passerelle/db';
import type { DiscoveryGender, DiscoveryGroupScore } from '@passerelle/domain';
import { asc, eq } from 'drizzle-orm';

const { discoveryGroups, discoveryStudents, organizations } = tenantSchema;

/**
 * One number for a group's mix, 0 to 100: half for schools (distinct schools per member), half
 * for the balance of girls and boys. Stored with the group so the board can sort and flag.
 */
export function mixScore(score: DiscoveryGroupScore): number {
  if (score.size === 0) return 0;
  const schools = score.distinctSchools / score.size;
  const balance = 1 - score.genderGap / score.size;
  return Math.round(50 * schools + 50 * balance);
}

/** The program's groups in number order, each with its pupils (first name, school, gender). */
export async function groupsOf(db: Pick<TenantDb, 'select'>, programId: string) {
  const [groups, members] = await Promise.all([
    db
      .select()
      .from(discoveryGroups)
      .where(eq(discoveryGroups.programId, programId))
      .orderBy(asc(discoveryGroups.number)),
    db
      .select({
        id: discoveryStudents.id,
        groupId: discoveryStudents.groupId,
        firstName: discoveryStudents.firstName,
        gender: discoveryStudents.gender,
        interests: discoveryStudents.interests,
        schoolId: discoveryStudents.schoolId,
        schoolName: organizations.name,
      })
      .from(discoveryStudents)
      .innerJoin(organizations, eq(organizations.id, discoveryStudents.schoolId))
      .where(eq(discoveryStudents.programId, programId))
      .orderBy(asc(discoveryStudents.firstName), asc(discoveryStudents.id)),
  ]);
  return groups.map((group) => ({ group, members: members.filter((m) => m.groupId === group.id) }));
}
export type GroupRead = Awaited<ReturnType<typeof groupsOf>>[number];

export function groupView({ group, members }: GroupRead) {
  return {
    id: group.id,
    number: group.number,
    weekId: group.weekId,
    students: members.map((m) => ({
      id: m.id,
      firstName: m.firstName,
      schoolName: m.schoolName,
      gender: m.gender as DiscoveryGender,
    })),
    score: group.score ?? 0,
    explanation: group.explanation ?? '',
  };
}
export type GroupView = ReturnType<typeof groupView>;

export function groupsResult(reads: readonly GroupRead[], warnings: string[] = []) {
  const groups = reads.map(groupView);
  return { groups, sizes: groups.map((g) => g.students.length), warnings };
}
