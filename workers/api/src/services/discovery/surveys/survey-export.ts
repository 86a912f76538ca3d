import { type TenantDb, tenantSchema } from '@passerelle/db';
import { extraAnswerCell, extraAnswerColumns, readExtraAnswers } from '@passerelle/domain';
import { asc, eq } from 'drizzle-orm';
import { toCsv } from '../../../csv.ts';
import { findDiscoveryProgram } from '../program-queries.ts';
import { RESPONDENT_LABELS, type RespondentKind } from './submit-survey.ts';

const { surveyResponses, discoveryWeeks } = tenantSchema;

/**
 * The survey answers as a spreadsheet: week, who (a kind, never a name), score, comment, then one
 * column per template question seen in the answers (in order of first appearance).
 */
export async function exportSurveys(input: { db: Pick<TenantDb, 'select'>; programId: string }) {
  const program = await findDiscoveryProgram(input.db, input.programId);
  const rows = await input.db
    .select({ response: surveyResponses, weekStart: discoveryWeeks.startDate })
    .from(surveyResponses)
    .leftJoin(discoveryWeeks, eq(discoveryWeeks.id, surveyResponses.weekId))
    .where(eq(surveyResponses.programId, program.id))
    .orderBy(asc(surveyResponses.submittedAt), asc(surveyResponses.id));
  const extras = rows.map(({ response }) => readExtraAnswers(response.extraAnswers));
  const labels = extraAnswerColumns(extras);
  const csv = toCsv(
    ['Semaine du', 'Répondant', 'Satisfaction (1 à 5)', 'Commentaire', 'Répondu le', ...labels],
    rows.map(({ response, weekStart }, i) => [
      weekStart,
      RESPONDENT_LABELS[response.respondentKind as RespondentKind] ?? response.respondentKind,
      response.satisfaction,
      (response.answers as { comment?: string }).comment ?? '',
      response.submittedAt.slice(0, 10),
      ...labels.map((label) => extraAnswerCell(extras[i]!, label)),
    ]),
  );
  return { filename: `questionnaires-${program.season}.csv`, csv };
}
