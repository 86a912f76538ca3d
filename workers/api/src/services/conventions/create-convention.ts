import { appendAudit, type TenantDb, tenantSchema, withTransaction } from '@passerelle/db';
import {
  addDays,
  addMonths,
  type CommitmentType,
  type CreateConventionInput,
  DomainError,
  newId,
  notFound,
  type Signatory,
} from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { appendTrailEvent } from './append-trail-event.ts';
import { findTemplate, findTemplateVersion } from './template-queries.ts';

const { conventions, conventionCommitments, conventionSigners, organizations, auditLog } = tenantSchema;

/** A draft convention from the current version of a template, for one partner. */
export async function createConvention(input: {
  ctx: TenantServiceContext;
  data: CreateConventionInput;
  renewalOfId?: string;
  /** Instead of "template title — partner" (an internship names its pupil). */
  title?: string;
}) {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const template = await findTemplate(tx, data.templateId);
    if (template.status !== 'active') {
      throw new DomainError({
        code: 'CONFLICT',
        message: 'Ce modèle est archivé.',
        fields: { templateId: 'Modèle archivé.' },
      });
    }
    const version = await findTemplateVersion(tx, template.id, template.currentVersion);
    const [partner] = await tx
      .select()
      .from(organizations)
      .where(eq(organizations.id, data.partnerOrganizationId));
    if (partner?.status !== 'active') throw notFound('Partenaire');
    const signatories = version.signatories as Signatory[];
    await assertOperator(tx, signatories, data.operatorOrganizationId ?? null);
    assertCommitmentsAllowed(data.commitments, version.commitmentTypes as CommitmentType[]);
    const signers = matchSigners(signatories, data.signers);

    const id = newId('cnv');
    const now = ctx.now.toISOString();
    const endDate = addDays(addMonths(data.startDate, version.durationMonths), -1);
    await tx.insert(conventions).values({
      id,
      templateVersionId: version.id,
      partnerOrganizationId: partner.id,
      operatorOrganizationId: data.operatorOrganizationId ?? null,
      title: input.title ?? `${version.title} — ${partner.name}`,
      status: 'draft',
      startDate: data.startDate,
      endDate,
      renewalOfId: input.renewalOfId ?? null,
      createdBy: ctx.actorId,
      updatedAt: now,
    });
    await tx.insert(conventionCommitments).values(
      data.commitments.map((c) => ({
        id: newId('cmt'),
        conventionId: id,
        type: c.type,
        quantityPerYear: c.quantityPerYear,
        note: c.note || null,
      })),
    );
    await tx.insert(conventionSigners).values(
      signers.map((s, index) => ({
        id: newId('sgn'),
        conventionId: id,
        role: s.role,
        label: s.label,
        signOrder: index + 1,
        name: s.name,
        title: s.title,
        email: s.email,
      })),
    );
    await appendTrailEvent(tx, id, {
      type: 'created',
      at: ctx.now,
      actor: ctx.actorId,
      detail: input.renewalOfId ? `renouvelle ${input.renewalOfId}` : null,
    });
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'convention.created',
      entityType: 'convention',
      entityId: id,
      requestId: ctx.requestId,
      at: ctx.now,
    });
    return id;
  });
}

/** An association when the template has it sign, or none; a missing one is named on its field. */
export async function assertOperator(
  tx: Pick<TenantDb, 'select'>,
  signatories: readonly Signatory[],
  operatorOrganizationId: string | null,
) {
  if (signatories.some((s) => s.role === 'operator') && !operatorOrganizationId) {
    throw new DomainError({
      code: 'VALIDATION',
      message: 'Ce modèle prévoit une association opératrice.',
      fields: { operatorOrganizationId: 'Choisissez l’association opératrice.' },
    });
  }
  if (operatorOrganizationId) {
    const [operator] = await tx
      .select()
      .from(organizations)
      .where(eq(organizations.id, operatorOrganizationId));
    if (operator?.kind !== 'association') throw notFound('Association opératrice');
  }
}

export function assertCommitmentsAllowed(
  commitments: CreateConventionInput['commitments'],
  allowed: CommitmentType[],
) {
  const fields: Record<string, string> = {};
  commitments.forEach((c, i) => {
    if (!allowed.includes(c.type))
      fields[`commitments.${i}.type`] = 'Ce modèle ne prévoit pas cet engagement.';
  });
  if (Object.keys(fields).length > 0)
    throw new DomainError({
      code: 'VALIDATION',
      message: 'Un engagement ne correspond pas au modèle.',
      fields,
    });
}

/** One signer per signatory of the template, in the template's order. */
export function matchSigners(signatories: readonly Signatory[], given: CreateConventionInput['signers']) {
  const fields: Record<string, string> = {};
  const matched = signatories.map((signatory, i) => {
    const signer = given.find((g) => g.role === signatory.role);
    if (!signer) fields[`signers.${i}`] = `Indiquez le signataire « ${signatory.label} ».`;
    return { ...signatory, ...(signer ?? { name: '', title: '', email: '' }) };
  });
  if (Object.keys(fields).length > 0)
    throw new DomainError({ code: 'VALIDATION', message: 'Un signataire manque.', fields });
  return matched;
}
