import { NominationInput } from '@passerelle/domain';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';
import { callerOf, outreachFrom } from '../services/mentoring/mentors/mentoring-deps.ts';
import { listYoungPeople } from '../services/mentoring/young-people/list-young-people.ts';
import { nominateYoungPerson } from '../services/mentoring/young-people/nominate-young-person.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseJsonBody } from '../validation.ts';
import { idParam } from './id-param.ts';

/**
 * Young people proposed to a program. Only the coordinator (admin) and the schools see them;
 * partners and mentors never reach this list.
 */
export function programYoungPeopleRoutes() {
  const routes = new Hono<AppEnv>();
  const programId = idParam('mpg', 'programId');
  const schools = requireRole('tenant_admin', 'school_referent');

  routes.get('/', schools, async (c) => {
    return c.json(
      await listYoungPeople({ db: c.var.tenantDb, caller: callerOf(c), programId: programId(c) }),
    );
  });

  routes.post('/', schools, async (c) => {
    const data = await parseJsonBody(c, NominationInput);
    const nomination = await nominateYoungPerson({
      ctx: serviceContext(c),
      outreach: outreachFrom(c),
      caller: callerOf(c),
      programId: programId(c),
      data,
    });
    return c.json(nomination, 201);
  });

  return routes;
}
