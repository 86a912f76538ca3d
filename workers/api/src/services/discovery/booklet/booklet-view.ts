import { type TenantDb, tenantSchema } from '@passerelle/db';
import { addDays, type DiscoveryDayKind, type JobFamily } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import { programExtraQuestions } from '../../replication/extra-questions.ts';
import { findDiscoveryProgram, layoutOf } from '../program-queries.ts';
import type { StudentRow } from '../students/student-view.ts';

const {
  bookletPages,
  discoveryGroups,
  discoveryHosts,
  discoveryPlanDays,
  discoveryTutors,
  discoveryWeeks,
  organizations,
  surveyResponses,
} = tenantSchema;

export const ASSESSMENT_PAGE = 'assessment';

/** `day-2` … for the service days (numbered like the days the pupil lives: jour 2 = index 1). */
export const dayPageOf = (dayIndex: number) => `day-${dayIndex + 1}`;

/** The layout index a page id names, when it is one of the program's service days. */
export function dayIndexOfPage(page: string, layout: readonly DiscoveryDayKind[]): number | null {
  const match = /^day-([1-7])$/.exec(page);
  if (!match) return null;
  const index = Number(match[1]) - 1;
  return layout[index] === 'service' ? index : null;
}

/**
 * The pupil's booklet: the week, the group, each day with its host and tutor, and the pages
 * written so far. Read through the pupil's link, by their school, their tutors and the coordination.
 */
export async function readBooklet(input: {
  db: Pick<TenantDb, 'select'>;
  student: StudentRow;
  tenantName: string;
}) {
  const { db, student } = input;
  const program = await findDiscoveryProgram(db, student.programId);
  const layout = layoutOf(program);
  const [[school], [group], pages, [survey]] = await Promise.all([
    db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, student.schoolId)),
    student.groupId
      ? db
          .select({ group: discoveryGroups, week: discoveryWeeks })
          .from(discoveryGroups)
          .leftJoin(discoveryWeeks, eq(discoveryWeeks.id, discoveryGroups.weekId))
          .where(eq(discoveryGroups.id, student.groupId))
      : [],
    db.select().from(bookletPages).where(eq(bookletPages.studentId, student.id)),
    db
      .select({ id: surveyResponses.id })
      .from(surveyResponses)
      .where(
        and(
          eq(surveyResponses.programId, program.id),
          eq(surveyResponses.respondentKind, 'student'),
          eq(surveyResponses.respondentRef, student.id),
        ),
      ),
  ]);
  const days = group?.week
    ? await db
        .select({
          dayIndex: discoveryPlanDays.dayIndex,
          hostName: discoveryHosts.name,
          jobFamily: discoveryHosts.jobFamily,
          mixedJob: discoveryHosts.mixedJob,
          tutorName: discoveryTutors.name,
        })
        .from(discoveryPlanDays)
        .leftJoin(discoveryHosts, eq(discoveryHosts.id, discoveryPlanDays.hostId))
        .leftJoin(discoveryTutors, eq(discoveryTutors.id, discoveryPlanDays.tutorId))
        .where(eq(discoveryPlanDays.groupId, group.group.id))
    : [];
  const week = group?.week ?? null;
  return {
    tenantName: input.tenantName,
    programName: program.name,
    student: { firstName: student.firstName, schoolName: school?.name ?? '' },
    week: week ? { id: week.id, startDate: week.startDate, closedAt: week.closedAt } : null,
    group: group ? { number: group.group.number } : null,
    days: layout.map((kind, dayIndex) => {
      const day = days.find((d) => d.dayIndex === dayIndex);
      return {
        dayIndex,
        kind,
        date: week ? addDays(week.startDate, dayIndex) : null,
        page: kind === 'service' ? dayPageOf(dayIndex) : null,
        host: day?.hostName
          ? { name: day.hostName, jobFamily: day.jobFamily as JobFamily, mixedJob: Boolean(day.mixedJob) }
          : null,
        tutor: day?.tutorName ? { name: day.tutorName } : null,
      };
    }),
    pages: Object.fromEntries(pages.map((p) => [p.page, p.content as Record<string, string>])),
    editable: Boolean(week && !week.closedAt),
    survey: {
      answered: Boolean(survey),
      extraQuestions: await programExtraQuestions(db, 'discovery', program.id),
    },
  };
}
export type BookletView = Awaited<ReturnType<typeof readBooklet>>;
