import {
  appendAudit,
  type ControlDb,
  controlSchema,
  type TenantRecord,
  withTransaction,
} from '@passerelle/db';
import { conflict, DomainError, newId } from '@passerelle/domain';
import type { NationalContext } from './national-context.ts';
import { tenantsOfField } from './registry-tenants.ts';
import type { StartReplicationInput } from './replication-inputs.ts';
import { findTemplate, findTemplateVersion } from './template-queries.ts';

const { replicationRuns, replicationRunItems, nationalAuditLog } = controlSchema;

/**
 * Records a replication of one template version into many tenants: the run `queued` and one
 * `pending` item per tenant, in one transaction. The caller hands the run's id to the background.
 */
export async function startReplication(input: {
  ctx: NationalContext;
  data: StartReplicationInput;
  onboardingId?: string;
}): Promise<{ runId: string }> {
  const { ctx, data } = input;
  const { control } = ctx.deps;
  const template = await findTemplate(control, data.templateId).catch(() => {
    throw new DomainError({
      code: 'VALIDATION',
      message: 'Modèle inconnu.',
      fields: { templateId: 'Aucun modèle de ce nom.' },
    });
  });
  if (template.status !== 'published')
    throw conflict('Ce modèle n’est pas publié : il ne peut être répliqué.');
  const version = data.version ?? template.latestVersion;
  if (!(await findTemplateVersion(control, template.id, version))) {
    throw new DomainError({
      code: 'VALIDATION',
      message: `Le modèle n’a pas de version ${version}.`,
      fields: { version: 'Version inconnue.' },
    });
  }
  const targets = await tenantsOfField(control, data.tenants, 'tenants');
  const runId = newId('rrn');
  await recordRun({
    control,
    ctx,
    runId,
    templateId: template.id,
    version,
    targets,
    onboardingId: input.onboardingId,
  });
  return { runId };
}

async function recordRun(input: {
  control: ControlDb;
  ctx: NationalContext;
  runId: string;
  templateId: string;
  version: string;
  targets: TenantRecord[];
  onboardingId: string | undefined;
}) {
  const { ctx, runId } = input;
  const at = ctx.now.toISOString();
  await withTransaction(input.control, async (tx) => {
    await tx.insert(replicationRuns).values({
      id: runId,
      templateId: input.templateId,
      version: input.version,
      status: 'queued',
      total: input.targets.length,
      requestedBy: ctx.actorId,
      onboardingId: input.onboardingId ?? null,
      createdAt: at,
    });
    // SQLite binds a bounded number of values per statement: items go in slices.
    for (let i = 0; i < input.targets.length; i += 500) {
      await tx
        .insert(replicationRunItems)
        .values(
          input.targets
            .slice(i, i + 500)
            .map((t) => ({ runId, tenantId: t.id, status: 'pending', updatedAt: at })),
        );
    }
    await appendAudit(tx, nationalAuditLog, {
      actorId: ctx.actorId,
      action: 'replication.started',
      entityType: 'replication_run',
      entityId: runId,
      requestId: ctx.requestId,
      data: { templateId: input.templateId, version: input.version, tenants: input.targets.length },
      at: ctx.now,
    });
  });
}
