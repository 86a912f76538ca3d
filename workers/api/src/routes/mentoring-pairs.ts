import { ClosePairInput, DebriefInput, isoDate, MeetingInput, notFound } from '@passerelle/domain';
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';
import { listDebriefs, submitDebrief } from '../services/mentoring/debriefs.ts';
import { listMeetings, logMeeting } from '../services/mentoring/meetings.ts';
import { callerOf } from '../services/mentoring/mentors/mentoring-deps.ts';
import { actOnPair } from '../services/mentoring/pair-actions.ts';
import { pairViewsOf } from '../services/mentoring/pair-view.ts';
import { schoolPairDebrief } from '../services/mentoring/school-debriefs.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseJsonBody } from '../validation.ts';
import { idParam } from './id-param.ts';

const IntroduceInput = z.object({ date: isoDate('Date de la première rencontre') });

/**
 * Pair actions: the coordinator's (lock, reject, close) and the mentor's own (accept, meet); the
 * end-of-year debrief, answered by the mentor, recorded for the young person by the coordinator,
 * read by the pupil's school.
 */
export function mentoringPairsRoutes() {
  const routes = new Hono<AppEnv>();
  const id = idParam('pai');
  const admin = requireRole('tenant_admin');
  const adminOrMentor = requireRole('tenant_admin', 'mentor');
  // A mentor acts on their own pairs only; the coordinator on any pair of the tenant.
  const mentorScope = (c: Context<AppEnv>) =>
    c.var.roles.includes('tenant_admin') ? {} : { mentorIdentityId: c.var.identity!.id };

  routes.get('/:id', admin, async (c) => {
    const [view] = await pairViewsOf(c.var.tenantDb, { ids: [id(c)] });
    if (!view) throw notFound('Binôme');
    return c.json(view);
  });

  for (const action of ['lock', 'unlock', 'reject'] as const) {
    routes.post(`/:id/${action}`, admin, async (c) =>
      c.json(await actOnPair({ ctx: serviceContext(c), pairId: id(c), action })),
    );
  }

  routes.post('/:id/accept', requireRole('mentor'), async (c) =>
    c.json(
      await actOnPair({
        ctx: serviceContext(c),
        pairId: id(c),
        action: 'accept',
        mentorIdentityId: c.var.identity!.id,
      }),
    ),
  );

  routes.post('/:id/introduce', adminOrMentor, async (c) => {
    const { date } = await parseJsonBody(c, IntroduceInput);
    return c.json(
      await actOnPair({
        ctx: serviceContext(c),
        pairId: id(c),
        action: 'introduce',
        date,
        ...mentorScope(c),
      }),
    );
  });

  routes.post('/:id/close', admin, async (c) => {
    const close = await parseJsonBody(c, ClosePairInput);
    return c.json(await actOnPair({ ctx: serviceContext(c), pairId: id(c), action: 'close', close }));
  });

  routes.post('/:id/meetings', adminOrMentor, async (c) => {
    const data = await parseJsonBody(c, MeetingInput);
    return c.json(await logMeeting({ ctx: serviceContext(c), pairId: id(c), data, ...mentorScope(c) }), 201);
  });

  routes.get('/:id/meetings', adminOrMentor, async (c) =>
    c.json({ items: await listMeetings({ db: c.var.tenantDb, pairId: id(c), ...mentorScope(c) }) }),
  );

  routes.post('/:id/debrief', adminOrMentor, async (c) => {
    const data = await parseJsonBody(c, DebriefInput);
    return c.json(
      await submitDebrief({ ctx: serviceContext(c), pairId: id(c), data, ...mentorScope(c) }),
      201,
    );
  });

  routes.get('/:id/debriefs', admin, async (c) =>
    c.json(await listDebriefs({ db: c.var.tenantDb, pairId: id(c) })),
  );

  routes.get('/:id/school-debrief', requireRole('school_referent'), async (c) =>
    c.json(await schoolPairDebrief({ db: c.var.tenantDb, caller: callerOf(c), pairId: id(c) })),
  );

  return routes;
}
