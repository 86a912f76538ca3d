import { appendAudit, type TenantDb, tenantSchema, withTransaction } from '@passerelle/db';
import {
  assertTransition,
  awaitedSigners,
  type ConventionStatus,
  DomainError,
  type SigningOrder,
  sha256Hex,
} from '@passerelle/domain';
import { desc, eq } from 'drizzle-orm';
import { appendTrailEvent } from './append-trail-event.ts';
import { findConvention, signersOf } from './convention-queries.ts';
import { signerStates } from './convention-view.ts';
import { registerSignedDocument } from './register-signed-document.ts';
import { renderConventionDocument } from './render-convention-document.ts';
import type { SigningDeps } from './signing-context.ts';
import { issueSigningLink } from './signing-links.ts';
import { signingMail } from './signing-mail.ts';
import { findTemplateVersionById } from './template-queries.ts';

const { conventions, conventionEvents, conventionSigners, auditLog } = tenantSchema;

async function lastTrailSeq(db: Pick<TenantDb, 'select'>, conventionId: string) {
  const [last] = await db
    .select({ seq: conventionEvents.seq })
    .from(conventionEvents)
    .where(eq(conventionEvents.conventionId, conventionId))
    .orderBy(desc(conventionEvents.seq))
    .limit(1);
  return last?.seq ?? 0;
}

/**
 * Freezes the document (PDF + SHA-256), then invites the first signer(s). From here on the text
 * cannot change: every signature is checked against this fingerprint.
 */
export async function sendConvention(deps: SigningDeps, conventionId: string) {
  const { db, now } = deps;
  const draft = await findConvention(db, conventionId);
  assertTransition(draft.status as ConventionStatus, 'sent');
  const rendered = await lastTrailSeq(db, conventionId);
  const pdf = await renderConventionDocument({
    db,
    conventionId,
    tenantName: deps.tenant.name,
    issuedAt: now,
  });
  const sha256 = await sha256Hex(pdf);

  const invitations = await withTransaction(db, async (tx) => {
    const convention = await findConvention(tx, conventionId);
    assertTransition(convention.status as ConventionStatus, 'sent');
    // The PDF was rendered outside the transaction: a correction landing meanwhile (it appends to
    // the trail) would otherwise freeze the old text and invite the new signers.
    if ((await lastTrailSeq(tx, conventionId)) !== rendered) {
      throw new DomainError({
        code: 'CONFLICT',
        message: 'Le brouillon vient d’être corrigé : relisez-le, puis envoyez-le de nouveau.',
      });
    }
    await tx
      .update(conventions)
      .set({
        status: 'sent',
        documentPdf: pdf,
        documentSha256: sha256,
        sentAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .where(eq(conventions.id, conventionId));
    await appendTrailEvent(tx, conventionId, {
      type: 'sent',
      at: now,
      actor: deps.actorId,
      documentSha256: sha256,
    });
    await appendAudit(tx, auditLog, {
      actorId: deps.actorId,
      action: 'convention.sent',
      entityType: 'convention',
      entityId: conventionId,
      requestId: deps.requestId,
      at: now,
    });
    const version = await findTemplateVersionById(tx, convention.templateVersionId);
    return inviteAwaitedSigners(tx, { conventionId, order: version.signingOrder as SigningOrder, now });
  });
  await registerSignedDocument(deps.control, {
    sha256,
    tenantId: deps.tenant.id,
    conventionId,
    kind: 'sent',
  });
  await mailInvitations(deps, draft.title, invitations);
  return { documentSha256: sha256 };
}

type Invitation = { email: string; name: string; token: string };

/** Issues links to whoever is awaited now and records when they were told. Inside a transaction. */
export async function inviteAwaitedSigners(
  tx: Parameters<Parameters<typeof withTransaction>[1]>[0],
  input: { conventionId: string; order: SigningOrder; now: Date },
): Promise<Invitation[]> {
  const signers = await signersOf(tx, input.conventionId);
  const awaited = awaitedSigners(signerStates(signers), input.order);
  const invitations: Invitation[] = [];
  for (const state of awaited) {
    const signer = signers.find((s) => s.id === state.id)!;
    if (signer.notifiedAt) continue;
    const token = await issueSigningLink(tx, {
      signerId: signer.id,
      conventionId: input.conventionId,
      now: input.now,
    });
    await tx
      .update(conventionSigners)
      .set({ notifiedAt: input.now.toISOString() })
      .where(eq(conventionSigners.id, signer.id));
    invitations.push({ email: signer.email, name: signer.name, token });
  }
  return invitations;
}

export async function mailInvitations(
  deps: SigningDeps,
  title: string,
  invitations: Invitation[],
  reminder = false,
) {
  for (const invitation of invitations) {
    await deps.mailer.send(
      signingMail({
        to: invitation.email,
        signerName: invitation.name,
        title,
        tenantName: deps.tenant.name,
        url: `${deps.publicUrl}/t/${deps.tenant.slug}/signer/${invitation.token}`,
        reminder,
      }),
    );
  }
}
