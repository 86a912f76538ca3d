import { daysBetween } from '../shared/dates.ts';

export const UNSIGNED_REMINDER_EVERY_DAYS = 7;
export const EXPIRY_REMINDER_DAYS = [60, 30] as const;

export type ReminderCandidate = {
  id: string;
  status: string;
  endDate: string;
  awaitedSigners: { id: string; notifiedOn: string }[];
  expiryRemindersSent: number[];
};

export type DueReminder =
  | { kind: 'unsigned'; conventionId: string; signerId: string }
  | { kind: 'expiry'; conventionId: string; daysBefore: number }
  | { kind: 'expire'; conventionId: string };

/**
 * What the daily job must do today: remind a signer a week after the last mail, warn 60 and 30 days
 * before the end (once each, and also if the job was down on the exact day), expire what ended.
 */
export function dueReminders(input: {
  today: string;
  conventions: readonly ReminderCandidate[];
}): DueReminder[] {
  const due: DueReminder[] = [];
  for (const convention of input.conventions) {
    if (convention.status === 'sent') {
      for (const signer of convention.awaitedSigners) {
        if (daysBetween(signer.notifiedOn, input.today) >= UNSIGNED_REMINDER_EVERY_DAYS) {
          due.push({ kind: 'unsigned', conventionId: convention.id, signerId: signer.id });
        }
      }
    }
    if (convention.status !== 'active') continue;
    const left = daysBetween(input.today, convention.endDate);
    if (left < 0) {
      due.push({ kind: 'expire', conventionId: convention.id });
      continue;
    }
    // The nearest threshold already reached and not yet sent: a job down on day 60 sends it on 59,
    // and one down until day 25 sends only the 30-day warning, not both.
    const reached = EXPIRY_REMINDER_DAYS.filter((d) => left <= d);
    const nearest = reached[reached.length - 1];
    if (nearest !== undefined && !convention.expiryRemindersSent.some((sent) => sent <= nearest)) {
      due.push({ kind: 'expiry', conventionId: convention.id, daysBefore: nearest });
    }
  }
  return due;
}
