import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { DomainError, missingIdentifiers, type UpdateOrganization } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { assertIdentifiersFree } from './assert-identifiers-free.ts';
import { findOrganizationRow } from './get-organization.ts';
import { type OrganizationView, organizationView, searchable } from './organization-view.ts';

export async function updateOrganization(input: {
  ctx: TenantServiceContext;
  id: string;
  data: UpdateOrganization;
}): Promise<OrganizationView> {
  const { ctx, id, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const current = await findOrganizationRow({ db: tx, id });
    // An empty string clears an optional field; an absent key leaves it as it is.
    const changes = Object.fromEntries(
      Object.entries(data)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => [key, value === '' ? null : value]),
    ) as Partial<typeof current>;
    const next = { ...current, ...changes };
    const missing = missingIdentifiers({
      kind: next.kind as never,
      siret: next.siret ?? undefined,
      rna: next.rna ?? undefined,
      uai: next.uai ?? undefined,
      schoolKind: next.schoolKind ?? undefined,
    });
    if (Object.keys(missing).length > 0) {
      throw new DomainError({ code: 'VALIDATION', message: 'Un identifiant manque.', fields: missing });
    }
    await assertIdentifiersFree({
      db: tx,
      siret: changes.siret,
      rna: changes.rna,
      uai: changes.uai,
      exceptId: id,
    });
    const [updated] = await tx
      .update(tenantSchema.organizations)
      .set({ ...changes, searchName: searchable(next.name), updatedAt: ctx.now.toISOString() })
      .where(eq(tenantSchema.organizations.id, id))
      .returning();
    await appendAudit(tx, tenantSchema.auditLog, {
      actorId: ctx.actorId,
      action: 'organization.updated',
      entityType: 'organization',
      entityId: id,
      requestId: ctx.requestId,
      data: { fields: Object.keys(changes) },
      at: ctx.now,
    });
    return organizationView(updated!);
  });
}
