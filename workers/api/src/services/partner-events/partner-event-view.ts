import { type TenantDb, tenantSchema } from '@passerelle/db';
import type { PartnerEventKind, PartnerEventStatus, SchoolLevel } from '@passerelle/domain';
import { eq, type SQL, sql } from 'drizzle-orm';

const { partnerEvents, eventRegistrations, organizations } = tenantSchema;

type PartnerEventRow = typeof partnerEvents.$inferSelect;
type RegistrationRow = typeof eventRegistrations.$inferSelect;

/** Columns every read of an action selects: the row, who runs it, how many are registered. */
export const eventColumns = {
  event: partnerEvents,
  organizationName: organizations.name,
  registeredCount: sql<number>`(select count(*) from ${eventRegistrations} where ${eventRegistrations.eventId} = ${partnerEvents.id})`,
};

export function selectEvents(db: Pick<TenantDb, 'select'>, where: SQL | undefined) {
  return db
    .select(eventColumns)
    .from(partnerEvents)
    .innerJoin(organizations, eq(organizations.id, partnerEvents.organizationId))
    .where(where);
}

export type EventRead = { event: PartnerEventRow; organizationName: string; registeredCount: number };

export function partnerEventView(read: EventRead) {
  const { event } = read;
  return {
    id: event.id,
    conventionId: event.conventionId,
    organization: { id: event.organizationId, name: read.organizationName },
    kind: event.kind as PartnerEventKind,
    title: event.title,
    date: event.date,
    place: event.place,
    capacity: event.capacity,
    audienceLevels: event.audienceLevels as SchoolLevel[],
    status: event.status as PartnerEventStatus,
    registeredCount: Number(read.registeredCount),
  };
}
export type PartnerEventView = ReturnType<typeof partnerEventView>;

/** Minimised on purpose: a first name and a level, never more about the young person. */
export function registrationView(row: RegistrationRow, schoolName: string) {
  return {
    id: row.id,
    eventId: row.eventId,
    school: { id: row.schoolId, name: schoolName },
    firstName: row.firstName,
    level: row.level as SchoolLevel,
    attended: row.attended,
  };
}
export type RegistrationView = ReturnType<typeof registrationView>;
