import { appendAudit, controlSchema, TENANT_SCHEMA_VERSION, withTransaction } from '@passerelle/db';
import {
  assertNewerVersion,
  bumpVersion,
  DomainError,
  newId,
  type ProgramTemplateDefinition,
  type TemplateProgramKind,
  versionOrder,
} from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { NationalContext } from './national-context.ts';
import { readProgramDefinition } from './program-definition.ts';
import { assertInstantiable } from './program-writes.ts';
import { openRegistryTenantDb, tenantOfField } from './registry-tenants.ts';
import type { NewVersionInput } from './replication-inputs.ts';
import { findTemplate } from './template-queries.ts';
import { templateDetail } from './template-view.ts';

const { programTemplates, programTemplateVersions, nationalAuditLog } = controlSchema;

/**
 * A new version of a template, after the latest one (versions are never rewritten): a definition
 * given as is, or read again from a tenant's program. Adopting tenants then see what it changes.
 */
export async function addTemplateVersion(input: {
  ctx: NationalContext;
  templateId: string;
  data: NewVersionInput;
}) {
  const { ctx, data } = input;
  const { control } = ctx.deps;
  const template = await findTemplate(control, input.templateId);
  const version = data.version ?? bumpVersion(template.latestVersion, data.bump!);
  assertNewerVersion(template.latestVersion, version);
  const definition = await definitionFor({ ctx, data, kind: template.kind as TemplateProgramKind });
  assertInstantiable(definition, 'definition.');

  await withTransaction(control, async (tx) => {
    // Read again inside the write: two versions posted at once cannot both be "the next".
    const [current] = await tx.select().from(programTemplates).where(eq(programTemplates.id, template.id));
    assertNewerVersion(current!.latestVersion, version);
    await tx.insert(programTemplateVersions).values({
      id: newId('tpv'),
      templateId: template.id,
      version,
      versionOrder: versionOrder(version),
      changelog: data.changelog,
      definition,
      minSchemaVersion: TENANT_SCHEMA_VERSION,
      publishedBy: ctx.actorId,
    });
    await tx
      .update(programTemplates)
      .set({ latestVersion: version, updatedAt: ctx.now.toISOString() })
      .where(eq(programTemplates.id, template.id));
    await appendAudit(tx, nationalAuditLog, {
      actorId: ctx.actorId,
      action: 'program_template.versioned',
      entityType: 'program_template',
      entityId: template.id,
      requestId: ctx.requestId,
      data: { from: template.latestVersion, version },
      at: ctx.now,
    });
  });
  return templateDetail(control, await findTemplate(control, template.id));
}

async function definitionFor(input: {
  ctx: NationalContext;
  data: NewVersionInput;
  kind: TemplateProgramKind;
}): Promise<ProgramTemplateDefinition> {
  const { data, kind } = input;
  if (data.definition) {
    if (data.definition.kind !== kind) {
      throw new DomainError({
        code: 'VALIDATION',
        message: 'La définition ne correspond pas au type du modèle.',
        fields: { 'definition.kind': `Ce modèle est de type « ${kind} ».` },
      });
    }
    return data.definition;
  }
  const from = data.fromProgram!;
  const tenant = await tenantOfField(input.ctx.deps.control, from.tenant, 'fromProgram.tenant');
  const db = await openRegistryTenantDb(input.ctx.deps, tenant);
  try {
    return (await readProgramDefinition({ db, kind, programId: from.programId })).definition;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') {
      throw new DomainError({
        code: 'VALIDATION',
        message: `Aucun programme de ce type dans « ${tenant.name} ».`,
        fields: { 'fromProgram.programId': 'Programme inconnu dans cette collectivité.' },
      });
    }
    throw error;
  }
}
