import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import {
  conflict,
  DomainError,
  newId,
  notFound,
  type RegistrationInput,
  SCHOOL_LEVEL_LABELS,
  type SchoolLevel,
} from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { findPartnerEvent } from './get-partner-event.ts';
import { type EventCaller, eventAccess } from './partner-event-access.ts';
import { type RegistrationView, registrationView } from './partner-event-view.ts';

const { eventRegistrations, organizations } = tenantSchema;

/** A school referent registers pupils of its own school; the admin, of any school of the tenant. */
export async function registerForPartnerEvent(input: {
  ctx: TenantServiceContext;
  caller: EventCaller;
  eventId: string;
  data: RegistrationInput;
}): Promise<RegistrationView> {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const access = await eventAccess({ db: tx, caller: input.caller });
    const { event, registeredCount } = await findPartnerEvent({
      db: tx,
      access,
      id: input.eventId,
      purpose: 'read',
    });
    // Another school, or an organization that is no school: unknown to this caller.
    const ownSchool = access.isAdmin || (access.isSchool && access.organizationIds.includes(data.schoolId));
    const [school] = ownSchool
      ? await tx
          .select()
          .from(organizations)
          .where(
            and(
              eq(organizations.id, data.schoolId),
              eq(organizations.kind, 'school'),
              eq(organizations.status, 'active'),
            ),
          )
      : [];
    if (!school) throw notFound('Établissement');
    if (event.status !== 'scheduled') {
      throw conflict(
        event.status === 'held'
          ? 'Cette action a déjà eu lieu : les inscriptions sont closes.'
          : 'Cette action est annulée : les inscriptions sont closes.',
      );
    }
    const audience = event.audienceLevels as SchoolLevel[];
    if (!audience.includes(data.level)) {
      throw new DomainError({
        code: 'VALIDATION',
        message: 'Un champ est à corriger.',
        fields: {
          level: `Cette action s’adresse aux élèves de ${audience.map((l) => SCHOOL_LEVEL_LABELS[l]).join(', ')}.`,
        },
      });
    }
    if (Number(registeredCount) >= event.capacity) {
      throw conflict(`Plus de place : les ${event.capacity} places de cette action sont prises.`);
    }
    const row = {
      id: newId('reg', ctx.now.getTime()),
      eventId: event.id,
      schoolId: school.id,
      firstName: data.firstName,
      level: data.level,
      registeredBy: ctx.actorId,
      attended: null,
      createdAt: ctx.now.toISOString(),
    };
    await tx.insert(eventRegistrations).values(row);
    // The trail is append-only and cannot be erased: it keeps no first name.
    await appendAudit(tx, tenantSchema.auditLog, {
      actorId: ctx.actorId,
      action: 'partner_event.registered',
      entityType: 'event_registration',
      entityId: row.id,
      requestId: ctx.requestId,
      data: { eventId: event.id, schoolId: school.id, level: data.level },
      at: ctx.now,
    });
    return registrationView(row, school.name);
  });
}
