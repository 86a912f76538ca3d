import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { type CreateTemplateInput, newId, type TemplateVersionInput } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { findTemplate, findTemplateVersion } from './template-queries.ts';
import { templateView } from './template-view.ts';

const { conventionTemplates, conventionTemplateVersions, auditLog } = tenantSchema;

function versionRow(input: {
  templateId: string;
  version: number;
  data: TemplateVersionInput;
  ctx: TenantServiceContext;
}) {
  return {
    id: newId('ctv'),
    templateId: input.templateId,
    version: input.version,
    title: input.data.title,
    clauses: input.data.clauses,
    commitmentTypes: input.data.commitmentTypes,
    durationMonths: input.data.durationMonths,
    signatories: input.data.signatories,
    signingOrder: input.data.signingOrder,
    createdBy: input.ctx.actorId,
  };
}

export async function createTemplate(input: { ctx: TenantServiceContext; data: CreateTemplateInput }) {
  const { ctx, data } = input;
  const now = ctx.now.toISOString();
  return withTransaction(ctx.db, async (tx) => {
    const id = newId('ctp');
    const [template] = await tx
      .insert(conventionTemplates)
      .values({
        id,
        name: data.name,
        kind: data.kind,
        isPublic: data.isPublic,
        description: data.description ?? null,
        currentVersion: 1,
        updatedAt: now,
      })
      .returning();
    const [version] = await tx
      .insert(conventionTemplateVersions)
      .values(versionRow({ templateId: id, version: 1, data: data.version, ctx }))
      .returning();
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'convention_template.created',
      entityType: 'convention_template',
      entityId: id,
      requestId: ctx.requestId,
      at: ctx.now,
    });
    return templateView(template!, version!);
  });
}

/** A new version; conventions already made keep pointing at the version they were made from. */
export async function addTemplateVersion(input: {
  ctx: TenantServiceContext;
  templateId: string;
  data: TemplateVersionInput;
}) {
  const { ctx } = input;
  return withTransaction(ctx.db, async (tx) => {
    const template = await findTemplate(tx, input.templateId);
    const next = template.currentVersion + 1;
    const [version] = await tx
      .insert(conventionTemplateVersions)
      .values(versionRow({ templateId: template.id, version: next, data: input.data, ctx }))
      .returning();
    const [updated] = await tx
      .update(conventionTemplates)
      .set({ currentVersion: next, updatedAt: ctx.now.toISOString() })
      .where(eq(conventionTemplates.id, template.id))
      .returning();
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'convention_template.versioned',
      entityType: 'convention_template',
      entityId: template.id,
      requestId: ctx.requestId,
      data: { version: next },
      at: ctx.now,
    });
    return templateView(updated!, version!);
  });
}

export async function updateTemplate(input: {
  ctx: TenantServiceContext;
  templateId: string;
  data: {
    name?: string | undefined;
    isPublic?: boolean | undefined;
    description?: string | undefined;
    status?: 'active' | 'archived' | undefined;
  };
}) {
  const { ctx } = input;
  return withTransaction(ctx.db, async (tx) => {
    const template = await findTemplate(tx, input.templateId);
    const changes = Object.fromEntries(Object.entries(input.data).filter(([, v]) => v !== undefined));
    const [updated] = await tx
      .update(conventionTemplates)
      .set({ ...changes, updatedAt: ctx.now.toISOString() })
      .where(eq(conventionTemplates.id, template.id))
      .returning();
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'convention_template.updated',
      entityType: 'convention_template',
      entityId: template.id,
      requestId: ctx.requestId,
      data: { fields: Object.keys(changes) },
      at: ctx.now,
    });
    return templateView(updated!, await findTemplateVersion(tx, template.id, updated!.currentVersion));
  });
}
