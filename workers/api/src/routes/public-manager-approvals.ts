import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { openApprovalLink } from '../services/mentoring/mentors/approval-links.ts';
import { decideManagerApproval } from '../services/mentoring/mentors/decide-manager-approval.ts';
import { publicLinkContextFrom } from '../services/mentoring/mentors/mentoring-deps.ts';
import { parseJsonBody } from '../validation.ts';

const ApprovalDecision = z.object({
  decision: z.enum(['approved', 'refused'], 'Choisissez : accord ou refus.'),
});

/** An agent's manager agrees (or not) to mentoring on work time, by the link mailed to them. */
export function publicManagerApprovalsRoutes() {
  const routes = new Hono<AppEnv>();

  routes.get('/:token', async (c) => {
    return c.json(await openApprovalLink(publicLinkContextFrom(c), c.req.param('token')));
  });

  routes.post('/:token', async (c) => {
    const { decision } = await parseJsonBody(c, ApprovalDecision);
    return c.json(
      await decideManagerApproval({ ctx: publicLinkContextFrom(c), token: c.req.param('token'), decision }),
    );
  });

  return routes;
}
