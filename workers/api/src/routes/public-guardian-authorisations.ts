import { GuardianAuthorisationInput } from '@passerelle/domain';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { publicLinkContextFrom } from '../services/mentoring/mentors/mentoring-deps.ts';
import {
  authoriseMentoring,
  refuseMentoring,
} from '../services/mentoring/young-people/decide-guardian-authorisation.ts';
import { openGuardianLink } from '../services/mentoring/young-people/guardian-links.ts';
import { parseJsonBody } from '../validation.ts';

/**
 * A guardian authorises (or refuses) a young person's mentoring by the link mailed to them. The
 * link is the authentication; the decision is recorded with the address and browser it came from.
 */
export function publicGuardianAuthorisationsRoutes() {
  const routes = new Hono<AppEnv>();

  routes.get('/:token', async (c) => {
    return c.json(await openGuardianLink(publicLinkContextFrom(c), c.req.param('token')));
  });

  routes.post('/:token', async (c) => {
    const data = await parseJsonBody(c, GuardianAuthorisationInput);
    return c.json(
      await authoriseMentoring({ ctx: publicLinkContextFrom(c), token: c.req.param('token'), data }),
    );
  });

  routes.post('/:token/refuse', async (c) => {
    await parseJsonBody(c, z.object({}));
    return c.json(await refuseMentoring({ ctx: publicLinkContextFrom(c), token: c.req.param('token') }));
  });

  return routes;
}
