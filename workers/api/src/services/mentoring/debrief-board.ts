import { type TenantDb, tenantSchema } from '@passerelle/db';
import {
  type DebriefAnswers,
  type DebriefRespondent,
  type ExtraAnswer,
  type PageQuery,
  type PairStatus,
  pageOffset,
  readDebriefAnswers,
  readExtraAnswers,
  type SchoolLevel,
  summariseDebriefs,
} from '@passerelle/domain';
import { and, asc, count, eq, inArray, isNotNull, notExists, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';

const { pairs, mentors, youngPeople, organizations, debriefs } = tenantSchema;
const schools = alias(organizations, 'schools');

export type BoardScope = {
  programId: string;
  /** A school referent's schools; absent for the coordinator, who sees every pair. */
  schoolIds?: readonly string[];
  /** Only the pairs still waiting for this side's answer. */
  waiting?: DebriefRespondent;
  /** One pair only. */
  pairId?: string;
};

export type StoredAnswer = DebriefAnswers & { extraAnswers: ExtraAnswer[]; submittedAt: string };

export type BoardRow = {
  id: string;
  status: PairStatus;
  closeOutcome: string | null;
  mentor: { id: string; name: string; organizationName: string };
  youngPerson: { id: string; firstName: string; level: SchoolLevel; schoolName: string };
  answers: Record<DebriefRespondent, StoredAnswer | null>;
};

/** Pairs with something to look back on: active, or closed after meeting (the domain's canDebrief). */
function scopeFilter(db: Pick<TenantDb, 'select'>, scope: BoardScope, withWaiting: boolean): SQL {
  const filters: (SQL | undefined)[] = [
    eq(pairs.programId, scope.programId),
    or(eq(pairs.status, 'active'), and(eq(pairs.status, 'closed'), isNotNull(pairs.activatedAt))),
  ];
  if (scope.pairId) filters.push(eq(pairs.id, scope.pairId));
  if (scope.schoolIds) filters.push(inArray(youngPeople.schoolId, [...scope.schoolIds, '']));
  if (withWaiting && scope.waiting) {
    filters.push(
      notExists(
        db
          .select({ one: sql`1` })
          .from(debriefs)
          .where(and(eq(debriefs.pairId, pairs.id), eq(debriefs.respondent, scope.waiting))),
      ),
    );
  }
  return and(...filters)!;
}

/**
 * The debriefs of a program, pair by pair: the summary over every pair in scope (whatever the
 * page or the waiting filter), then one page of pairs with each side's answer or null. `page`
 * 'all' reads every pair, for the CSV.
 */
export async function loadDebriefBoard(input: {
  db: Pick<TenantDb, 'select'>;
  scope: BoardScope;
  page: PageQuery | 'all';
}) {
  const { db, scope } = input;
  const inScope = scopeFilter(db, scope, false);
  const listed = scopeFilter(db, scope, true);
  const [[inScopeCount], [listedCount], answered] = await Promise.all([
    db
      .select({ n: count() })
      .from(pairs)
      .innerJoin(youngPeople, eq(youngPeople.id, pairs.youngPersonId))
      .where(inScope),
    db
      .select({ n: count() })
      .from(pairs)
      .innerJoin(youngPeople, eq(youngPeople.id, pairs.youngPersonId))
      .where(listed),
    db
      .select({ respondent: debriefs.respondent, answers: debriefs.answers })
      .from(debriefs)
      .innerJoin(pairs, eq(pairs.id, debriefs.pairId))
      .innerJoin(youngPeople, eq(youngPeople.id, pairs.youngPersonId))
      .where(inScope),
  ]);
  const summary = summariseDebriefs({
    pairs: inScopeCount?.n ?? 0,
    answers: answered.flatMap((a) => {
      const read = readDebriefAnswers(a.answers);
      return read ? [{ ...read, respondent: a.respondent as DebriefRespondent }] : [];
    }),
  });

  const query = db
    .select({
      pair: pairs,
      mentorFirst: mentors.firstName,
      mentorLast: mentors.lastName,
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
    .where(listed)
    .orderBy(asc(mentors.lastName), asc(mentors.firstName), asc(youngPeople.firstName), asc(pairs.id));
  const rows =
    input.page === 'all'
      ? await query
      : await query.limit(input.page.pageSize).offset(pageOffset(input.page));

  const stored = rows.length
    ? await db
        .select()
        .from(debriefs)
        .where(
          inArray(
            debriefs.pairId,
            rows.map((r) => r.pair.id),
          ),
        )
    : [];
  const answerOf = (pairId: string, respondent: DebriefRespondent): StoredAnswer | null => {
    const row = stored.find((d) => d.pairId === pairId && d.respondent === respondent);
    const read = row ? readDebriefAnswers(row.answers) : null;
    return row && read
      ? { ...read, extraAnswers: readExtraAnswers(row.extraAnswers), submittedAt: row.submittedAt }
      : null;
  };

  const items: BoardRow[] = rows.map((r) => ({
    id: r.pair.id,
    status: r.pair.status as PairStatus,
    closeOutcome: r.pair.closeOutcome,
    mentor: {
      id: r.pair.mentorId,
      name: `${r.mentorFirst} ${r.mentorLast}`,
      organizationName: r.organizationName,
    },
    youngPerson: {
      id: r.pair.youngPersonId,
      firstName: r.youngFirst,
      level: r.youngLevel as SchoolLevel,
      schoolName: r.schoolName,
    },
    answers: { mentor: answerOf(r.pair.id, 'mentor'), mentee: answerOf(r.pair.id, 'mentee') },
  }));
  return { summary, items, total: listedCount?.n ?? 0 };
}
