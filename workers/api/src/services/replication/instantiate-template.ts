import { appendAudit, type TenantDb, type TenantRecord, tenantSchema, withTransaction } from '@passerelle/db';
import { DomainError, newId } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { discoveryValues, insertConventionTemplate, mentoringValues } from './program-writes.ts';
import { definitionOf, type TemplateRow, type TemplateVersionRow } from './template-queries.ts';

const { adoptedTemplates, adoptedTemplateEvents, mentoringPrograms, discoveryPrograms, auditLog } =
  tenantSchema;

export type InstantiateOutcome =
  | { outcome: 'done' | 'already'; programId: string; adoptedId: string }
  | { outcome: 'skipped'; reason: string };

/** The tenant's database must be at the schema the version was published for. */
export function assertSchemaFor(tenant: TenantRecord, version: TemplateVersionRow): void {
  if (tenant.schemaVersion < version.minSchemaVersion) {
    throw new DomainError({
      code: 'TENANT_SCHEMA_BEHIND',
      message: `La base de la collectivité est au schéma ${tenant.schemaVersion}, le modèle demande ${version.minSchemaVersion} : lancez la migration puis relancez.`,
    });
  }
}

export const FROM_THIS_TENANT =
  'Ce modèle a été fait à partir d’un programme de cette collectivité : elle l’a déjà.';

/**
 * Copies a template version into one tenant: the program (a discovery program without weeks: the
 * dates are the tenant's), its convention template at version 1 (not public), the adoption with
 * the version's definition as the base of later diffs, its first history event and the audit entry,
 * all in one transaction of the tenant's database: a failure leaves nothing behind. A tenant that
 * already adopted the template is answered `already`, without writing.
 */
export async function instantiateTemplate(input: {
  db: TenantDb;
  tenant: TenantRecord;
  template: TemplateRow;
  version: TemplateVersionRow;
  actorId: string | null;
  requestId: string;
  now: Date;
  runId?: string | null;
}): Promise<InstantiateOutcome> {
  const { db, template, version, now } = input;
  if (template.sourceTenantId === input.tenant.id) return { outcome: 'skipped', reason: FROM_THIS_TENANT };
  assertSchemaFor(input.tenant, version);
  const definition = definitionOf(version);
  const at = now.toISOString();

  return withTransaction(db, async (tx) => {
    const [existing] = await tx
      .select({ id: adoptedTemplates.id, programId: adoptedTemplates.programId })
      .from(adoptedTemplates)
      .where(eq(adoptedTemplates.templateId, template.id));
    if (existing)
      return { outcome: 'already' as const, programId: existing.programId, adoptedId: existing.id };

    let programId: string;
    if (definition.kind === 'mentoring') {
      programId = newId('mpg');
      await tx
        .insert(mentoringPrograms)
        .values({ id: programId, ...mentoringValues(definition), updatedAt: at });
    } else {
      programId = newId('dpg', now.getTime());
      await tx
        .insert(discoveryPrograms)
        .values({ id: programId, ...discoveryValues(definition), updatedAt: at });
    }
    const conventionTemplateId = definition.conventionTemplate
      ? await insertConventionTemplate({
          tx,
          convention: definition.conventionTemplate,
          actorId: input.actorId,
          now,
        })
      : null;
    const adoptedId = newId('adp');
    await tx.insert(adoptedTemplates).values({
      id: adoptedId,
      templateId: template.id,
      templateSlug: template.slug,
      templateName: template.name,
      kind: definition.kind,
      version: version.version,
      baseDefinition: definition,
      extras: { surveyQuestions: definition.surveyQuestions, documents: definition.documents },
      programId,
      conventionTemplateId,
      skippedFields: {},
      replicationRunId: input.runId ?? null,
      updatedAt: at,
    });
    await tx.insert(adoptedTemplateEvents).values({
      id: newId('ade'),
      adoptedTemplateId: adoptedId,
      action: 'adopted',
      fromVersion: null,
      toVersion: version.version,
      applied: [],
      skipped: [],
      actorId: input.actorId,
      at,
      seq: 1,
    });
    await appendAudit(tx, auditLog, {
      actorId: input.actorId,
      action: 'program_template.adopted',
      entityType: 'adopted_template',
      entityId: adoptedId,
      requestId: input.requestId,
      data: {
        templateId: template.id,
        version: version.version,
        programKind: definition.kind,
        programId,
        conventionTemplateId,
        runId: input.runId ?? null,
      },
      at: now,
    });
    return { outcome: 'done' as const, programId, adoptedId };
  });
}
