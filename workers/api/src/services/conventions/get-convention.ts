import { type TenantDb, tenantSchema } from '@passerelle/db';
import { type CommitmentType, type SigningOrder, verifyTrail } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { readTrail } from './append-trail-event.ts';
import { commitmentsOf, findConvention, organizationNames, signersOf } from './convention-queries.ts';
import { conventionSummary, signerView, trailView } from './convention-view.ts';
import { findTemplateVersionById } from './template-queries.ts';

/**
 * Everything about one convention, with its trail checked link by link. A partner (`visibleTo`)
 * sees its own conventions once sent (not withdrawn), and the trail without the other parties' IP
 * and browser.
 */
export async function getConvention(input: { db: TenantDb; id: string; visibleTo?: readonly string[] }) {
  const { db } = input;
  const row = await findConvention(db, input.id, input.visibleTo);
  const [renewal] = await db
    .select({ id: tenantSchema.conventions.id })
    .from(tenantSchema.conventions)
    .where(eq(tenantSchema.conventions.renewalOfId, row.id))
    .limit(1);
  const version = await findTemplateVersionById(db, row.templateVersionId);
  const signers = await signersOf(db, row.id);
  const names = await organizationNames(db, [
    row.partnerOrganizationId,
    ...(row.operatorOrganizationId ? [row.operatorOrganizationId] : []),
  ]);
  const trail = await readTrail(db, row.id);
  const verdict = await verifyTrail(trail);
  return {
    ...conventionSummary({
      row,
      partnerName: names.get(row.partnerOrganizationId) ?? '',
      signers,
      signingOrder: version.signingOrder as SigningOrder,
    }),
    templateVersion: {
      id: version.id,
      templateId: version.templateId,
      version: version.version,
      title: version.title,
      // What a correction of the draft is checked against (the template may have moved on since).
      commitmentTypes: version.commitmentTypes as CommitmentType[],
      durationMonths: version.durationMonths,
      signingOrder: version.signingOrder as SigningOrder,
    },
    operator: row.operatorOrganizationId
      ? { id: row.operatorOrganizationId, name: names.get(row.operatorOrganizationId) ?? '' }
      : null,
    commitments: (await commitmentsOf(db, row.id)).map((c) => ({
      type: c.type,
      quantityPerYear: c.quantityPerYear,
      note: c.note,
    })),
    signers: signers.map(signerView),
    documentSha256: row.documentSha256,
    finalSha256: row.finalSha256,
    endReason: row.endReason,
    renewedById: renewal?.id ?? null,
    trail: input.visibleTo
      ? trailView(trail, signers).map(({ ip: _ip, userAgent: _ua, ...rest }) => rest)
      : trailView(trail, signers),
    trailVerified: verdict.ok,
  };
}
