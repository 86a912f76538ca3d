import { type TenantDb, tenantSchema } from '@passerelle/db';
import { canDebrief, readDebriefAnswers, readExtraAnswers, toIsoDate } from '@passerelle/domain';
import { and, count, desc, eq, inArray, isNotNull, max, ne, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { programsExtraQuestions } from '../replication/extra-questions.ts';
import { usedMinutes } from './meetings.ts';

const { mentors, mentoringPrograms, pairs, youngPeople, meetings, organizations, debriefs } = tenantSchema;
const schools = alias(organizations, 'schools');

/**
 * What a mentor sees of their mentoring: their profiles, their pairs with the young person's
 * minimal profile (first name, level, school, interests, commune — nothing else, and only once
 * the guardian has authorised), and their hours on work time. A pair closed after meeting stays
 * listed, last, for its end-of-year debrief; each pair carries the mentor's own answer, if given.
 */
export async function mentorSpace(input: { db: TenantDb; identityId: string; today: Date }) {
  const { db } = input;
  const mine = await db
    .select({ mentor: mentors, programName: mentoringPrograms.name })
    .from(mentors)
    .innerJoin(mentoringPrograms, eq(mentoringPrograms.id, mentors.programId))
    .where(eq(mentors.identityId, input.identityId));
  const ids = mine.map((m) => m.mentor.id);
  const rows = ids.length
    ? await db
        .select({
          pair: pairs,
          firstName: youngPeople.firstName,
          level: youngPeople.level,
          interests: youngPeople.interests,
          communeCode: youngPeople.communeCode,
          authorisation: youngPeople.authorisation,
          schoolName: schools.name,
        })
        .from(pairs)
        .innerJoin(youngPeople, eq(youngPeople.id, pairs.youngPersonId))
        .innerJoin(schools, eq(schools.id, youngPeople.schoolId))
        .where(
          and(inArray(pairs.mentorId, ids), or(ne(pairs.status, 'closed'), isNotNull(pairs.activatedAt))),
        )
        .orderBy(desc(pairs.proposedAt))
    : [];
  const stats = rows.length
    ? await db
        .select({ pairId: meetings.pairId, n: count(), last: max(meetings.date) })
        .from(meetings)
        .where(
          inArray(
            meetings.pairId,
            rows.map((r) => r.pair.id),
          ),
        )
        .groupBy(meetings.pairId)
    : [];
  const answers = rows.length
    ? await db
        .select()
        .from(debriefs)
        .where(
          and(
            inArray(
              debriefs.pairId,
              rows.map((r) => r.pair.id),
            ),
            eq(debriefs.respondent, 'mentor'),
          ),
        )
    : [];
  const debriefOf = (pairId: string) => {
    const row = answers.find((a) => a.pairId === pairId);
    const read = row ? readDebriefAnswers(row.answers) : null;
    return row && read
      ? {
          ...read,
          comment: read.comment ?? null,
          extraAnswers: readExtraAnswers(row.extraAnswers),
          submittedAt: row.submittedAt,
        }
      : null;
  };
  // Living pairs first; the closed ones, kept for their debrief, after.
  rows.sort((a, b) => Number(a.pair.status === 'closed') - Number(b.pair.status === 'closed'));
  const today = toIsoDate(input.today);
  const extraQuestions = await programsExtraQuestions(
    db,
    'mentoring',
    rows.map((r) => r.pair.programId),
  );
  const agent = mine.find((m) => m.mentor.onWorkTime);
  return {
    mentors: mine.map(({ mentor: m, programName }) => ({
      id: m.id,
      programId: m.programId,
      programName,
      charterSignedAt: m.charterSignedAt,
      onWorkTime: m.onWorkTime,
      managerApproval: m.managerApproval,
      hoursAllowance: m.hoursAllowance,
      honorabilityValid: Boolean(
        m.honorabilityVerified && m.honorabilityExpiresOn && m.honorabilityExpiresOn >= today,
      ),
    })),
    pairs: rows
      // A proposal is shown only once authorised; before that the mentor learns nothing about the young person.
      .filter((r) => r.authorisation === 'given')
      .map((r) => {
        const s = stats.find((x) => x.pairId === r.pair.id);
        return {
          id: r.pair.id,
          status: r.pair.status,
          programName: mine.find((m) => m.mentor.id === r.pair.mentorId)?.programName ?? '',
          mentee: {
            firstName: r.firstName,
            level: r.level,
            schoolName: r.schoolName,
            interests: r.interests as string[],
            communeCode: r.communeCode,
          },
          meetings: s?.n ?? 0,
          lastMeeting: s?.last ?? null,
          closedAt: r.pair.closedAt,
          canDebrief: canDebrief(r.pair),
          debrief: debriefOf(r.pair.id),
          /** The program's template questions, asked after the built-in ones. */
          extraQuestions: extraQuestions.get(r.pair.programId) ?? [],
        };
      }),
    hours: agent
      ? {
          allowanceHours: agent.mentor.hoursAllowance,
          usedMinutes: await usedMinutes(db, agent.mentor.id, today),
        }
      : null,
  };
}

/** Allowance vs minutes used, per agent mentoring on work time in a program. */
export async function agentHours(input: { db: TenantDb; programId: string; today: Date }) {
  const agents = await input.db
    .select()
    .from(mentors)
    .where(and(eq(mentors.programId, input.programId), eq(mentors.onWorkTime, true)));
  const today = toIsoDate(input.today);
  return {
    items: await Promise.all(
      agents.map(async (m) => ({
        mentor: { id: m.id, name: `${m.firstName} ${m.lastName}` },
        allowanceHours: m.hoursAllowance,
        usedMinutes: await usedMinutes(input.db, m.id, today),
      })),
    ),
  };
}
