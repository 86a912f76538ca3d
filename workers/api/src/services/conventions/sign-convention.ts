import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import {
  assertCanSign,
  assertTransition,
  type ConventionStatus,
  DomainError,
  type SigningOrder,
  sha256Hex,
  statusAfterSignature,
} from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { appendTrailEvent } from './append-trail-event.ts';
import { completeConvention } from './complete-convention.ts';
import { findConvention, signersOf } from './convention-queries.ts';
import { signerStates } from './convention-view.ts';
import { inviteAwaitedSigners, mailInvitations } from './send-convention.ts';
import type { SigningDeps } from './signing-context.ts';
import { resolveSigningLink } from './signing-links.ts';
import { findTemplateVersionById } from './template-queries.ts';

const { conventionSigners, signingLinks, auditLog } = tenantSchema;
type Client = { ip: string | null; userAgent: string | null };

/**
 * Records one signature. Everything is re-checked inside the transaction (link, order, status,
 * the document's fingerprint both as the signer saw it and as stored), so of two concurrent
 * requests each lands whole or not at all and no trail event is lost.
 */
export async function signConvention(
  deps: SigningDeps,
  input: { token: string; documentSha256: string; client: Client },
) {
  const { db, now } = deps;
  const outcome = await withTransaction(db, async (tx) => {
    const link = await resolveSigningLink(tx, input.token, now);
    const convention = await findConvention(tx, link.conventionId);
    const version = await findTemplateVersionById(tx, convention.templateVersionId);
    const order = version.signingOrder as SigningOrder;
    const signers = await signersOf(tx, convention.id);
    const states = signerStates(signers);
    const signer = assertCanSign({
      status: convention.status as ConventionStatus,
      signers: states,
      signerId: link.signerId,
      order,
    });

    if (input.documentSha256 !== convention.documentSha256) {
      throw new DomainError({
        code: 'CONFLICT',
        message:
          'Le document a changé depuis que vous l’avez ouvert : rechargez la page et relisez-le avant de signer.',
      });
    }
    if (!convention.documentPdf || (await sha256Hex(convention.documentPdf)) !== convention.documentSha256) {
      throw new DomainError({
        code: 'CONFLICT',
        message:
          'Le document enregistré ne correspond plus à son empreinte : la signature est impossible. La collectivité a été prévenue.',
        detail: `document hash mismatch on ${convention.id}`,
      });
    }

    const at = now.toISOString();
    await tx
      .update(conventionSigners)
      .set({ status: 'signed', signedAt: at, authMethod: 'lien_email' })
      .where(eq(conventionSigners.id, signer.id));
    await tx.update(signingLinks).set({ usedAt: at }).where(eq(signingLinks.tokenHash, link.tokenHash));
    await appendTrailEvent(tx, convention.id, {
      type: signer.role === 'tenant_representative' ? 'countersigned' : 'signed',
      at: now,
      signerId: signer.id,
      authMethod: 'lien_email',
      ip: input.client.ip,
      userAgent: input.client.userAgent,
      documentSha256: convention.documentSha256,
    });
    await appendAudit(tx, auditLog, {
      actorId: null,
      action: 'convention.signed',
      entityType: 'convention',
      entityId: convention.id,
      requestId: deps.requestId,
      data: { signer: signer.id },
      at: now,
    });

    const status = statusAfterSignature(
      states.map((s) => (s.id === signer.id ? { ...s, status: 'signed' as const } : s)),
    );
    const invitations =
      status === 'sent' ? await inviteAwaitedSigners(tx, { conventionId: convention.id, order, now }) : [];
    return { conventionId: convention.id, title: convention.title, status, invitations };
  });

  await mailInvitations(deps, outcome.title, outcome.invitations);
  if (outcome.status === 'active') await completeConvention(deps, outcome.conventionId);
  return { status: outcome.status, finalAvailable: outcome.status === 'active' };
}

/** A signer refuses: the convention stops there, with the reason in the trail. */
export async function declineConvention(
  deps: SigningDeps,
  input: { token: string; reason: string; client: Client },
) {
  const { db, now } = deps;
  return withTransaction(db, async (tx) => {
    const link = await resolveSigningLink(tx, input.token, now);
    const convention = await findConvention(tx, link.conventionId);
    const signers = await signersOf(tx, convention.id);
    const signer = signers.find((s) => s.id === link.signerId)!;
    if (signer.status !== 'pending')
      throw new DomainError({ code: 'CONFLICT', message: 'Vous avez déjà répondu pour cette convention.' });
    assertTransition(convention.status as ConventionStatus, 'declined');
    const at = now.toISOString();
    await tx
      .update(conventionSigners)
      .set({ status: 'declined', declinedReason: input.reason })
      .where(eq(conventionSigners.id, signer.id));
    await tx.update(signingLinks).set({ usedAt: at }).where(eq(signingLinks.tokenHash, link.tokenHash));
    await tx
      .update(tenantSchema.conventions)
      .set({ status: 'declined', endedAt: at, endReason: input.reason, updatedAt: at })
      .where(eq(tenantSchema.conventions.id, convention.id));
    await appendTrailEvent(tx, convention.id, {
      type: 'declined',
      at: now,
      signerId: signer.id,
      authMethod: 'lien_email',
      ip: input.client.ip,
      userAgent: input.client.userAgent,
      documentSha256: convention.documentSha256,
      detail: input.reason,
    });
    await appendAudit(tx, auditLog, {
      actorId: null,
      action: 'convention.declined',
      entityType: 'convention',
      entityId: convention.id,
      requestId: deps.requestId,
      at: now,
    });
    return { status: 'declined' as const };
  });
}
