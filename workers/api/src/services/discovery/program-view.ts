import type { DiscoveryDayKind, DiscoveryPriority } from '@passerelle/domain';
import type { DiscoveryProgramRow, DiscoveryWeekRow } from './program-queries.ts';

export const weekView = (row: DiscoveryWeekRow) => ({
  id: row.id,
  startDate: row.startDate,
  closedAt: row.closedAt,
});
export type WeekView = ReturnType<typeof weekView>;

export function discoveryProgramView(row: DiscoveryProgramRow, weeks: readonly DiscoveryWeekRow[]) {
  return {
    id: row.id,
    name: row.name,
    season: row.season,
    totalPlaces: row.totalPlaces,
    priorityWeights: row.priorityWeights as Record<DiscoveryPriority, number>,
    minimumPerSchool: row.minimumPerSchool,
    groupSize: row.groupSize,
    layout: row.layout as DiscoveryDayKind[],
    status: row.status as 'active' | 'archived',
    weeks: weeks.map(weekView),
  };
}
export type DiscoveryProgramView = ReturnType<typeof discoveryProgramView>;
