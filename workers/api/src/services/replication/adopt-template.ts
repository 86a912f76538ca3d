import type { ControlDb, TenantRecord } from '@passerelle/db';
import { conflict, notFound } from '@passerelle/domain';
import type { TenantServiceContext } from '../service-context.ts';
import { adoptedTemplateDetail } from './adopted-view.ts';
import { recordAdoption } from './adoption-registry.ts';
import { instantiateTemplate } from './instantiate-template.ts';
import { findTemplate, latestVersionOf } from './template-queries.ts';

/** A tenant admin adopts the latest version of a published template into its own database. */
export async function adoptTemplate(input: {
  ctx: TenantServiceContext;
  control: ControlDb;
  tenant: TenantRecord;
  templateId: string;
}) {
  const { ctx } = input;
  const template = await findTemplate(input.control, input.templateId).catch(() => null);
  if (template?.status !== 'published') throw notFound('Modèle de programme');
  const result = await instantiateTemplate({
    db: ctx.db,
    tenant: input.tenant,
    template,
    version: await latestVersionOf(input.control, template),
    actorId: ctx.actorId,
    requestId: ctx.requestId,
    now: ctx.now,
  });
  if (result.outcome === 'skipped') throw conflict(result.reason);
  if (result.outcome === 'already') throw conflict('Votre collectivité a déjà adopté ce modèle.');
  await recordAdoption({
    control: input.control,
    templateId: template.id,
    tenantId: input.tenant.id,
    version: template.latestVersion,
    action: 'adopted',
    actorId: ctx.actorId,
    requestId: ctx.requestId,
    at: ctx.now,
  });
  return adoptedTemplateDetail({ db: ctx.db, control: input.control, id: result.adoptedId });
}
