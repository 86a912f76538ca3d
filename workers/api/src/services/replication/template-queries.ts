import { type ControlDb, controlSchema } from '@passerelle/db';
import { notFound, type ProgramTemplateDefinition } from '@passerelle/domain';
import { and, desc, eq } from 'drizzle-orm';

const { programTemplates, programTemplateVersions } = controlSchema;

type Reader = Pick<ControlDb, 'select'>;
export type TemplateRow = typeof programTemplates.$inferSelect;
export type TemplateVersionRow = typeof programTemplateVersions.$inferSelect;

export async function findTemplate(control: Reader, id: string): Promise<TemplateRow> {
  const [row] = await control.select().from(programTemplates).where(eq(programTemplates.id, id));
  if (!row) throw notFound('Modèle de programme');
  return row;
}

export async function findTemplateVersion(
  control: Reader,
  templateId: string,
  version: string,
): Promise<TemplateVersionRow | null> {
  const [row] = await control
    .select()
    .from(programTemplateVersions)
    .where(
      and(eq(programTemplateVersions.templateId, templateId), eq(programTemplateVersions.version, version)),
    );
  return row ?? null;
}

/** The version a template's `latestVersion` names (always written with it). */
export async function latestVersionOf(control: Reader, template: TemplateRow): Promise<TemplateVersionRow> {
  const row = await findTemplateVersion(control, template.id, template.latestVersion);
  if (!row) throw notFound('Version du modèle');
  return row;
}

export function versionsOf(control: Reader, templateId: string) {
  return control
    .select()
    .from(programTemplateVersions)
    .where(eq(programTemplateVersions.templateId, templateId))
    .orderBy(desc(programTemplateVersions.versionOrder));
}

export const definitionOf = (version: TemplateVersionRow) => version.definition as ProgramTemplateDefinition;
