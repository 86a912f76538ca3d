import { Hono } from 'hono';
import type { AppEnv } from './context.ts';
import type { AppDeps } from './deps.ts';
import { handleError, handleNotFound } from './errors.ts';
import { requestId } from './middleware/request-id.ts';
import { session } from './middleware/session.ts';
import { publicTenant, tenant } from './middleware/tenant.ts';
import { authRoutes } from './routes/auth.ts';
import { conventionTemplatesRoutes } from './routes/convention-templates.ts';
import { conventionsRoutes } from './routes/conventions.ts';
import { devOutboxRoutes } from './routes/dev-outbox.ts';
import { discoveryProgramsRoutes } from './routes/discovery-programs.ts';
import { ecosystemRoutes } from './routes/ecosystem.ts';
import { fulfilmentRoutes } from './routes/fulfilment.ts';
import { meRoutes } from './routes/me.ts';
import { mentoringMeRoutes } from './routes/mentoring-me.ts';
import { mentoringMentorsRoutes } from './routes/mentoring-mentors.ts';
import { mentoringPairsRoutes } from './routes/mentoring-pairs.ts';
import { mentoringProgramsRoutes } from './routes/mentoring-programs.ts';
import { mentoringYoungPeopleRoutes } from './routes/mentoring-young-people.ts';
import { nationalIndicatorsRoutes } from './routes/national-indicators.ts';
import { nationalOnboardingsRoutes } from './routes/national-onboardings.ts';
import { nationalReplicationsRoutes } from './routes/national-replications.ts';
import { nationalTemplatesRoutes, nationalTenantProgramsRoutes } from './routes/national-templates.ts';
import { nationalTenantRoutes } from './routes/national-tenants.ts';
import { organizationRoutes } from './routes/organizations.ts';
import { partnerEventsRoutes } from './routes/partner-events.ts';
import { programMentorsRoutes } from './routes/program-mentors.ts';
import { programYoungPeopleRoutes } from './routes/program-young-people.ts';
import { publicDiscoveryRoutes } from './routes/public-discovery.ts';
import { publicEngagementRoutes } from './routes/public-engagement.ts';
import { publicGuardianAuthorisationsRoutes } from './routes/public-guardian-authorisations.ts';
import { publicManagerApprovalsRoutes } from './routes/public-manager-approvals.ts';
import { publicSigningRoutes } from './routes/public-signing.ts';
import { publicVerifyRoutes } from './routes/public-verify.ts';
import { schoolsRoutes } from './routes/schools.ts';
import { tenantHomeRoutes } from './routes/tenant-home.ts';
import { tenantIndicatorsRoutes } from './routes/tenant-indicators.ts';
import { tenantTemplatesRoutes } from './routes/tenant-templates.ts';
import { createTenantRegistry } from './tenancy/tenant-registry.ts';

export type { AppDeps } from './deps.ts';

/**
 * The whole HTTP API, built from its dependencies so that Node, workerd and the tests all run the
 * same app. A request flows: request id → session → tenant → its DB → role → validation → verb.
 */
export function createApp(deps: AppDeps) {
  const registry = createTenantRegistry(deps);
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.notFound(handleNotFound);

  app.use('/api/*', requestId());
  app.use('/api/*', async function depsMiddleware(c, next) {
    c.set('deps', deps);
    await next();
  });
  app.get('/api/health', (c) => c.json({ ok: true }));
  app.route('/api/auth', authRoutes(deps));

  // Public: no session needed; tenant pages resolve the tenant without any membership.
  app.route('/api/public/verify', publicVerifyRoutes({ registry }));
  app.use('/api/public/t/:tenant/*', publicTenant(registry));
  app.route('/api/public/t/:tenant/engagement', publicEngagementRoutes());
  app.route('/api/public/t/:tenant/signing', publicSigningRoutes());
  app.route('/api/public/t/:tenant/mentoring/approvals', publicManagerApprovalsRoutes());
  app.route('/api/public/t/:tenant/mentoring/authorisations', publicGuardianAuthorisationsRoutes());
  app.route('/api/public/t/:tenant/discovery', publicDiscoveryRoutes());

  app.use('/api/*', session());
  app.route('/api/me', meRoutes());
  if (deps.config.mode === 'local') app.route('/api/dev/outbox', devOutboxRoutes());
  app.route('/api/national/tenants', nationalTenantRoutes({ registry }));
  app.route('/api/national/indicators', nationalIndicatorsRoutes());
  app.route('/api/national/tenants/:tenant/programs', nationalTenantProgramsRoutes());
  app.route('/api/national/templates', nationalTemplatesRoutes());
  app.route('/api/national/replications', nationalReplicationsRoutes());
  app.route('/api/national/onboardings', nationalOnboardingsRoutes());

  app.use('/api/t/:tenant/*', tenant(registry));
  app.use('/api/t/:tenant', tenant(registry));
  app.route('/api/t/:tenant', tenantHomeRoutes());
  app.route('/api/t/:tenant/organizations', organizationRoutes());
  app.route('/api/t/:tenant/schools', schoolsRoutes());
  app.route('/api/t/:tenant/convention-templates', conventionTemplatesRoutes());
  app.route('/api/t/:tenant/conventions', conventionsRoutes());
  app.route('/api/t/:tenant/fulfilment', fulfilmentRoutes());
  app.route('/api/t/:tenant/indicators', tenantIndicatorsRoutes());
  app.route('/api/t/:tenant/partner-events', partnerEventsRoutes());
  app.route('/api/t/:tenant/templates', tenantTemplatesRoutes());
  app.route('/api/t/:tenant/mentoring/programs/:programId/mentors', programMentorsRoutes());
  app.route('/api/t/:tenant/mentoring/programs/:programId/young-people', programYoungPeopleRoutes());
  app.route('/api/t/:tenant/mentoring/programs', mentoringProgramsRoutes());
  app.route('/api/t/:tenant/mentoring/mentors', mentoringMentorsRoutes());
  app.route('/api/t/:tenant/mentoring/young-people', mentoringYoungPeopleRoutes());
  app.route('/api/t/:tenant/mentoring/pairs', mentoringPairsRoutes());
  app.route('/api/t/:tenant/mentoring/me', mentoringMeRoutes());
  app.route('/api/t/:tenant/discovery/programs', discoveryProgramsRoutes());
  app.route('/api/t/:tenant/ecosystem', ecosystemRoutes());
  return app;
}

export type App = ReturnType<typeof createApp>;
