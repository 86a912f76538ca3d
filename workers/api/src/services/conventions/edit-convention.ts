import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import {
  addDays,
  addMonths,
  assertEditable,
  type CommitmentType,
  type ConventionStatus,
  type DraftSnapshot,
  draftChanges,
  type EditConventionInput,
  newId,
  type Signatory,
} from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { appendTrailEvent } from './append-trail-event.ts';
import { commitmentsOf, findConvention, signersOf } from './convention-queries.ts';
import { assertCommitmentsAllowed, assertOperator, matchSigners } from './create-convention.ts';
import { findTemplateVersionById } from './template-queries.ts';

const { conventions, conventionCommitments, conventionSigners, auditLog } = tenantSchema;

/**
 * Corrects a draft in place (a wrong address, a date, a quantity), checked against the template
 * version it was made from, as on creation. The trail and the audit log name the fields that
 * changed, not their values; a correction that changes nothing writes nothing.
 */
export async function editConvention(input: {
  ctx: TenantServiceContext;
  conventionId: string;
  data: EditConventionInput;
}) {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const convention = await findConvention(tx, input.conventionId);
    assertEditable(convention.status as ConventionStatus);
    const version = await findTemplateVersionById(tx, convention.templateVersionId);
    const signatories = version.signatories as Signatory[];
    const signerRows = await signersOf(tx, convention.id);
    const before: DraftSnapshot = {
      title: convention.title,
      startDate: convention.startDate,
      operatorOrganizationId: convention.operatorOrganizationId,
      commitments: await commitmentsOf(tx, convention.id),
      signers: signerRows,
    };

    const operatorOrganizationId =
      data.operatorOrganizationId === undefined ? before.operatorOrganizationId : data.operatorOrganizationId;
    if (data.operatorOrganizationId !== undefined)
      await assertOperator(tx, signatories, operatorOrganizationId);
    if (data.commitments)
      assertCommitmentsAllowed(data.commitments, version.commitmentTypes as CommitmentType[]);
    const signers = data.signers ? matchSigners(signatories, data.signers) : before.signers;
    const after: DraftSnapshot = {
      title: data.title ?? before.title,
      startDate: data.startDate ?? before.startDate,
      operatorOrganizationId,
      commitments: data.commitments?.map((c) => ({ ...c, note: c.note || null })) ?? before.commitments,
      signers,
    };
    const changes = draftChanges(before, after);
    if (!changes.length) return { changed: [] as string[] };

    const at = ctx.now.toISOString();
    await tx
      .update(conventions)
      .set({
        title: after.title,
        startDate: after.startDate,
        endDate: addDays(addMonths(after.startDate, version.durationMonths), -1),
        operatorOrganizationId: after.operatorOrganizationId,
        updatedAt: at,
      })
      .where(eq(conventions.id, convention.id));
    if (changes.some((c) => c.path === 'commitments')) {
      await tx.delete(conventionCommitments).where(eq(conventionCommitments.conventionId, convention.id));
      await tx.insert(conventionCommitments).values(
        after.commitments.map((c) => ({
          id: newId('cmt'),
          conventionId: convention.id,
          type: c.type,
          quantityPerYear: c.quantityPerYear,
          note: c.note,
        })),
      );
    }
    // Signer rows keep their ids (a draft has issued no link yet): only who signs changes.
    for (const row of signerRows) {
      const signer = after.signers.find((s) => s.role === row.role);
      if (!signer || (signer.name === row.name && signer.title === row.title && signer.email === row.email))
        continue;
      await tx
        .update(conventionSigners)
        .set({ name: signer.name, title: signer.title, email: signer.email })
        .where(eq(conventionSigners.id, row.id));
    }
    await appendTrailEvent(tx, convention.id, {
      type: 'edited',
      at: ctx.now,
      actor: ctx.actorId,
      detail: `modifié : ${changes.map((c) => c.label).join(', ')}`,
    });
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'convention.edited',
      entityType: 'convention',
      entityId: convention.id,
      requestId: ctx.requestId,
      data: { fields: changes.map((c) => c.path) },
      at: ctx.now,
    });
    return { changed: changes.map((c) => c.path) };
  });
}
