import { appendAudit, type TenantDb, tenantSchema, withTransaction } from '@passerelle/db';
import { conflict, DomainError, newId, validateExtraAnswers } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import { tokenHashOf } from '../../mentoring/mentors/link-tokens.ts';
import type { PublicLinkContext } from '../../mentoring/mentors/mentoring-deps.ts';
import { programExtraQuestions } from '../../replication/extra-questions.ts';
import { findBookletStudent } from '../booklet/booklet-links.ts';
import type { SurveyInput } from '../discovery-inputs.ts';
import { findDiscoveryProgram } from '../program-queries.ts';
import { type SurveyRespondent, verifySurveyToken } from './survey-links.ts';

const { bookletLinks, discoveryGroups, surveyResponses, auditLog } = tenantSchema;

export const RESPONDENT_LABELS = {
  student: 'Élève',
  tutor: 'Tuteur ou tutrice',
  school: 'Établissement',
} as const;
export type RespondentKind = keyof typeof RESPONDENT_LABELS;

/**
 * An end-of-week answer: satisfaction 1 to 5 and a comment. A pupil answers with their booklet
 * link; a tutor or a school with the signed link mailed when the week closed. Once per respondent.
 */
export async function submitSurvey(input: {
  ctx: PublicLinkContext;
  secret: string;
  token: string;
  data: SurveyInput;
}): Promise<{ respondent: RespondentKind; satisfaction: number }> {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const respondent = await respondentOf(tx, input);
    const program = await findDiscoveryProgram(tx, respondent.programId);
    const [already] = await tx
      .select({ id: surveyResponses.id })
      .from(surveyResponses)
      .where(
        and(
          eq(surveyResponses.programId, program.id),
          eq(surveyResponses.respondentKind, respondent.kind),
          eq(surveyResponses.respondentRef, respondent.ref),
        ),
      );
    if (already) throw conflict('Vous avez déjà répondu à ce questionnaire. Merci !');
    // The template's own questions, checked before anything is written: a bad answer writes nothing.
    const questions = await programExtraQuestions(tx, 'discovery', program.id);
    const extraAnswers = validateExtraAnswers(questions, data.extraAnswers ?? null);
    const id = newId('dsv', ctx.now.getTime());
    await tx.insert(surveyResponses).values({
      id,
      programId: program.id,
      weekId: respondent.weekId,
      respondentKind: respondent.kind,
      respondentRef: respondent.ref,
      satisfaction: data.satisfaction,
      answers: { comment: data.comment ?? '' },
      extraAnswers,
      submittedAt: ctx.now.toISOString(),
    });
    await appendAudit(tx, auditLog, {
      actorId: null,
      action: 'discovery_survey.answered',
      entityType: 'discovery_program',
      entityId: program.id,
      requestId: ctx.requestId,
      data: { respondentKind: respondent.kind, satisfaction: data.satisfaction },
      at: ctx.now,
    });
    return { respondent: respondent.kind, satisfaction: data.satisfaction };
  });
}

/**
 * What the survey link opens on: whether this respondent has answered, and the program's template
 * questions asked after the built-in ones (note and comment).
 */
export async function openSurvey(input: { ctx: PublicLinkContext; secret: string; token: string }) {
  const respondent = await respondentOf(input.ctx.db, input);
  const program = await findDiscoveryProgram(input.ctx.db, respondent.programId);
  const [already] = await input.ctx.db
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.programId, program.id),
        eq(surveyResponses.respondentKind, respondent.kind),
        eq(surveyResponses.respondentRef, respondent.ref),
      ),
    );
  return {
    respondent: respondent.kind,
    answered: Boolean(already),
    extraQuestions: await programExtraQuestions(input.ctx.db, 'discovery', program.id),
  };
}

async function respondentOf(
  tx: Pick<TenantDb, 'select'>,
  input: { ctx: PublicLinkContext; secret: string; token: string },
): Promise<Omit<SurveyRespondent, 'kind' | 'weekId'> & { kind: RespondentKind; weekId: string | null }> {
  const hash = await tokenHashOf(input.token);
  const [booklet] = hash
    ? await tx
        .select({ studentId: bookletLinks.studentId })
        .from(bookletLinks)
        .where(eq(bookletLinks.tokenHash, hash))
    : [];
  if (booklet) {
    const student = await findBookletStudent(tx, input.token, input.ctx.now);
    const [group] = student.groupId
      ? await tx
          .select({ weekId: discoveryGroups.weekId })
          .from(discoveryGroups)
          .where(eq(discoveryGroups.id, student.groupId))
      : [];
    return { kind: 'student', programId: student.programId, weekId: group?.weekId ?? null, ref: student.id };
  }
  const signed = await verifySurveyToken({
    secret: input.secret,
    tenantSlug: input.ctx.tenant.slug,
    token: input.token,
  });
  if (!signed)
    throw new DomainError({ code: 'NOT_FOUND', message: 'Ce lien de questionnaire n’existe pas.' });
  return signed;
}
