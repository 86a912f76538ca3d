import { dayDate } from '../labels.ts';
import type { PlanDay, PlanGroup, PlanWeek } from '../types.ts';

/** The groups of a week, in number order, from every host-day they appear in. */
export function weekGroups(week: PlanWeek): PlanGroup[] {
  const byId = new Map<string, PlanGroup>();
  for (const day of week.days) {
    for (const group of day.groups ?? []) byId.set(group.id, group);
    for (const hostDay of day.hosts) for (const group of hostDay.groups) byId.set(group.id, group);
  }
  return [...byId.values()].sort((a, b) => a.number - b.number);
}

export const dateOf = (week: PlanWeek, day: PlanDay) => day.date ?? dayDate(week.startDate, day.dayIndex);
