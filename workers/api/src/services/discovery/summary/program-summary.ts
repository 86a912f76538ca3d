import { type TenantDb, tenantSchema } from '@passerelle/db';
import { eq, inArray } from 'drizzle-orm';
import { loadPlanContext } from '../plan/plan-context.ts';
import { findDiscoveryProgram } from '../program-queries.ts';
import type { RespondentKind } from '../surveys/submit-survey.ts';

const { discoveryAttendance, organizations, surveyResponses } = tenantSchema;

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/**
 * The one-page figures for elected officials: pupils hosted (in a planned group), their schools
 * and the REP+ share, girls and boys, services and tutors involved, attendance, satisfaction.
 */
export async function programSummary(input: { db: Pick<TenantDb, 'select'>; programId: string }) {
  const { db } = input;
  const program = await findDiscoveryProgram(db, input.programId);
  const context = await loadPlanContext(db, program);
  const hosted = context.groups.filter((g) => g.group.weekId !== null).flatMap((g) => g.members);
  const schoolIds = [...new Set(hosted.map((m) => m.schoolId))];
  const [schools, attendance, surveys] = await Promise.all([
    schoolIds.length === 0
      ? []
      : db
          .select({ id: organizations.id, priority: organizations.priorityEducation })
          .from(organizations)
          .where(inArray(organizations.id, schoolIds)),
    hosted.length === 0
      ? []
      : db
          .select()
          .from(discoveryAttendance)
          .where(
            inArray(
              discoveryAttendance.studentId,
              hosted.map((m) => m.id),
            ),
          ),
    db.select().from(surveyResponses).where(eq(surveyResponses.programId, program.id)),
  ]);
  const repPlus = new Set(schools.filter((s) => s.priority === 'REP+').map((s) => s.id));
  const repPlusStudents = hosted.filter((m) => repPlus.has(m.schoolId)).length;
  const planned = new Set(context.groups.filter((g) => g.group.weekId !== null).map((g) => g.group.id));
  const usedDays = context.planDays.filter((d) => planned.has(d.groupId));
  const hostIds = new Set(usedDays.flatMap((d) => (d.hostId ? [d.hostId] : [])));
  const tutorIds = new Set(usedDays.flatMap((d) => (d.tutorId ? [d.tutorId] : [])));
  const byKind = (kind: RespondentKind) =>
    surveys.filter((s) => s.respondentKind === kind).map((s) => s.satisfaction);

  return {
    program: { id: program.id, name: program.name, season: program.season },
    weeks: new Set(context.groups.flatMap((g) => (g.group.weekId ? [g.group.weekId] : []))).size,
    groups: planned.size,
    studentsHosted: hosted.length,
    studentsPresent: new Set(attendance.filter((a) => a.present).map((a) => a.studentId)).size,
    schools: schoolIds.length,
    repPlusStudents,
    repPlusShare: share(repPlusStudents, hosted.length),
    girls: hosted.filter((m) => m.gender === 'F').length,
    boys: hosted.filter((m) => m.gender === 'M').length,
    otherGender: hosted.filter((m) => m.gender === 'X').length,
    services: hostIds.size,
    mixedJobServices: context.hosts.filter((h) => hostIds.has(h.host.id) && h.host.mixedJob).length,
    tutors: tutorIds.size,
    attendanceRate:
      attendance.length === 0 ? null : share(attendance.filter((a) => a.present).length, attendance.length),
    satisfaction: mean(surveys.map((s) => s.satisfaction)),
    surveyAnswers: surveys.length,
    satisfactionBy: {
      student: { mean: mean(byKind('student')), answers: byKind('student').length },
      tutor: { mean: mean(byKind('tutor')), answers: byKind('tutor').length },
      school: { mean: mean(byKind('school')), answers: byKind('school').length },
    },
  };
}
export type ProgramSummary = Awaited<ReturnType<typeof programSummary>>;
