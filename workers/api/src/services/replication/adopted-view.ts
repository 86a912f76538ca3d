import { type ControlDb, controlSchema, type TenantDb, tenantSchema } from '@passerelle/db';
import {
  compareSemver,
  diffTemplateVersions,
  fieldLabel,
  localChanges,
  notFound,
  type ProgramTemplateDefinition,
  type TemplateProgramKind,
} from '@passerelle/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import { type AdoptedRow, readProgramDefinition } from './program-definition.ts';
import { definitionOf, findTemplateVersion, type TemplateRow } from './template-queries.ts';

const { adoptedTemplates, adoptedTemplateEvents } = tenantSchema;
const { programTemplates } = controlSchema;

type TenantReader = Pick<TenantDb, 'select'>;
type ControlReader = Pick<ControlDb, 'select'>;

export async function findAdopted(db: TenantReader, id: string): Promise<AdoptedRow> {
  const [row] = await db.select().from(adoptedTemplates).where(eq(adoptedTemplates.id, id));
  if (!row) throw notFound('Modèle adopté');
  return row;
}

/** The tenant's copy as it is now: its program, its convention template's current version, its extras. */
export async function localDefinitionOf(db: TenantReader, adopted: AdoptedRow) {
  const { definition, program } = await readProgramDefinition({
    db,
    kind: adopted.kind as TemplateProgramKind,
    programId: adopted.programId,
  });
  return { definition, programName: program.row.name };
}

async function templatesById(control: ControlReader, ids: string[]) {
  const rows = ids.length
    ? await control.select().from(programTemplates).where(inArray(programTemplates.id, ids))
    : [];
  return new Map(rows.map((r) => [r.id, r]));
}

function summaryOf(input: {
  adopted: AdoptedRow;
  template: TemplateRow | undefined;
  programName: string;
  localChangeCount: number;
}) {
  const { adopted, template } = input;
  const latestVersion = template?.latestVersion ?? adopted.version;
  return {
    id: adopted.id,
    template: {
      id: adopted.templateId,
      slug: template?.slug ?? adopted.templateSlug,
      name: template?.name ?? adopted.templateName,
    },
    kind: adopted.kind as TemplateProgramKind,
    version: adopted.version,
    latestVersion,
    updateAvailable: compareSemver(latestVersion, adopted.version) > 0,
    program: { kind: adopted.kind as TemplateProgramKind, id: adopted.programId, name: input.programName },
    localChangeCount: input.localChangeCount,
    adoptedAt: adopted.createdAt,
    updatedAt: adopted.updatedAt,
  };
}
export type AdoptedTemplateSummary = ReturnType<typeof summaryOf>;

export async function listAdoptedTemplates(input: { db: TenantReader; control: ControlReader }) {
  const rows = await input.db.select().from(adoptedTemplates).orderBy(asc(adoptedTemplates.templateName));
  const templates = await templatesById(
    input.control,
    rows.map((r) => r.templateId),
  );
  const items = [];
  for (const adopted of rows) {
    const local = await localDefinitionOf(input.db, adopted);
    items.push(
      summaryOf({
        adopted,
        template: templates.get(adopted.templateId),
        programName: local.programName,
        localChangeCount: localChanges(adopted.baseDefinition as ProgramTemplateDefinition, local.definition)
          .length,
      }),
    );
  }
  return { items };
}

/** One adopted template: the tenant's own changes, its history, and the diff of the latest version if newer. */
export async function adoptedTemplateDetail(input: { db: TenantReader; control: ControlReader; id: string }) {
  const adopted = await findAdopted(input.db, input.id);
  const template = (await templatesById(input.control, [adopted.templateId])).get(adopted.templateId);
  const base = adopted.baseDefinition as ProgramTemplateDefinition;
  const local = await localDefinitionOf(input.db, adopted);
  const changes = localChanges(base, local.definition);
  const events = await input.db
    .select()
    .from(adoptedTemplateEvents)
    .where(eq(adoptedTemplateEvents.adoptedTemplateId, adopted.id))
    .orderBy(asc(adoptedTemplateEvents.seq));
  const summary = summaryOf({
    adopted,
    template,
    programName: local.programName,
    localChangeCount: changes.length,
  });
  let update = null;
  if (template && summary.updateAvailable) {
    const target = await findTemplateVersion(input.control, template.id, template.latestVersion);
    if (target) {
      update = {
        version: target.version,
        changelog: target.changelog,
        changes: diffTemplateVersions({ base, local: local.definition, target: definitionOf(target) }),
      };
    }
  }
  const skipped = Object.entries(adopted.skippedFields as Record<string, string>).map(([path, version]) => ({
    path,
    label: fieldLabel(path),
    version,
  }));
  return {
    ...summary,
    localChanges: changes,
    history: events.map((e) => ({
      action: e.action as 'adopted' | 'updated',
      fromVersion: e.fromVersion,
      toVersion: e.toVersion,
      applied: e.applied as string[],
      skipped: e.skipped as string[],
      at: e.at,
    })),
    update,
    skippedFields: skipped,
    // The tenant's copy as it stands, survey questions and documents included: what it runs now.
    definition: local.definition,
  };
}
export type AdoptedTemplateDetail = Awaited<ReturnType<typeof adoptedTemplateDetail>>;
