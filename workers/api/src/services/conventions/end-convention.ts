import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import {
  addDays,
  assertTransition,
  type CommitmentType,
  type ConventionStatus,
  DomainError,
  type Signatory,
} from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { Mailer } from '../../mail/mailer.ts';
import type { TenantServiceContext } from '../service-context.ts';
import { appendTrailEvent } from './append-trail-event.ts';
import { commitmentsOf, findConvention, signersOf } from './convention-queries.ts';
import { createConvention } from './create-convention.ts';
import { findTemplate, findTemplateVersionById } from './template-queries.ts';

const { conventions, auditLog } = tenantSchema;

/** Ends an active convention before its term, with the reason kept in the trail; the signers are told. */
export async function terminateConvention(input: {
  ctx: TenantServiceContext;
  conventionId: string;
  reason: string;
  mailer: Mailer;
  tenantName: string;
}) {
  const { ctx } = input;
  const ended = await withTransaction(ctx.db, async (tx) => {
    const convention = await findConvention(tx, input.conventionId);
    assertTransition(convention.status as ConventionStatus, 'terminated');
    const at = ctx.now.toISOString();
    await tx
      .update(conventions)
      .set({ status: 'terminated', endedAt: at, endReason: input.reason, updatedAt: at })
      .where(eq(conventions.id, convention.id));
    await appendTrailEvent(tx, convention.id, {
      type: 'terminated',
      at: ctx.now,
      actor: ctx.actorId,
      detail: input.reason,
    });
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'convention.terminated',
      entityType: 'convention',
      entityId: convention.id,
      requestId: ctx.requestId,
      at: ctx.now,
    });
    return convention;
  });
  for (const signer of await signersOf(ctx.db, ended.id)) {
    await input.mailer.send({
      to: signer.email,
      subject: `Convention résiliée : ${ended.title}`,
      text: `Bonjour ${signer.name},\n\n${input.tenantName} a résilié la convention « ${ended.title} ».\nMotif : ${input.reason}\n\nLe document signé reste conservé avec son historique et vérifiable.`,
    });
  }
}

/**
 * Renewal: a new draft linked to the old convention, pre-filled with the same partner, operator,
 * commitments and signers, on the template's current version, starting the day after the old end.
 */
export async function renewConvention(input: { ctx: TenantServiceContext; conventionId: string }) {
  const { ctx } = input;
  const old = await findConvention(ctx.db, input.conventionId);
  if (!['active', 'expired', 'terminated'].includes(old.status)) {
    throw new DomainError({
      code: 'CONFLICT',
      message: 'Seule une convention active, expirée ou résiliée peut être renouvelée.',
    });
  }
  const version = await findTemplateVersionById(ctx.db, old.templateVersionId);
  const template = await findTemplate(ctx.db, version.templateId);
  const commitments = await commitmentsOf(ctx.db, old.id);
  const signers = await signersOf(ctx.db, old.id);
  const roles = new Set((version.signatories as Signatory[]).map((s) => s.role));
  const newId = await createConvention({
    ctx,
    renewalOfId: old.id,
    data: {
      templateId: template.id,
      partnerOrganizationId: old.partnerOrganizationId,
      ...(old.operatorOrganizationId ? { operatorOrganizationId: old.operatorOrganizationId } : {}),
      startDate: addDays(old.endDate, 1),
      commitments: commitments.map((c) => ({
        type: c.type as CommitmentType,
        quantityPerYear: c.quantityPerYear,
        ...(c.note ? { note: c.note } : {}),
      })),
      signers: signers
        .filter((s) => roles.has(s.role as never))
        .map((s) => ({ role: s.role as Signatory['role'], name: s.name, title: s.title, email: s.email })),
    },
  });
  await withTransaction(ctx.db, async (tx) => {
    await appendTrailEvent(tx, old.id, {
      type: 'renewed',
      at: ctx.now,
      actor: ctx.actorId,
      detail: `renouvelée par ${newId}`,
    });
  });
  return newId;
}
