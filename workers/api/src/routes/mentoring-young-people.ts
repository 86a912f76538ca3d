import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';
import { callerOf } from '../services/mentoring/mentors/mentoring-deps.ts';
import { getYoungPerson } from '../services/mentoring/young-people/get-young-person.ts';
import { idParam } from './id-param.ts';

/** One young person, for the coordinator and its own school only. */
export function mentoringYoungPeopleRoutes() {
  const routes = new Hono<AppEnv>();
  const id = idParam('yng');

  routes.get('/:id', requireRole('tenant_admin', 'school_referent'), async (c) => {
    return c.json(await getYoungPerson({ db: c.var.tenantDb, caller: callerOf(c), id: id(c) }));
  });

  return routes;
}
