import { MentorInput } from '@passerelle/domain';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';
import { createMentor } from '../services/mentoring/mentors/create-mentor.ts';
import { listMentors } from '../services/mentoring/mentors/list-mentors.ts';
import { callerOf, outreachFrom } from '../services/mentoring/mentors/mentoring-deps.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseJsonBody } from '../validation.ts';
import { idParam } from './id-param.ts';

/** A program's mentors: the admin names any, a partner referent its own organization's. */
export function programMentorsRoutes() {
  const routes = new Hono<AppEnv>();
  const programId = idParam('mpg', 'programId');
  const namers = requireRole('tenant_admin', 'partner_referent');

  routes.get('/', namers, async (c) => {
    const ctx = serviceContext(c);
    return c.json(
      await listMentors({ db: ctx.db, caller: callerOf(c), programId: programId(c), now: ctx.now }),
    );
  });

  routes.post('/', namers, async (c) => {
    const data = await parseJsonBody(c, MentorInput);
    const mentor = await createMentor({
      ctx: serviceContext(c),
      outreach: outreachFrom(c),
      caller: callerOf(c),
      programId: programId(c),
      data,
    });
    return c.json(mentor, 201);
  });

  return routes;
}
