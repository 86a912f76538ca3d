import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import { type ApprovalRequest, approvalRequestView, resolveApprovalLink } from './approval-links.ts';
import type { PublicLinkContext } from './mentoring-deps.ts';

const { approvalLinks, mentors } = tenantSchema;

/**
 * The manager's answer, once: it records the decision on the mentor and spends the link in the
 * same transaction, so of two clicks only one lands.
 */
export async function decideManagerApproval(input: {
  ctx: PublicLinkContext;
  token: string;
  decision: 'approved' | 'refused';
}): Promise<ApprovalRequest & { decision: 'approved' | 'refused' }> {
  const { ctx, decision } = input;
  return withTransaction(ctx.db, async (tx) => {
    const found = await resolveApprovalLink(tx, input.token, ctx.now);
    const at = ctx.now.toISOString();
    await tx
      .update(mentors)
      .set({ managerApproval: decision, managerDecidedAt: at, updatedAt: at })
      .where(eq(mentors.id, found.mentor.id));
    await tx
      .update(approvalLinks)
      .set({ usedAt: at })
      .where(eq(approvalLinks.tokenHash, found.link.tokenHash));
    await appendAudit(tx, tenantSchema.auditLog, {
      actorId: null,
      action: `mentor.manager_${decision}`,
      entityType: 'mentor',
      entityId: found.mentor.id,
      requestId: ctx.requestId,
      data: { via: 'approval_link', ip: ctx.client.ip, userAgent: ctx.client.userAgent },
      at: ctx.now,
    });
    return { ...approvalRequestView(found, ctx.tenant.name), decision };
  });
}
