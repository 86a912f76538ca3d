import { appendAudit, type TenantDb, tenantSchema, withTransaction } from '@passerelle/db';
import {
  assertCanLogMeeting,
  assertWithinAllowance,
  type MeetingInput,
  newId,
  type PairStatus,
} from '@passerelle/domain';
import { and, desc, eq, gte, sum } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { findPair } from './pair-queries.ts';

const { meetings, pairs, auditLog } = tenantSchema;

/** The school year a date falls in starts on 1 September: the allowance is yearly. */
export function schoolYearStart(date: string): string {
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= '09-01' ? `${year}-09-01` : `${year - 1}-09-01`;
}

/** Minutes an agent mentor has spent on work time in the school year of `date`. */
export async function usedMinutes(
  db: Pick<TenantDb, 'select'>,
  mentorId: string,
  date: string,
): Promise<number> {
  const [row] = await db
    .select({ minutes: sum(meetings.durationMinutes) })
    .from(meetings)
    .innerJoin(pairs, eq(pairs.id, meetings.pairId))
    .where(
      and(
        eq(pairs.mentorId, mentorId),
        eq(meetings.onWorkTime, true),
        gte(meetings.date, schoolYearStart(date)),
      ),
    );
  return Number(row?.minutes ?? 0);
}

/** Logs a meeting; the first one makes the pair active; an agent's time counts against the allowance. */
export async function logMeeting(input: {
  ctx: TenantServiceContext;
  pairId: string;
  data: MeetingInput;
  mentorIdentityId?: string;
}) {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const { pair, mentor } = await findPair(tx, input.pairId, input.mentorIdentityId);
    assertCanLogMeeting(pair.status as PairStatus);
    if (mentor.onWorkTime) {
      assertWithinAllowance({
        allowanceHours: mentor.hoursAllowance,
        usedMinutes: await usedMinutes(tx, mentor.id, data.date),
        addMinutes: data.durationMinutes,
      });
    }
    const id = newId('mtg');
    await tx.insert(meetings).values({
      id,
      pairId: pair.id,
      date: data.date,
      durationMinutes: data.durationMinutes,
      kind: data.kind,
      note: data.note || null,
      onWorkTime: mentor.onWorkTime,
      loggedBy: ctx.actorId,
    });
    if (pair.status !== 'active') {
      await tx
        .update(pairs)
        .set({
          status: 'active',
          activatedAt: ctx.now.toISOString(),
          introducedAt: pair.introducedAt ?? data.date,
          updatedAt: ctx.now.toISOString(),
        })
        .where(eq(pairs.id, pair.id));
    }
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'mentoring.meeting.logged',
      entityType: 'pair',
      entityId: pair.id,
      requestId: ctx.requestId,
      data: { minutes: data.durationMinutes },
      at: ctx.now,
    });
    return { id };
  });
}

/** Meetings of a pair, newest first; the note is the coordinator's only. */
export async function listMeetings(input: { db: TenantDb; pairId: string; mentorIdentityId?: string }) {
  const { pair } = await findPair(input.db, input.pairId, input.mentorIdentityId);
  const rows = await input.db
    .select()
    .from(meetings)
    .where(eq(meetings.pairId, pair.id))
    .orderBy(desc(meetings.date));
  return rows.map((m) => ({
    id: m.id,
    date: m.date,
    durationMinutes: m.durationMinutes,
    kind: m.kind,
    onWorkTime: m.onWorkTime,
    ...(input.mentorIdentityId ? {} : { note: m.note }),
  }));
}
