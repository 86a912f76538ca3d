import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { type CreateOrganization, DomainError, missingIdentifiers, newId } from '@passerelle/domain';
import type { TenantServiceContext } from '../service-context.ts';
import { assertIdentifiersFree } from './assert-identifiers-free.ts';
import { type OrganizationView, organizationView, searchable } from './organization-view.ts';

export async function createOrganization(input: {
  ctx: TenantServiceContext;
  data: CreateOrganization;
}): Promise<OrganizationView> {
  const { ctx, data } = input;
  const missing = missingIdentifiers(data);
  if (Object.keys(missing).length > 0) {
    throw new DomainError({ code: 'VALIDATION', message: 'Un identifiant manque.', fields: missing });
  }
  const now = ctx.now.toISOString();
  const row = {
    id: newId('org', ctx.now.getTime()),
    kind: data.kind,
    name: data.name,
    searchName: searchable(data.name),
    siret: data.siret || null,
    rna: data.rna || null,
    uai: data.uai || null,
    schoolKind: data.kind === 'school' ? (data.schoolKind ?? null) : null,
    priorityEducation: data.kind === 'school' ? (data.priorityEducation ?? 'none') : null,
    communeCode: data.communeCode || null,
    communeName: data.communeName || null,
    activities: data.activities || null,
    audience: data.audience || null,
    email: data.email || null,
    enrolment3e: data.kind === 'school' ? (data.enrolment3e ?? null) : null,
    status: 'active',
    createdAt: now,
    updatedAt: now,
  };
  return withTransaction(ctx.db, async (tx) => {
    await assertIdentifiersFree({ db: tx, ...row });
    const [created] = await tx.insert(tenantSchema.organizations).values(row).returning();
    await appendAudit(tx, tenantSchema.auditLog, {
      actorId: ctx.actorId,
      action: 'organization.created',
      entityType: 'organization',
      entityId: row.id,
      requestId: ctx.requestId,
      data: { kind: row.kind, name: row.name },
      at: ctx.now,
    });
    return organizationView(created!);
  });
}
