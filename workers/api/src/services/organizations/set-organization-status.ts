import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { findOrganizationRow } from './get-organization.ts';
import { type OrganizationView, organizationView } from './organization-view.ts';

/** Archiving hides an organization without losing it, and unarchiving undoes it. */
export async function setOrganizationStatus(input: {
  ctx: TenantServiceContext;
  id: string;
  status: 'active' | 'archived';
}): Promise<OrganizationView> {
  const { ctx, id, status } = input;
  return withTransaction(ctx.db, async (tx) => {
    const current = await findOrganizationRow({ db: tx, id });
    if (current.status === status) return organizationView(current);
    const [updated] = await tx
      .update(tenantSchema.organizations)
      .set({ status, updatedAt: ctx.now.toISOString() })
      .where(eq(tenantSchema.organizations.id, id))
      .returning();
    await appendAudit(tx, tenantSchema.auditLog, {
      actorId: ctx.actorId,
      action: status === 'archived' ? 'organization.archived' : 'organization.unarchived',
      entityType: 'organization',
      entityId: id,
      requestId: ctx.requestId,
      at: ctx.now,
    });
    return organizationView(updated!);
  });
}
