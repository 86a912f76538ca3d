import { tenantSchema, withTransaction } from '@passerelle/db';
import { type CommitmentType, describeCommitment } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import { appendTrailEvent } from './append-trail-event.ts';
import { commitmentsOf, findConvention, organizationNames, signersOf } from './convention-queries.ts';
import type { SigningDeps } from './signing-context.ts';
import { resolveSigningLink } from './signing-links.ts';

export const CONSENT_TEXT =
  'J’ai lu l’intégralité de la convention ci-dessus, j’ai qualité pour engager la structure que je représente, et je la signe électroniquement. Je sais que ma signature, la date, l’heure, mon adresse IP et l’empreinte du document sont enregistrées.';

/**
 * What a signer sees when opening their link; the first opening is recorded in the trail. A link
 * already used to sign still opens (read-only, with the signed PDF once everyone has signed) until
 * it expires, so the signer can come back for their copy.
 */
export async function openSigningLink(
  deps: SigningDeps,
  token: string,
  client: { ip: string | null; userAgent: string | null },
) {
  const { db, now } = deps;
  const link = await resolveSigningLink(db, token, now, { allowUsed: true });
  const convention = await findConvention(db, link.conventionId);
  const signers = await signersOf(db, convention.id);
  const signer = signers.find((s) => s.id === link.signerId)!;
  const names = await organizationNames(db, [convention.partnerOrganizationId]);

  await withTransaction(db, async (tx) => {
    const { conventionEvents } = tenantSchema;
    const [seen] = await tx
      .select({ id: conventionEvents.id })
      .from(conventionEvents)
      .where(
        and(
          eq(conventionEvents.conventionId, convention.id),
          eq(conventionEvents.signerId, signer.id),
          eq(conventionEvents.type, 'opened'),
        ),
      )
      .limit(1);
    if (!seen && signer.status === 'pending') {
      await appendTrailEvent(tx, convention.id, {
        type: 'opened',
        at: now,
        signerId: signer.id,
        authMethod: 'lien_email',
        ip: client.ip,
        userAgent: client.userAgent,
        documentSha256: convention.documentSha256,
      });
    }
  });

  return {
    convention: {
      id: convention.id,
      title: convention.title,
      status: convention.status,
      tenantName: deps.tenant.name,
      partnerName: names.get(convention.partnerOrganizationId) ?? '',
      startDate: convention.startDate,
      endDate: convention.endDate,
      commitments: (await commitmentsOf(db, convention.id)).map((c) =>
        describeCommitment({
          type: c.type as CommitmentType,
          quantityPerYear: c.quantityPerYear,
          note: c.note,
        }),
      ),
      signers: signers.map((s) => ({ label: s.label, name: s.name, status: s.status, signedAt: s.signedAt })),
    },
    signer: { label: signer.label, name: signer.name, title: signer.title, status: signer.status },
    documentSha256: convention.documentSha256,
    finalAvailable: Boolean(convention.finalSha256),
    consentText: CONSENT_TEXT,
  };
}
