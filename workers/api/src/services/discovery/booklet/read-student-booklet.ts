import { type TenantDb, tenantSchema } from '@passerelle/db';
import { notFound } from '@passerelle/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { MentoringCaller } from '../../mentoring/mentors/mentoring-deps.ts';
import { reachesSchool, schoolReach } from '../../mentoring/young-people/young-person-access.ts';
import { hostReach } from '../plan/tutor-access.ts';
import { findDiscoveryProgram } from '../program-queries.ts';
import { type BookletView, readBooklet } from './booklet-view.ts';

const { discoveryPlanDays, discoveryStudents } = tenantSchema;

/**
 * A pupil's booklet for a signed-in reader: the coordination; the school referent of the pupil's
 * collège; a tutor of one of the hosts the pupil's group visits. Anyone else: 404.
 */
export async function readStudentBooklet(input: {
  db: Pick<TenantDb, 'select'>;
  caller: MentoringCaller;
  programId: string;
  studentId: string;
  tenantName: string;
}): Promise<BookletView> {
  const { db, caller } = input;
  const program = await findDiscoveryProgram(db, input.programId);
  const [student] = await db
    .select()
    .from(discoveryStudents)
    .where(and(eq(discoveryStudents.id, input.studentId), eq(discoveryStudents.programId, program.id)));
  if (!student || !(await mayRead(db, caller, program.id, student))) throw notFound('Élève');
  return readBooklet({ db, student, tenantName: input.tenantName });
}

async function mayRead(
  db: Pick<TenantDb, 'select'>,
  caller: MentoringCaller,
  programId: string,
  student: typeof discoveryStudents.$inferSelect,
): Promise<boolean> {
  if (caller.roles.includes('tenant_admin')) return true;
  if (
    caller.roles.includes('school_referent') &&
    reachesSchool(await schoolReach({ db, caller }), student.schoolId)
  )
    return true;
  const hosts = await hostReach({ db, caller, programId });
  if (hosts.kind === 'all') return true;
  if (!student.groupId || hosts.hostIds.size === 0) return false;
  const [visit] = await db
    .select({ id: discoveryPlanDays.id })
    .from(discoveryPlanDays)
    .where(
      and(
        eq(discoveryPlanDays.groupId, student.groupId),
        inArray(discoveryPlanDays.hostId, [...hosts.hostIds]),
      ),
    )
    .limit(1);
  return Boolean(visit);
}
