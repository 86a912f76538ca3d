import { appendAudit, controlSchema, type TenantRecord, withTransaction } from '@passerelle/db';
import { DomainError } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import type { AppDeps } from '../../deps.ts';
import { jobContext } from '../replication/national-context.ts';
import { runReplication } from '../replication/run-replication.ts';
import { startReplication } from '../replication/start-replication.ts';
import { findTemplate } from '../replication/template-queries.ts';
import { inviteTenantAdmin, migrateTenantDatabase, provisionTenantDatabase } from './onboarding-steps.ts';
import { findOnboarding, type OnboardingStepKey, type StoredStep } from './onboarding-view.ts';

const { onboardings, tenants, replicationRuns, replicationRunItems, nationalAuditLog } = controlSchema;

/**
 * The background job of an onboarding from templates: its steps in order, each one's state
 * written as it starts and ends, so the progress view follows it. A step that fails marks itself
 * and the onboarding `failed` with its French error; running the job again resumes from there
 * (every step can be re-run: provisioning finds the database again, the templates' runs answer
 * `already` for a copy made before).
 */
export async function runOnboarding(input: {
  deps: AppDeps;
  onboardingId: string;
  signInUrl?: string;
}): Promise<void> {
  const { deps } = input;
  const { control } = deps;
  const row = await findOnboarding(control, input.onboardingId);
  if (row.status !== 'running') return;
  const ctx = jobContext({ deps, actorId: row.requestedBy, job: `onboarding:${row.id}` });
  let steps = row.steps as StoredStep[];

  const save = async (
    key: OnboardingStepKey,
    change: Partial<StoredStep>,
    onboarding: Record<string, unknown> = {},
  ) => {
    steps = steps.map((s) => (s.key === key ? { ...s, ...change } : s));
    await control
      .update(onboardings)
      .set({ steps, ...onboarding, updatedAt: (deps.now?.() ?? new Date()).toISOString() })
      .where(eq(onboardings.id, row.id));
  };
  const tenantRow = async (): Promise<TenantRecord> => {
    const [tenant] = row.tenantId
      ? await control.select().from(tenants).where(eq(tenants.id, row.tenantId))
      : [];
    if (!tenant)
      throw new DomainError({
        code: 'NOT_FOUND',
        message: 'L’espace de la collectivité a disparu du registre.',
      });
    return tenant;
  };

  const work: Record<
    Exclude<OnboardingStepKey, 'created'>,
    () => Promise<{ detail: string; clear?: boolean }>
  > = {
    provisioned: async () => {
      await provisionTenantDatabase({ ...ctx, tenant: await tenantRow() });
      return { detail: deps.provisioner.kind === 'local' ? 'Base locale créée.' : 'Base Turso créée.' };
    },
    migrated: async () => {
      const tenant = await migrateTenantDatabase({ ...ctx, tenant: await tenantRow() });
      return { detail: `Schéma ${tenant.schemaVersion}.` };
    },
    templates: async () =>
      replicateTemplates({
        deps,
        onboardingId: row.id,
        templateIds: row.templateIds as string[],
        tenant: await tenantRow(),
        ctx,
      }),
    invited: async () => {
      const admin = steps.find((s) => s.key === 'invited')?.admin;
      if (!admin)
        throw new DomainError({
          code: 'VALIDATION',
          message: 'L’adresse de l’administrateur·rice manque : reprenez l’ouverture.',
        });
      await inviteTenantAdmin({
        ...ctx,
        tenant: await tenantRow(),
        email: admin.email,
        name: admin.name,
        signInUrl: input.signInUrl ?? `${deps.config.publicUrl ?? 'http://localhost:8787'}/connexion`,
      });
      return { detail: `Invitation envoyée à ${admin.email}.`, clear: true };
    },
  };

  for (const step of steps) {
    if (step.status === 'done' || step.key === 'created') continue;
    await save(step.key, { status: 'running', detail: null });
    try {
      const { detail, clear } = await work[step.key]();
      await save(step.key, { status: 'done', detail, ...(clear ? { admin: null } : {}) });
    } catch (error) {
      const message =
        error instanceof DomainError
          ? error.message
          : `L’étape a échoué (${error instanceof Error ? error.message : String(error)}). Relancez l’ouverture.`;
      await save(step.key, { status: 'failed', detail: message }, { status: 'failed', error: message });
      return;
    }
  }
  await withTransaction(control, async (tx) => {
    await tx.update(onboardings).set({ status: 'ready', error: null }).where(eq(onboardings.id, row.id));
    await appendAudit(tx, nationalAuditLog, {
      actorId: row.requestedBy,
      action: 'onboarding.ready',
      entityType: 'onboarding',
      entityId: row.id,
      requestId: ctx.requestId,
      data: { tenantId: row.tenantId },
      at: ctx.now,
    });
  });
}

/** Each chosen template through its own one-tenant replication run, linked to the onboarding. */
async function replicateTemplates(input: {
  deps: AppDeps;
  onboardingId: string;
  templateIds: string[];
  tenant: TenantRecord;
  ctx: ReturnType<typeof jobContext>;
}): Promise<{ detail: string }> {
  const { deps, tenant } = input;
  const { control } = deps;
  const names: string[] = [];
  for (const templateId of input.templateIds) {
    const template = await findTemplate(control, templateId);
    const [existing] = await control
      .select()
      .from(replicationRuns)
      .where(
        and(eq(replicationRuns.onboardingId, input.onboardingId), eq(replicationRuns.templateId, templateId)),
      );
    let runId = existing?.id;
    if (!runId) {
      runId = (
        await startReplication({
          ctx: input.ctx,
          data: { templateId, tenants: [tenant.slug] },
          onboardingId: input.onboardingId,
        })
      ).runId;
    } else if (existing!.status === 'failed' || existing!.status === 'done') {
      // A retry: the failed copy goes again (a done one stays done).
      await control
        .update(replicationRunItems)
        .set({ status: 'pending', attempts: 0, error: null })
        .where(and(eq(replicationRunItems.runId, runId), eq(replicationRunItems.status, 'failed')));
      await control
        .update(replicationRuns)
        .set({ status: 'queued', finishedAt: null })
        .where(eq(replicationRuns.id, runId));
    }
    await runReplication({ deps, runId, concurrency: 1 });
    const [item] = await control
      .select()
      .from(replicationRunItems)
      .where(and(eq(replicationRunItems.runId, runId), eq(replicationRunItems.tenantId, tenant.id)));
    if (item?.status === 'failed') {
      throw new DomainError({ code: 'CONFLICT', message: `Modèle « ${template.name} » : ${item.error}` });
    }
    names.push(template.name);
  }
  return {
    detail: names.length
      ? `${names.length} modèle${names.length > 1 ? 's' : ''} copié${names.length > 1 ? 's' : ''} : ${names.join(', ')}.`
      : 'Aucun modèle choisi.',
  };
}
