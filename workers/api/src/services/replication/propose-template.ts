import {
  appendAudit,
  type ControlDb,
  controlSchema,
  TENANT_SCHEMA_VERSION,
  type TenantRecord,
  tenantSchema,
  withTransaction,
} from '@passerelle/db';
import { newId } from '@passerelle/domain';
import { like } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { readProgramDefinition } from './program-definition.ts';
import { assertInstantiable } from './program-writes.ts';
import { type ProposalInput, slugOf } from './replication-inputs.ts';
import { findTemplate } from './template-queries.ts';
import { templateSummaries } from './template-view.ts';

const { programTemplates, programTemplateVersions, nationalAuditLog } = controlSchema;

/**
 * A tenant admin proposes one of its programs to the national catalogue: a template `proposed`
 * at 1.0.0, which the national coordination may publish. Until then no other tenant sees it.
 */
export async function proposeTemplate(input: {
  ctx: TenantServiceContext;
  control: ControlDb;
  tenant: TenantRecord;
  data: ProposalInput;
}) {
  const { ctx, data, control } = input;
  const { definition } = await readProgramDefinition({
    db: ctx.db,
    kind: data.programKind,
    programId: data.programId,
  });
  assertInstantiable(definition, 'definition.');
  const id = newId('tpl');
  await withTransaction(control, async (tx) => {
    const base = slugOf(`${data.name} ${input.tenant.slug}`);
    const taken = new Set(
      (
        await tx
          .select({ slug: programTemplates.slug })
          .from(programTemplates)
          .where(like(programTemplates.slug, `${base}%`))
      ).map((r) => r.slug),
    );
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    await tx.insert(programTemplates).values({
      id,
      slug,
      name: data.name,
      kind: definition.kind,
      summary: data.summary || null,
      status: 'proposed',
      latestVersion: '1.0.0',
      sourceTenantId: input.tenant.id,
      updatedAt: ctx.now.toISOString(),
    });
    await tx.insert(programTemplateVersions).values({
      id: newId('tpv'),
      templateId: id,
      version: '1.0.0',
      versionOrder: 1_000_000,
      changelog: `Proposé par ${input.tenant.name}.`,
      definition,
      minSchemaVersion: TENANT_SCHEMA_VERSION,
      publishedBy: ctx.actorId,
    });
    await appendAudit(tx, nationalAuditLog, {
      actorId: ctx.actorId,
      action: 'program_template.proposed',
      entityType: 'program_template',
      entityId: id,
      requestId: ctx.requestId,
      data: { sourceTenantId: input.tenant.id, programId: data.programId },
      at: ctx.now,
    });
  });
  await withTransaction(ctx.db, (tx) =>
    appendAudit(tx, tenantSchema.auditLog, {
      actorId: ctx.actorId,
      action: 'program_template.proposed',
      entityType: data.programKind === 'mentoring' ? 'mentoring_program' : 'discovery_program',
      entityId: data.programId,
      requestId: ctx.requestId,
      data: { templateId: id },
      at: ctx.now,
    }),
  );
  const [summary] = await templateSummaries(control, [await findTemplate(control, id)]);
  return summary!;
}
