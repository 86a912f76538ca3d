import { controlSchema, openTenantDb, tenantSchema } from '@passerelle/db';
import { parseInput } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../deps.ts';
import { publishTemplate } from '../services/replication/publish-template.ts';
import { PublishTemplateInput } from '../services/replication/replication-inputs.ts';

/**
 * The national catalogue of the demo: Clermont-Ferrand's Pass'3e published as a template, adopted
 * by nobody yet, so the coordination can replicate it and a tenant admin can adopt it.
 */
export async function seedDemoTemplates(input: { deps: AppDeps; actorId: string }) {
  const { deps } = input;
  const [clermont] = await deps.control
    .select()
    .from(controlSchema.tenants)
    .where(eq(controlSchema.tenants.slug, 'ville-de-clermont-ferrand'));
  if (!clermont) return;
  const db = openTenantDb(await deps.connectTenant(clermont));
  const [pass3e] = await db
    .select({ id: tenantSchema.discoveryPrograms.id })
    .from(tenantSchema.discoveryPrograms)
    .limit(1);
  if (!pass3e) return;
  await publishTemplate({
    ctx: { deps, actorId: input.actorId, requestId: 'seed', now: new Date() },
    data: parseInput(PublishTemplateInput, {
      tenant: clermont.slug,
      programKind: 'discovery',
      programId: pass3e.id,
      slug: 'pass-3e-semaine-de-decouverte',
      name: 'Pass’3e — semaine de découverte',
      summary:
        'Le stage d’observation de 3e accueilli par la collectivité : places partagées entre collèges selon l’effectif et l’éducation prioritaire, groupes de cinq mixtes, une journée citoyenne, trois journées dans des services, une restitution.',
      version: '1.0.0',
      changelog: 'Première version, d’après le Pass’3e de Clermont-Ferrand.',
    }),
  });
}
