import { type TenantDb, tenantSchema } from '@passerelle/db';
import { notFound } from '@passerelle/domain';
import { asc, eq } from 'drizzle-orm';
import {
  type EventAccess,
  type EventCaller,
  eventAccess,
  managesOrganization,
  seesEvent,
  seesRegistration,
} from './partner-event-access.ts';
import {
  type EventRead,
  type PartnerEventView,
  partnerEventView,
  type RegistrationView,
  registrationView,
  selectEvents,
} from './partner-event-view.ts';

const { partnerEvents, eventRegistrations, organizations } = tenantSchema;

export type PartnerEventDetail = PartnerEventView & { registrations: RegistrationView[] };

export async function getPartnerEvent(input: {
  db: TenantDb;
  caller: EventCaller;
  id: string;
}): Promise<PartnerEventDetail> {
  const access = await eventAccess(input);
  const read = await findPartnerEvent({ db: input.db, access, id: input.id, purpose: 'read' });
  return partnerEventDetail({ db: input.db, access, read });
}

/**
 * One action as the caller may reach it: `manage` for the admin and the organization running it,
 * `read` for every tenant role but another partner. Out of reach answers 404, like an unknown id.
 */
export async function findPartnerEvent(input: {
  db: Pick<TenantDb, 'select'>;
  access: EventAccess;
  id: string;
  purpose: 'read' | 'manage';
}): Promise<EventRead> {
  const [read] = await selectEvents(input.db, eq(partnerEvents.id, input.id)).limit(1);
  const allowed =
    read &&
    (input.purpose === 'manage'
      ? managesOrganization(input.access, read.event.organizationId)
      : seesEvent(input.access, read.event.organizationId));
  if (!allowed) throw notFound('Action');
  return read;
}

export async function partnerEventDetail(input: {
  db: Pick<TenantDb, 'select'>;
  access: EventAccess;
  read: EventRead;
}): Promise<PartnerEventDetail> {
  const { event } = input.read;
  const rows = await input.db
    .select({ registration: eventRegistrations, schoolName: organizations.name })
    .from(eventRegistrations)
    .innerJoin(organizations, eq(organizations.id, eventRegistrations.schoolId))
    .where(eq(eventRegistrations.eventId, event.id))
    .orderBy(asc(eventRegistrations.createdAt), asc(eventRegistrations.id));
  return {
    ...partnerEventView(input.read),
    registrations: rows
      .filter((r) => seesRegistration(input.access, event, r.registration.schoolId))
      .map((r) => registrationView(r.registration, r.schoolName)),
  };
}
