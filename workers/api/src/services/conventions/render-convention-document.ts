import type { TenantDb } from '@passerelle/db';
import { tenantSchema } from '@passerelle/db';
import {
  type Clause,
  type CommitmentType,
  describeCommitment,
  formatFrenchDate,
  renderClauses,
} from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { renderConventionPdf } from '../../conventions/pdf/render-convention-pdf.ts';
import { commitmentsOf, findConvention, organizationNames, signersOf } from './convention-queries.ts';
import { findTemplateVersionById } from './template-queries.ts';

/** Renders the PDF of a convention as it stands: the exact text the parties will sign. */
export async function renderConventionDocument(input: {
  db: Pick<TenantDb, 'select'>;
  conventionId: string;
  tenantName: string;
  issuedAt: Date;
}): Promise<Uint8Array> {
  const { db } = input;
  const convention = await findConvention(db, input.conventionId);
  const version = await findTemplateVersionById(db, convention.templateVersionId);
  const [partner] = await db
    .select()
    .from(tenantSchema.organizations)
    .where(eq(tenantSchema.organizations.id, convention.partnerOrganizationId));
  const operatorName = convention.operatorOrganizationId
    ? ((await organizationNames(db, [convention.operatorOrganizationId])).get(
        convention.operatorOrganizationId,
      ) ?? null)
    : null;
  const commitments = (await commitmentsOf(db, convention.id)).map((c) =>
    describeCommitment({ type: c.type as CommitmentType, quantityPerYear: c.quantityPerYear, note: c.note }),
  );
  const signers = await signersOf(db, convention.id);
  const signerText = (role: string) => {
    const s = signers.find((x) => x.role === role);
    return s ? `${s.name}, ${s.title}` : '';
  };
  const identifier = partner?.siret ? `SIRET ${partner.siret}` : partner?.rna ? `RNA ${partner.rna}` : null;
  const years = Math.round(version.durationMonths / 12);
  const clauses = renderClauses(version.clauses as Clause[], {
    collectivite: input.tenantName,
    partenaire: partner?.name ?? '',
    identifiant_partenaire: identifier ?? 'non renseigné',
    operateur: operatorName ?? 'sans objet',
    date_debut: formatFrenchDate(convention.startDate),
    date_fin: formatFrenchDate(convention.endDate),
    duree_annees:
      version.durationMonths % 12 === 0
        ? `${years} an${years > 1 ? 's' : ''}`
        : `${version.durationMonths} mois`,
    engagements: commitments.join(' ; '),
    signataire_partenaire: signerText('partner_representative'),
    signataire_collectivite: signerText('tenant_representative'),
  });
  return renderConventionPdf({
    conventionId: convention.id,
    tenantName: input.tenantName,
    title: convention.title,
    partner: { name: partner?.name ?? '', identifier },
    operatorName,
    startDate: convention.startDate,
    endDate: convention.endDate,
    clauses,
    commitments,
    signers: signers.map((s) => ({ label: s.label, name: s.name, title: s.title })),
    templateVersion: version.version,
    issuedAt: input.issuedAt.toISOString(),
  });
}
