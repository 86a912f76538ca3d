import { appendAudit, controlSchema, TENANT_SCHEMA_VERSION, withTransaction } from '@passerelle/db';
import { conflict, newId, versionOrder } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { NationalContext } from './national-context.ts';
import { readProgramDefinition } from './program-definition.ts';
import { assertInstantiable } from './program-writes.ts';
import { openRegistryTenantDb, tenantOfField } from './registry-tenants.ts';
import type { PublishTemplateInput } from './replication-inputs.ts';
import { templateDetail } from './template-view.ts';

const { programTemplates, programTemplateVersions, nationalAuditLog } = controlSchema;

/**
 * Publishes a tenant's program as a template of the national catalogue: its definition is read from
 * the tenant's database (no people), stored as the first version, and the template is `published`.
 */
export async function publishTemplate(input: { ctx: NationalContext; data: PublishTemplateInput }) {
  const { ctx, data } = input;
  const { control } = ctx.deps;
  const tenant = await tenantOfField(control, data.tenant, 'tenant');
  const db = await openRegistryTenantDb(ctx.deps, tenant);
  const { definition } = await readProgramDefinition({
    db,
    kind: data.programKind,
    programId: data.programId,
  });
  assertInstantiable(definition, 'definition.');
  const id = newId('tpl');
  const now = ctx.now.toISOString();
  await withTransaction(control, async (tx) => {
    const [taken] = await tx
      .select({ id: programTemplates.id })
      .from(programTemplates)
      .where(eq(programTemplates.slug, data.slug));
    if (taken)
      throw conflict('Cet identifiant de modèle est déjà pris.', { slug: `« ${data.slug} » existe déjà.` });
    await tx.insert(programTemplates).values({
      id,
      slug: data.slug,
      name: data.name,
      kind: definition.kind,
      summary: data.summary || null,
      status: 'published',
      latestVersion: data.version,
      sourceTenantId: tenant.id,
      updatedAt: now,
    });
    await tx.insert(programTemplateVersions).values({
      id: newId('tpv'),
      templateId: id,
      version: data.version,
      versionOrder: versionOrder(data.version),
      changelog: data.changelog,
      definition,
      minSchemaVersion: TENANT_SCHEMA_VERSION,
      publishedBy: ctx.actorId,
    });
    await appendAudit(tx, nationalAuditLog, {
      actorId: ctx.actorId,
      action: 'program_template.published',
      entityType: 'program_template',
      entityId: id,
      requestId: ctx.requestId,
      data: { sourceTenantId: tenant.id, programId: data.programId, version: data.version },
      at: ctx.now,
    });
  });
  const [row] = await control.select().from(programTemplates).where(eq(programTemplates.id, id));
  return templateDetail(control, row!);
}
