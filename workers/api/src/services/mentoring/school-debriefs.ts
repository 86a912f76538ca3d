import { type TenantDb, tenantSchema } from '@passerelle/db';
import { type DebriefListQuery, notFound } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { type BoardRow, loadDebriefBoard, type StoredAnswer } from './debrief-board.ts';
import type { MentoringCaller } from './mentors/mentoring-deps.ts';
import { findProgram } from './program-queries.ts';
import { reachesSchool, schoolReach } from './young-people/young-person-access.ts';

const { pairs, youngPeople } = tenantSchema;

/**
 * What a school referent reads of a debrief: the ratings and the wish to continue, which tell it
 * whether to propose the pupil again. Never the comments — free text written for the coordination,
 * which may name people or tell what the pupil confided — nor the mentor's name, nor anything of
 * the pupil beyond first name, level and school. Of the template's extra questions, likewise only
 * the notes and yes/no answers, never a written one.
 */
const ratingsView = (answer: StoredAnswer | null) =>
  answer
    ? {
        satisfaction: answer.satisfaction,
        usefulness: answer.usefulness,
        wouldContinue: answer.wouldContinue,
        extraAnswers: answer.extraAnswers.filter((a) => a.kind !== 'text'),
        submittedAt: answer.submittedAt,
      }
    : null;

const schoolView = (row: BoardRow) => ({
  pairId: row.id,
  status: row.status,
  youngPerson: {
    firstName: row.youngPerson.firstName,
    level: row.youngPerson.level,
    schoolName: row.youngPerson.schoolName,
  },
  debriefs: { mentor: ratingsView(row.answers.mentor), mentee: ratingsView(row.answers.mentee) },
});
export type SchoolDebriefView = ReturnType<typeof schoolView>;

async function schoolIdsOf(db: Pick<TenantDb, 'select'>, caller: MentoringCaller) {
  const reach = await schoolReach({ db, caller });
  return reach.kind === 'all' ? undefined : reach.schoolIds;
}

/** The debriefs of the referent's own pupils in a program, with the summary over them only. */
export async function schoolDebriefs(input: {
  db: TenantDb;
  caller: MentoringCaller;
  programId: string;
  query: DebriefListQuery;
}) {
  const { db, query } = input;
  const program = await findProgram(db, input.programId);
  const schoolIds = await schoolIdsOf(db, input.caller);
  const board = await loadDebriefBoard({
    db,
    scope: {
      programId: program.id,
      ...(schoolIds ? { schoolIds } : {}),
      ...(query.waiting ? { waiting: query.waiting } : {}),
    },
    page: query,
  });
  return {
    summary: board.summary,
    items: board.items.map(schoolView),
    page: query.page,
    pageSize: query.pageSize,
    total: board.total,
  };
}

/** One pupil's debrief; a pair of another school answers 404, exactly like an unknown one. */
export async function schoolPairDebrief(input: { db: TenantDb; caller: MentoringCaller; pairId: string }) {
  const { db } = input;
  const [found] = await db
    .select({ programId: pairs.programId, schoolId: youngPeople.schoolId })
    .from(pairs)
    .innerJoin(youngPeople, eq(youngPeople.id, pairs.youngPersonId))
    .where(eq(pairs.id, input.pairId));
  const reach = await schoolReach({ db, caller: input.caller });
  if (!found || !reachesSchool(reach, found.schoolId)) throw notFound('Binôme');
  const board = await loadDebriefBoard({
    db,
    scope: { programId: found.programId, schoolIds: [found.schoolId], pairId: input.pairId },
    page: 'all',
  });
  const [row] = board.items;
  // In reach but not started (or closed before meeting): there is no debrief to read.
  if (!row) throw notFound('Bilan');
  return schoolView(row);
}
