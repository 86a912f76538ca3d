import { HonorabilityInput } from '@passerelle/domain';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';
import { getMentor } from '../services/mentoring/mentors/get-mentor.ts';
import { callerOf } from '../services/mentoring/mentors/mentoring-deps.ts';
import { recordHonorability } from '../services/mentoring/mentors/record-honorability.ts';
import { signCharter } from '../services/mentoring/mentors/sign-charter.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseJsonBody } from '../validation.ts';
import { idParam } from './id-param.ts';

const CharterInput = z.object({
  accepted: z.literal(true, 'Cochez la case pour accepter la charte du mentorat.'),
});

/** One mentor: read by the admin and its organization, vetted by the admin, charter by itself. */
export function mentoringMentorsRoutes() {
  const routes = new Hono<AppEnv>();
  const id = idParam('mnt');

  routes.get('/:id', requireRole('tenant_admin', 'partner_referent'), async (c) => {
    const ctx = serviceContext(c);
    return c.json(await getMentor({ db: ctx.db, caller: callerOf(c), id: id(c), now: ctx.now }));
  });

  routes.post('/:id/honorability', requireRole('tenant_admin'), async (c) => {
    const data = await parseJsonBody(c, HonorabilityInput);
    return c.json(await recordHonorability({ ctx: serviceContext(c), mentorId: id(c), data }));
  });

  routes.post('/:id/charter', requireRole('mentor'), async (c) => {
    await parseJsonBody(c, CharterInput);
    return c.json(await signCharter({ ctx: serviceContext(c), mentorId: id(c) }));
  });

  return routes;
}
