import {
  ANY_TENANT_ROLE,
  AttendanceInput,
  PageQuery,
  PartnerEventInput,
  PartnerEventQuery,
  RegistrationInput,
} from '@passerelle/domain';
import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { requireRole } from '../middleware/tenant.ts';
import { cancelPartnerEvent } from '../services/partner-events/cancel-partner-event.ts';
import { createPartnerEvent } from '../services/partner-events/create-partner-event.ts';
import { getPartnerEvent } from '../services/partner-events/get-partner-event.ts';
import { listPartnerEvents } from '../services/partner-events/list-partner-events.ts';
import { markPartnerEventHeld } from '../services/partner-events/mark-partner-event-held.ts';
import type { EventCaller } from '../services/partner-events/partner-event-access.ts';
import { registerForPartnerEvent } from '../services/partner-events/register-for-partner-event.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseJsonBody, parseQuery } from '../validation.ts';

const ListQuery = z.object({ ...PartnerEventQuery.shape, ...PageQuery.shape });
const EventId = z.string().check(z.regex(/^evt_[0-9a-z]{26}$/, 'Identifiant d’action invalide.'));

const callerOf = (c: Context<AppEnv>): EventCaller => ({
  identityId: c.var.identity!.id,
  roles: c.var.roles,
});

/** Actions partners offer under their convention (site visits, discovery days, meetings). */
export function partnerEventsRoutes() {
  const routes = new Hono<AppEnv>();
  // An id of the wrong shape cannot exist in this tenant: same answer as an unknown one.
  const idOf = (raw: string | undefined) => {
    const parsed = EventId.safeParse(raw);
    return parsed.success ? parsed.data : 'evt_0';
  };

  routes.get('/', requireRole(...ANY_TENANT_ROLE), async (c) => {
    const query = parseQuery(c, ListQuery);
    return c.json(await listPartnerEvents({ db: c.var.tenantDb, caller: callerOf(c), query }));
  });

  routes.post('/', requireRole('tenant_admin', 'partner_referent'), async (c) => {
    const data = await parseJsonBody(c, PartnerEventInput);
    return c.json(await createPartnerEvent({ ctx: serviceContext(c), caller: callerOf(c), data }), 201);
  });

  routes.get('/:id', requireRole(...ANY_TENANT_ROLE), async (c) => {
    const id = idOf(c.req.param('id'));
    return c.json(await getPartnerEvent({ db: c.var.tenantDb, caller: callerOf(c), id }));
  });

  routes.post('/:id/registrations', requireRole('tenant_admin', 'school_referent'), async (c) => {
    const data = await parseJsonBody(c, RegistrationInput);
    const eventId = idOf(c.req.param('id'));
    return c.json(
      await registerForPartnerEvent({ ctx: serviceContext(c), caller: callerOf(c), eventId, data }),
      201,
    );
  });

  routes.post('/:id/held', requireRole('tenant_admin', 'partner_referent'), async (c) => {
    const data = await parseJsonBody(c, AttendanceInput);
    const eventId = idOf(c.req.param('id'));
    return c.json(await markPartnerEventHeld({ ctx: serviceContext(c), caller: callerOf(c), eventId, data }));
  });

  routes.post('/:id/cancel', requireRole('tenant_admin', 'partner_referent'), async (c) => {
    const eventId = idOf(c.req.param('id'));
    return c.json(await cancelPartnerEvent({ ctx: serviceContext(c), caller: callerOf(c), eventId }));
  });

  return routes;
}
