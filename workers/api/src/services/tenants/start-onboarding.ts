import { appendAudit, controlSchema, withTransaction } from '@passerelle/db';
import { conflict, DomainError, newId } from '@passerelle/domain';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { NationalContext } from '../replication/national-context.ts';
import type { StartOnboardingInput } from '../replication/replication-inputs.ts';
import { createTenantRecord } from './onboarding-steps.ts';
import { findOnboarding, ONBOARDING_STEPS, type OnboardingRow, type StoredStep } from './onboarding-view.ts';

const { onboardings, programTemplates, nationalAuditLog } = controlSchema;

/**
 * Records a region's onboarding from templates: its registry row is created at once (so a taken
 * slug is refused here, not later), the other steps wait for the background job. Posting again
 * for a slug whose onboarding failed or is still running resumes that onboarding.
 */
export async function startOnboarding(input: {
  ctx: NationalContext;
  data: StartOnboardingInput;
}): Promise<OnboardingRow> {
  const { ctx, data } = input;
  const { control } = ctx.deps;
  await assertPublished(ctx, data.templateIds);
  const admin = { email: data.adminEmail, ...(data.adminName ? { name: data.adminName } : {}) };
  const at = ctx.now.toISOString();

  const [previous] = await control
    .select()
    .from(onboardings)
    .where(and(eq(onboardings.slug, data.slug), inArray(onboardings.status, ['running', 'failed'])))
    .orderBy(desc(onboardings.createdAt))
    .limit(1);
  if (previous) {
    await resumeOnboarding({ ctx, row: previous, templateIds: data.templateIds, admin });
    return findOnboarding(control, previous.id);
  }

  const id = newId('onb');
  await withTransaction(control, async (tx) => {
    const tenant = await createTenantRecord({
      deps: ctx.deps,
      actorId: ctx.actorId,
      requestId: ctx.requestId,
      data,
      tx,
    });
    const steps: StoredStep[] = ONBOARDING_STEPS.map((key) => ({
      key,
      status: key === 'created' ? 'done' : 'pending',
      detail: key === 'created' ? `Espace « ${tenant.slug} » créé.` : null,
      ...(key === 'invited' ? { admin } : {}),
    }));
    await tx.insert(onboardings).values({
      id,
      tenantId: tenant.id,
      slug: tenant.slug,
      templateIds: data.templateIds,
      steps,
      status: 'running',
      requestedBy: ctx.actorId,
      createdAt: at,
      updatedAt: at,
    });
    await appendAudit(tx, nationalAuditLog, {
      actorId: ctx.actorId,
      action: 'onboarding.started',
      entityType: 'onboarding',
      entityId: id,
      requestId: ctx.requestId,
      data: { tenantId: tenant.id, templateIds: data.templateIds },
      at: ctx.now,
    });
  });
  return findOnboarding(control, id);
}

/** A failed (or interrupted) onboarding goes on from its first step not done. */
export async function resumeOnboarding(input: {
  ctx: NationalContext;
  row: OnboardingRow;
  templateIds?: string[];
  admin?: StoredStep['admin'];
}): Promise<void> {
  const { ctx, row } = input;
  if (row.status === 'ready') throw conflict('Cette collectivité est déjà ouverte.');
  const steps = (row.steps as StoredStep[]).map((s) => ({
    ...s,
    ...(s.status === 'failed' ? { status: 'pending' as const } : {}),
    ...(s.key === 'invited' && s.status !== 'done' && input.admin ? { admin: input.admin } : {}),
  }));
  await withTransaction(ctx.deps.control, async (tx) => {
    await tx
      .update(onboardings)
      .set({
        steps,
        status: 'running',
        error: null,
        ...(input.templateIds ? { templateIds: input.templateIds } : {}),
        updatedAt: ctx.now.toISOString(),
      })
      .where(eq(onboardings.id, row.id));
    await appendAudit(tx, nationalAuditLog, {
      actorId: ctx.actorId,
      action: 'onboarding.resumed',
      entityType: 'onboarding',
      entityId: row.id,
      requestId: ctx.requestId,
      at: ctx.now,
    });
  });
}

export async function retryOnboarding(input: { ctx: NationalContext; id: string }): Promise<OnboardingRow> {
  const row = await findOnboarding(input.ctx.deps.control, input.id);
  if (row.status !== 'failed') {
    throw conflict(
      row.status === 'ready' ? 'Cette collectivité est déjà ouverte.' : 'L’ouverture est en cours.',
    );
  }
  await resumeOnboarding({ ctx: input.ctx, row });
  return findOnboarding(input.ctx.deps.control, row.id);
}

async function assertPublished(ctx: NationalContext, ids: readonly string[]) {
  if (ids.length === 0) return;
  const rows = await ctx.deps.control
    .select({ id: programTemplates.id, status: programTemplates.status })
    .from(programTemplates)
    .where(inArray(programTemplates.id, [...ids]));
  const published = new Set(rows.filter((r) => r.status === 'published').map((r) => r.id));
  const missing = ids.filter((id) => !published.has(id));
  if (missing.length) {
    throw new DomainError({
      code: 'VALIDATION',
      message: 'Un modèle choisi n’existe pas ou n’est pas publié.',
      fields: {
        templateIds: `Modèle${missing.length > 1 ? 's' : ''} inconnu${missing.length > 1 ? 's' : ''} ou non publié${missing.length > 1 ? 's' : ''} : ${missing.join(', ')}.`,
      },
    });
  }
}
