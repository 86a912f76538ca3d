import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { assertTransition, assertWithdrawable, type ConventionStatus } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { Mailer } from '../../mail/mailer.ts';
import type { TenantServiceContext } from '../service-context.ts';
import { appendTrailEvent } from './append-trail-event.ts';
import { findConvention, signersOf } from './convention-queries.ts';
import { signerStates } from './convention-view.ts';

const { conventions, signingLinks, auditLog } = tenantSchema;

/**
 * Withdraws a draft, or a convention sent that nobody has signed yet, with the reason in the trail.
 * A sent one's links stop serving at once (they expire now, and the signing routes refuse any link
 * of a withdrawn convention), and whoever already received a link is told by mail: the others never
 * heard of it.
 */
export async function withdrawConvention(input: {
  ctx: TenantServiceContext;
  conventionId: string;
  reason: string;
  mailer: Mailer;
  tenantName: string;
}) {
  const { ctx } = input;
  const withdrawn = await withTransaction(ctx.db, async (tx) => {
    const convention = await findConvention(tx, input.conventionId);
    const signers = await signersOf(tx, convention.id);
    const status = convention.status as ConventionStatus;
    assertWithdrawable({ status, signers: signerStates(signers) });
    assertTransition(status, 'withdrawn');
    const at = ctx.now.toISOString();
    await tx
      .update(conventions)
      .set({ status: 'withdrawn', endedAt: at, endReason: input.reason, updatedAt: at })
      .where(eq(conventions.id, convention.id));
    await tx.update(signingLinks).set({ expiresAt: at }).where(eq(signingLinks.conventionId, convention.id));
    await appendTrailEvent(tx, convention.id, {
      type: 'withdrawn',
      at: ctx.now,
      actor: ctx.actorId,
      documentSha256: convention.documentSha256,
      detail: input.reason,
    });
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'convention.withdrawn',
      entityType: 'convention',
      entityId: convention.id,
      requestId: ctx.requestId,
      data: { from: status },
      at: ctx.now,
    });
    return { title: convention.title, told: signers.filter((s) => s.notifiedAt && s.status === 'pending') };
  });
  for (const signer of withdrawn.told) {
    await input.mailer.send({
      to: signer.email,
      subject: `Convention retirée : ${withdrawn.title}`,
      text: `Bonjour ${signer.name},\n\n${input.tenantName} a retiré la convention « ${withdrawn.title} » avant sa signature. Le lien de signature que vous avez reçu ne fonctionne plus et vous n’avez rien à faire.\nMotif : ${input.reason}\n\nSi une nouvelle convention vous est proposée, vous recevrez un nouveau lien.`,
    });
  }
}
