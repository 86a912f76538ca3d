import { Hono } from 'hono';
import { enqueueJob } from '../background/enqueue-job.ts';
import type { AppEnv } from '../context.ts';
import { requireNationalAdmin } from '../middleware/session.ts';
import { nationalContext } from '../services/replication/national-context.ts';
import { StartOnboardingInput } from '../services/replication/replication-inputs.ts';
import { findOnboarding, onboardingView } from '../services/tenants/onboarding-view.ts';
import { retryOnboarding, startOnboarding } from '../services/tenants/start-onboarding.ts';
import { parseJsonBody } from '../validation.ts';
import { idParam } from './id-param.ts';

/** A region onboarded from templates in one flow, its steps run in the background. */
export function nationalOnboardingsRoutes() {
  const routes = new Hono<AppEnv>();
  const id = idParam('onb');
  routes.use('*', requireNationalAdmin());
  const signInUrl = (url: string) => new URL('/connexion', url).toString();

  routes.post('/', async (c) => {
    const data = await parseJsonBody(c, StartOnboardingInput);
    const row = await startOnboarding({ ctx: nationalContext(c), data });
    await enqueueJob(c, { type: 'onboarding', onboardingId: row.id, signInUrl: signInUrl(c.req.url) });
    return c.json(await onboardingView(c.var.deps.control, row), 202);
  });

  routes.get('/:id', async (c) => {
    const { control } = c.var.deps;
    return c.json(await onboardingView(control, await findOnboarding(control, id(c))));
  });

  routes.post('/:id/retry', async (c) => {
    const row = await retryOnboarding({ ctx: nationalContext(c), id: id(c) });
    await enqueueJob(c, { type: 'onboarding', onboardingId: row.id, signInUrl: signInUrl(c.req.url) });
    return c.json(await onboardingView(c.var.deps.control, row), 202);
  });
  return routes;
}
