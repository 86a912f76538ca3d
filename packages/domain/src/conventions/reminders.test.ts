import { describe, expect, it } from 'vitest';
import { dueReminders, type ReminderCandidate } from './reminders.ts';

const active = (endDate: string, expiryRemindersSent: number[] = []): ReminderCandidate => ({
  id: 'c',
  status: 'active',
  endDate,
  awaitedSigners: [],
  expiryRemindersSent,
});

describe('due reminders', () => {
  it('reminds an awaited signer a week after they were last told, not before', () => {
    const sent: ReminderCandidate = {
      id: 'c',
      status: 'sent',
      endDate: '2030-01-01',
      awaitedSigners: [{ id: 's', notifiedOn: '2027-01-04' }],
      expiryRemindersSent: [],
    };
    expect(dueReminders({ today: '2027-01-10', conventions: [sent] })).toEqual([]);
    expect(dueReminders({ today: '2027-01-11', conventions: [sent] })).toEqual([
      { kind: 'unsigned', conventionId: 'c', signerId: 's' },
    ]);
  });

  it('warns 60 then 30 days before the end, once each', () => {
    expect(dueReminders({ today: '2029-10-31', conventions: [active('2029-12-31')] })).toEqual([]);
    expect(dueReminders({ today: '2029-11-01', conventions: [active('2029-12-31')] })).toEqual([
      { kind: 'expiry', conventionId: 'c', daysBefore: 60 },
    ]);
    expect(dueReminders({ today: '2029-11-20', conventions: [active('2029-12-31', [60])] })).toEqual([]);
    expect(dueReminders({ today: '2029-12-01', conventions: [active('2029-12-31', [60])] })).toEqual([
      { kind: 'expiry', conventionId: 'c', daysBefore: 30 },
    ]);
    expect(dueReminders({ today: '2029-12-15', conventions: [active('2029-12-31', [60, 30])] })).toEqual([]);
  });

  it('catches up after a job outage with the nearest warning only', () => {
    expect(dueReminders({ today: '2029-12-10', conventions: [active('2029-12-31')] })).toEqual([
      { kind: 'expiry', conventionId: 'c', daysBefore: 30 },
    ]);
  });

  it('expires the day after the end date', () => {
    expect(dueReminders({ today: '2029-12-31', conventions: [active('2029-12-31', [60, 30])] })).toEqual([]);
    expect(dueReminders({ today: '2030-01-01', conventions: [active('2029-12-31', [60, 30])] })).toEqual([
      { kind: 'expire', conventionId: 'c' },
    ]);
  });
});
