import { tenantSchema } from '@passerelle/db';
import { type CommitmentType, DomainError, EngagementInput } from '@passerelle/domain';
import { and, asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { consumeRateLimit } from '../auth/rate-limit.ts';
import type { AppEnv } from '../context.ts';
import { clientOf, signingDepsFrom } from '../services/conventions/signing-deps-from.ts';
import { lookupEstablishment, startEngagement } from '../services/conventions/start-engagement.ts';
import { findTemplateVersion } from '../services/conventions/template-queries.ts';
import { parseJsonBody } from '../validation.ts';

/** The partner engagement path: public, per tenant, rate-limited per address. */
export function publicEngagementRoutes() {
  const routes = new Hono<AppEnv>();

  routes.get('/', async (c) => {
    const db = c.var.tenantDb;
    const { conventionTemplates } = tenantSchema;
    const templates = await db
      .select()
      .from(conventionTemplates)
      .where(and(eq(conventionTemplates.isPublic, true), eq(conventionTemplates.status, 'active')))
      .orderBy(asc(conventionTemplates.name));
    const programs = await Promise.all(
      templates.map(async (t) => {
        const version = await findTemplateVersion(db, t.id, t.currentVersion);
        return {
          templateId: t.id,
          name: t.name,
          description: t.description,
          commitmentTypes: version.commitmentTypes as CommitmentType[],
          durationMonths: version.durationMonths,
        };
      }),
    );
    return c.json({ tenant: { name: c.var.tenant.name, brandColor: c.var.tenant.brandColor }, programs });
  });

  routes.get('/sirene/:siret', async (c) => {
    return c.json(await lookupEstablishment(c.var.deps.sirene, c.req.param('siret')));
  });

  routes.post('/', async (c) => {
    const { ip } = clientOf(c);
    const allowed = await consumeRateLimit({
      control: c.var.deps.control,
      key: `engagement:ip:${ip ?? 'unknown'}`,
      limit: 10,
      windowMs: 60 * 60 * 1000,
      now: Date.now(),
    });
    if (!allowed)
      throw new DomainError({
        code: 'RATE_LIMITED',
        message: 'Trop de demandes depuis cette adresse. Réessayez dans une heure.',
      });
    const data = await parseJsonBody(c, EngagementInput);
    const deps = signingDepsFrom(c);
    const result = await startEngagement({
      deps,
      sirene: c.var.deps.sirene,
      data,
      signInUrl: `${deps.publicUrl}/connexion`,
    });
    return c.json(result, 201);
  });
  return routes;
}
