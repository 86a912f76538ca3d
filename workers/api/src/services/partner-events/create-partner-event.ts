import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import {
  conflict,
  conventionYears,
  DomainError,
  formatFrenchDate,
  newId,
  notFound,
  type PartnerEventInput,
  yearOf,
} from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { findPartnerEvent } from './get-partner-event.ts';
import { type EventCaller, eventAccess, managesOrganization } from './partner-event-access.ts';
import { type PartnerEventView, partnerEventView } from './partner-event-view.ts';

const { conventions, partnerEvents } = tenantSchema;

/** An action is offered under an active convention, on a day the convention covers. */
export async function createPartnerEvent(input: {
  ctx: TenantServiceContext;
  caller: EventCaller;
  data: PartnerEventInput;
}): Promise<PartnerEventView> {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const access = await eventAccess({ db: tx, caller: input.caller });
    const [convention] = await tx.select().from(conventions).where(eq(conventions.id, data.conventionId));
    // Another partner's convention is as unknown as a missing one.
    if (!convention || !managesOrganization(access, convention.partnerOrganizationId)) {
      throw notFound('Convention');
    }
    if (convention.status !== 'active') {
      throw conflict('La convention doit être active pour y rattacher une action.', {
        conventionId: 'Convention non active.',
      });
    }
    if (yearOf(conventionYears(convention), data.date) === null) {
      throw new DomainError({
        code: 'VALIDATION',
        message: 'Un champ est à corriger.',
        fields: {
          date: `La date doit tomber pendant la convention (du ${formatFrenchDate(convention.startDate)} au ${formatFrenchDate(convention.endDate)}).`,
        },
      });
    }
    const id = newId('evt', ctx.now.getTime());
    await tx.insert(partnerEvents).values({
      id,
      conventionId: convention.id,
      organizationId: convention.partnerOrganizationId,
      kind: data.kind,
      title: data.title,
      date: data.date,
      place: data.place,
      capacity: data.capacity,
      audienceLevels: data.audienceLevels,
      status: 'scheduled',
      createdBy: ctx.actorId,
      createdAt: ctx.now.toISOString(),
      updatedAt: ctx.now.toISOString(),
    });
    await appendAudit(tx, tenantSchema.auditLog, {
      actorId: ctx.actorId,
      action: 'partner_event.created',
      entityType: 'partner_event',
      entityId: id,
      requestId: ctx.requestId,
      data: { conventionId: convention.id, kind: data.kind, date: data.date, capacity: data.capacity },
      at: ctx.now,
    });
    return partnerEventView(await findPartnerEvent({ db: tx, access, id, purpose: 'manage' }));
  });
}
