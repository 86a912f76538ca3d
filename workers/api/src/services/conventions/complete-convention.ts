import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { sha256Hex, TRAIL_EVENT_LABELS } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { renderFinalPdf } from '../../conventions/pdf/render-final-pdf.ts';
import { appendTrailEvent, readTrail } from './append-trail-event.ts';
import { findConvention, signersOf } from './convention-queries.ts';
import { registerSignedDocument } from './register-signed-document.ts';
import type { SigningDeps } from './signing-context.ts';
import { activatedMail } from './signing-mail.ts';

const { conventions, auditLog } = tenantSchema;

/**
 * Once every party has signed: the final PDF (signed document + certificate page quoting the
 * trail) is produced and hashed, and the convention becomes active. Idempotent: a second call on
 * an already completed convention does nothing.
 */
export async function completeConvention(deps: SigningDeps, conventionId: string): Promise<void> {
  const { db, now } = deps;
  const convention = await findConvention(db, conventionId);
  if (convention.finalSha256 || convention.status !== 'sent' || !convention.documentPdf) return;
  const signers = await signersOf(db, conventionId);
  if (signers.some((s) => s.status !== 'signed')) return;
  const names = new Map(signers.map((s) => [s.id, `${s.name} (${s.label})`]));
  const trail = await readTrail(db, conventionId);

  const finalPdf = await renderFinalPdf({
    original: convention.documentPdf,
    conventionId,
    certificate: {
      title: convention.title,
      tenantName: deps.tenant.name,
      documentSha256: convention.documentSha256!,
      parties: signers.map((s) => ({
        label: s.label,
        name: s.name,
        title: s.title,
        email: s.email,
        signedAt: s.signedAt!,
        authMethod: authLabel(s.authMethod),
      })),
      events: trail.map((e) => ({
        at: e.at,
        label: TRAIL_EVENT_LABELS[e.type],
        who: e.signerId ? (names.get(e.signerId) ?? null) : null,
        authMethod: e.authMethod ? authLabel(e.authMethod) : null,
        ip: e.ip,
        userAgent: e.userAgent,
      })),
      generatedAt: now.toISOString(),
    },
  });
  const finalSha256 = await sha256Hex(finalPdf);

  const completed = await withTransaction(db, async (tx) => {
    const current = await findConvention(tx, conventionId);
    if (current.finalSha256 || current.status !== 'sent') return false;
    const at = now.toISOString();
    await tx
      .update(conventions)
      .set({ status: 'active', finalPdf, finalSha256, activatedAt: at, updatedAt: at })
      .where(eq(conventions.id, conventionId));
    await appendTrailEvent(tx, conventionId, {
      type: 'activated',
      at: now,
      documentSha256: finalSha256,
      detail: `document signé : ${finalSha256}`,
    });
    await appendAudit(tx, auditLog, {
      actorId: null,
      action: 'convention.activated',
      entityType: 'convention',
      entityId: conventionId,
      requestId: deps.requestId,
      at: now,
    });
    return true;
  });
  if (!completed) return;
  await registerSignedDocument(deps.control, {
    sha256: finalSha256,
    tenantId: deps.tenant.id,
    conventionId,
    kind: 'final',
  });
  for (const signer of signers) {
    await deps.mailer.send(
      activatedMail({
        to: signer.email,
        title: convention.title,
        tenantName: deps.tenant.name,
        startDate: convention.startDate,
        verifyUrl: `${deps.publicUrl}/verifier`,
      }),
    );
  }
}

export function authLabel(method: string | null): string {
  if (method === 'lien_email') return 'lien personnel envoyé par courriel';
  if (method === 'proconnect') return 'ProConnect';
  return method ?? '';
}
