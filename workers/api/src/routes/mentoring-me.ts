import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';
import { mentorSpace } from '../services/mentoring/mentor-space.ts';

/** The mentor's own space. */
export function mentoringMeRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/', requireRole('mentor'), async (c) =>
    c.json(
      await mentorSpace({
        db: c.var.tenantDb,
        identityId: c.var.identity!.id,
        today: c.var.deps.now?.() ?? new Date(),
      }),
    ),
  );
  return routes;
}
