import { type TenantDb, tenantSchema } from '@passerelle/db';
import { type IndicatorSources, toIsoDate, yearOf } from '@passerelle/domain';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { getLedger } from '../conventions/ledger.ts';

const {
  adoptedTemplates,
  conventions,
  debriefs,
  discoveryPrograms,
  discoveryStudents,
  mentoringPrograms,
  mentors,
  organizations,
  pairs,
  surveyResponses,
  youngPeople,
} = tenantSchema;

const LIVING_PAIRS = ['accepted', 'introduced', 'active'];
const RESPONDENTS: Record<string, 'young' | 'adult' | 'school'> = {
  mentee: 'young',
  student: 'young',
  mentor: 'adult',
  tutor: 'adult',
  school: 'school',
};

/**
 * Reads what the indicators count from the tenant's own database, selecting only the columns
 * they need: never a name, a birth date or an e-mail. Rows keep their program id, which stays
 * here: the domain turns them into aggregates per scope.
 */
export async function loadIndicatorSources(input: { db: TenantDb; asOf: Date }): Promise<IndicatorSources> {
  const { db } = input;
  const adopted = await db
    .select({ programId: adoptedTemplates.programId, templateId: adoptedTemplates.templateId })
    .from(adoptedTemplates);
  const templateOf = new Map(adopted.map((a) => [a.programId, a.templateId]));
  const program = (kind: 'mentoring' | 'discovery') => (p: { id: string; createdAt: string }) => ({
    id: p.id,
    kind,
    templateId: templateOf.get(p.id) ?? null,
    createdAt: p.createdAt,
  });
  const programs = [
    ...(
      await db
        .select({ id: mentoringPrograms.id, createdAt: mentoringPrograms.createdAt })
        .from(mentoringPrograms)
    ).map(program('mentoring')),
    ...(
      await db
        .select({ id: discoveryPrograms.id, createdAt: discoveryPrograms.createdAt })
        .from(discoveryPrograms)
    ).map(program('discovery')),
  ];

  const young = await db
    .select({
      programId: youngPeople.programId,
      level: youngPeople.level,
      priorityEducation: organizations.priorityEducation,
      scholarship: youngPeople.scholarship,
      createdAt: youngPeople.createdAt,
    })
    .from(youngPeople)
    .innerJoin(organizations, eq(organizations.id, youngPeople.schoolId))
    .where(and(eq(youngPeople.status, 'active'), ne(youngPeople.authorisation, 'refused')));

  const students = await db
    .select({
      programId: discoveryStudents.programId,
      gender: discoveryStudents.gender,
      priorityEducation: organizations.priorityEducation,
      authorisation: discoveryStudents.authorisation,
      groupId: discoveryStudents.groupId,
      createdAt: discoveryStudents.createdAt,
    })
    .from(discoveryStudents)
    .innerJoin(organizations, eq(organizations.id, discoveryStudents.schoolId))
    .where(ne(discoveryStudents.authorisation, 'refused'));

  const activeMentors = await db
    .select({
      programId: mentors.programId,
      organizationId: mentors.organizationId,
      organizationKind: organizations.kind,
      createdAt: mentors.createdAt,
    })
    .from(mentors)
    .innerJoin(organizations, eq(organizations.id, mentors.organizationId))
    .where(eq(mentors.status, 'active'));

  const livingPairs = await db
    .select({
      programId: pairs.programId,
      acceptedAt: pairs.acceptedAt,
      proposedAt: pairs.proposedAt,
    })
    .from(pairs)
    .where(inArray(pairs.status, LIVING_PAIRS));

  const debriefAnswers = await db
    .select({
      programId: pairs.programId,
      respondent: debriefs.respondent,
      answers: debriefs.answers,
      at: debriefs.submittedAt,
    })
    .from(debriefs)
    .innerJoin(pairs, eq(pairs.id, debriefs.pairId));
  const surveyAnswers = await db
    .select({
      programId: surveyResponses.programId,
      respondent: surveyResponses.respondentKind,
      satisfaction: surveyResponses.satisfaction,
      at: surveyResponses.submittedAt,
    })
    .from(surveyResponses);

  return {
    asOf: input.asOf,
    programs,
    youngPeople: young.map((y) => ({ ...y, scholarship: Boolean(y.scholarship) })),
    students: students.map((s) => ({
      programId: s.programId,
      gender: s.gender,
      priorityEducation: s.priorityEducation,
      inGroup: s.authorisation === 'given' && s.groupId !== null,
      createdAt: s.createdAt,
    })),
    mentors: activeMentors,
    pairs: livingPairs.map((p) => ({ programId: p.programId, startedAt: p.acceptedAt ?? p.proposedAt })),
    answers: [
      ...debriefAnswers.flatMap((d) => {
        const satisfaction = (d.answers as { satisfaction?: unknown }).satisfaction;
        const respondent = RESPONDENTS[d.respondent];
        return typeof satisfaction === 'number' && respondent
          ? [{ programId: d.programId, respondent, satisfaction, at: d.at }]
          : [];
      }),
      ...surveyAnswers.flatMap((s) => {
        const respondent = RESPONDENTS[s.respondent];
        return respondent
          ? [{ programId: s.programId, respondent, satisfaction: s.satisfaction, at: s.at }]
          : [];
      }),
    ],
    conventions: await conventionCommitments(db, input.asOf),
  };
}

/**
 * Each active convention's promised and delivered units for its convention year at `asOf`, as
 * the fulfilment dashboard counts them (the same ledger, each commitment capped at its promise).
 */
async function conventionCommitments(db: TenantDb, asOf: Date) {
  const today = toIsoDate(asOf);
  const active = await db
    .select({ id: conventions.id, activatedAt: conventions.activatedAt, startDate: conventions.startDate })
    .from(conventions)
    .where(eq(conventions.status, 'active'));
  const items = [];
  for (const convention of active) {
    if ((convention.activatedAt ?? convention.startDate) > asOf.toISOString()) continue;
    const ledger = await getLedger({ db, conventionId: convention.id });
    const year = yearOf(ledger.years, today) ?? ledger.years.at(-1)?.index ?? 1;
    const rows = ledger.rows.filter((r) => r.year === year);
    items.push({
      promised: rows.reduce((s, r) => s + r.promised, 0),
      delivered: rows.reduce((s, r) => s + Math.min(r.delivered, r.promised), 0),
    });
  }
  return items;
}
