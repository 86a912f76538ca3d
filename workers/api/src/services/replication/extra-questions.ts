import type { TenantDb } from '@passerelle/db';
import { type ExtraQuestion, extraQuestions, type TemplateProgramKind } from '@passerelle/domain';
import { defaultExtras, type TemplateExtras } from './default-extras.ts';
import { adoptionOfProgram } from './program-definition.ts';

/**
 * The questions a program's forms ask after their built-in ones: its adopted template's own
 * survey questions (the tenant's copy, as the latest applied version left it). A program that
 * was not adopted from a template asks none.
 */
export async function programExtraQuestions(
  db: Pick<TenantDb, 'select'>,
  kind: TemplateProgramKind,
  programId: string,
): Promise<ExtraQuestion[]> {
  const adopted = await adoptionOfProgram(db, programId);
  if (!adopted) return [];
  const extras = adopted.extras as Partial<TemplateExtras> | null;
  return extraQuestions(extras?.surveyQuestions ?? [], defaultExtras(kind).surveyQuestions);
}

/** The extra questions of several programs at once, by program id. */
export async function programsExtraQuestions(
  db: Pick<TenantDb, 'select'>,
  kind: TemplateProgramKind,
  programIds: readonly string[],
): Promise<Map<string, ExtraQuestion[]>> {
  const unique = [...new Set(programIds)];
  const found = await Promise.all(unique.map((id) => programExtraQuestions(db, kind, id)));
  return new Map(unique.map((id, i) => [id, found[i]!]));
}
