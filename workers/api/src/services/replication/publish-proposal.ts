import { appendAudit, controlSchema, withTransaction } from '@passerelle/db';
import { conflict } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { NationalContext } from './national-context.ts';
import { findTemplate } from './template-queries.ts';
import { templateDetail } from './template-view.ts';

const { programTemplates, nationalAuditLog } = controlSchema;

/** A tenant's proposal enters the national catalogue. */
export async function publishProposal(input: { ctx: NationalContext; templateId: string }) {
  const { ctx } = input;
  const { control } = ctx.deps;
  await withTransaction(control, async (tx) => {
    const template = await findTemplate(tx, input.templateId);
    if (template.status !== 'proposed') {
      throw conflict(
        template.status === 'published'
          ? 'Ce modèle est déjà publié.'
          : 'Ce modèle est archivé : il ne peut être publié.',
      );
    }
    await tx
      .update(programTemplates)
      .set({ status: 'published', updatedAt: ctx.now.toISOString() })
      .where(eq(programTemplates.id, template.id));
    await appendAudit(tx, nationalAuditLog, {
      actorId: ctx.actorId,
      action: 'program_template.proposal_published',
      entityType: 'program_template',
      entityId: template.id,
      requestId: ctx.requestId,
      at: ctx.now,
    });
  });
  return templateDetail(control, await findTemplate(control, input.templateId));
}
