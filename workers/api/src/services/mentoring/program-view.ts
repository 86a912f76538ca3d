import type { tenantSchema } from '@passerelle/db';

type ProgramRow = typeof tenantSchema.mentoringPrograms.$inferSelect;

export function programView(row: ProgramRow, operatorName: string | null) {
  return {
    id: row.id,
    name: row.name,
    audienceLevels: row.audienceLevels as string[],
    eligibility: row.eligibility,
    season: row.season,
    durationMonths: row.durationMonths,
    defaultCapacity: row.defaultCapacity,
    weights: row.weights,
    maxDistanceKm: row.maxDistanceKm,
    operator: row.operatorOrganizationId
      ? { id: row.operatorOrganizationId, name: operatorName ?? '' }
      : null,
    agentHoursAllowance: row.agentHoursAllowance,
    noMeetingReminderWeeks: row.noMeetingReminderWeeks,
    status: row.status,
  };
}
