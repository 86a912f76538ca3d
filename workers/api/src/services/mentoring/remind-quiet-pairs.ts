import { type TenantDb, type TenantRecord, tenantSchema } from '@passerelle/db';
import { addDays, toIsoDate } from '@passerelle/domain';
import { and, eq, inArray, max } from 'drizzle-orm';
import type { Mailer } from '../../mail/mailer.ts';

const { pairs, mentors, meetings, mentoringPrograms, youngPeople } = tenantSchema;

/**
 * Nudges the mentor of every living pair with no meeting for the program's number of weeks, once
 * per quiet spell (a new meeting, or the same delay again after the reminder, re-arms it).
 */
export async function remindQuietPairs(input: {
  db: TenantDb;
  tenant: TenantRecord;
  mailer: Mailer;
  publicUrl: string;
  now: Date;
}): Promise<number> {
  const { db } = input;
  const today = toIsoDate(input.now);
  const living = await db
    .select({
      pair: pairs,
      mentor: mentors,
      weeks: mentoringPrograms.noMeetingReminderWeeks,
      programName: mentoringPrograms.name,
      menteeName: youngPeople.firstName,
    })
    .from(pairs)
    .innerJoin(mentors, eq(mentors.id, pairs.mentorId))
    .innerJoin(mentoringPrograms, eq(mentoringPrograms.id, pairs.programId))
    .innerJoin(youngPeople, eq(youngPeople.id, pairs.youngPersonId))
    .where(inArray(pairs.status, ['accepted', 'introduced', 'active']));
  if (living.length === 0) return 0;
  const last = await db
    .select({ pairId: meetings.pairId, date: max(meetings.date) })
    .from(meetings)
    .where(
      inArray(
        meetings.pairId,
        living.map((l) => l.pair.id),
      ),
    )
    .groupBy(meetings.pairId);
  let sent = 0;
  for (const { pair, mentor, weeks, programName, menteeName } of living) {
    const since = [
      last.find((l) => l.pairId === pair.id)?.date,
      pair.acceptedAt?.slice(0, 10),
      pair.lastRemindedAt?.slice(0, 10),
    ]
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1);
    if (!since || addDays(since, weeks * 7) > today) continue;
    await input.mailer.send({
      to: mentor.email,
      subject: `Des nouvelles de votre binôme avec ${menteeName} ?`,
      text: `Bonjour ${mentor.firstName},\n\nAucune rencontre n’a été notée depuis le ${since} avec ${menteeName} (${programName}).\nSi vous vous êtes vus, notez la rencontre dans votre espace : ${input.publicUrl}/t/${input.tenant.slug}/mon-mentorat\nEn cas de difficulté, la coordination du programme est là pour vous aider.`,
    });
    await db
      .update(pairs)
      .set({ lastRemindedAt: input.now.toISOString() })
      .where(and(eq(pairs.id, pair.id)));
    sent++;
  }
  return sent;
}
