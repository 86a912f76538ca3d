import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import type { Mail } from '../../mail/mailer.ts';
import type { Outreach } from '../mentoring/mentors/mentoring-deps.ts';
import type { TenantServiceContext } from '../service-context.ts';
import { findDiscoveryProgram, findWeek } from './program-queries.ts';
import { type WeekView, weekView } from './program-view.ts';
import { weekSurveyMails } from './surveys/week-survey-mails.ts';

const { discoveryWeeks, auditLog } = tenantSchema;

/**
 * Closes a week once it is over: its booklets become read-only (what the pupils wrote is what the
 * schools and the summary read), and its tutors and schools are asked for their opinion.
 * Reopening is possible, for a pupil who was ill on the last day.
 */
export async function setWeekClosed(input: {
  ctx: TenantServiceContext;
  outreach: Outreach;
  secret: string;
  programId: string;
  weekId: string;
  closed: boolean;
}): Promise<WeekView> {
  const { ctx } = input;
  const { view, mails } = await withTransaction(ctx.db, async (tx) => {
    const program = await findDiscoveryProgram(tx, input.programId);
    const week = await findWeek(tx, program.id, input.weekId);
    if (Boolean(week.closedAt) === input.closed) return { view: weekView(week), mails: [] as Mail[] };
    const closedAt = input.closed ? ctx.now.toISOString() : null;
    await tx.update(discoveryWeeks).set({ closedAt }).where(eq(discoveryWeeks.id, week.id));
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: input.closed ? 'discovery_week.closed' : 'discovery_week.reopened',
      entityType: 'discovery_week',
      entityId: week.id,
      requestId: ctx.requestId,
      data: { programId: program.id },
      at: ctx.now,
    });
    // Closing again after a reopening asks again; each respondent still answers only once.
    const mails = input.closed
      ? await weekSurveyMails({ db: tx, outreach: input.outreach, secret: input.secret, program, week })
      : [];
    return { view: weekView({ ...week, closedAt }), mails };
  });
  for (const mail of mails) await input.outreach.mailer.send(mail);
  return view;
}
