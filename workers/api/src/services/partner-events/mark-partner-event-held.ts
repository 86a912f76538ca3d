import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import {
  type AttendanceInput,
  COMMITMENT_OF_EVENT,
  conflict,
  conventionYears,
  DomainError,
  type FieldErrors,
  newId,
  type PartnerEventKind,
  yearOf,
} from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { findPartnerEvent, type PartnerEventDetail, partnerEventDetail } from './get-partner-event.ts';
import { type EventCaller, eventAccess } from './partner-event-access.ts';

const { commitmentDeliveries, conventions, eventRegistrations, partnerEvents } = tenantSchema;

/**
 * Holding an action records who came and counts it once towards the convention's commitment, in
 * the convention year of its date, in the same transaction.
 */
export async function markPartnerEventHeld(input: {
  ctx: TenantServiceContext;
  caller: EventCaller;
  eventId: string;
  data: AttendanceInput;
}): Promise<PartnerEventDetail> {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const access = await eventAccess({ db: tx, caller: input.caller });
    const { event } = await findPartnerEvent({ db: tx, access, id: input.eventId, purpose: 'manage' });
    if (event.status === 'held') throw conflict('Cette action est déjà tenue.');
    if (event.status !== 'scheduled') throw conflict('Une action annulée ne peut pas être tenue.');

    const registered = await tx
      .select({ id: eventRegistrations.id })
      .from(eventRegistrations)
      .where(eq(eventRegistrations.eventId, event.id));
    const ids = new Set(registered.map((r) => r.id));
    const unknown: FieldErrors = {};
    data.attendance.forEach((entry, index) => {
      if (!ids.has(entry.registrationId)) {
        unknown[`attendance.${index}.registrationId`] = 'Cette inscription n’est pas celle de cette action.';
      }
    });
    if (Object.keys(unknown).length > 0) {
      throw new DomainError({
        code: 'VALIDATION',
        message:
          Object.keys(unknown).length > 1
            ? 'Des inscriptions sont inconnues.'
            : 'Une inscription est inconnue.',
        fields: unknown,
      });
    }

    const [convention] = await tx.select().from(conventions).where(eq(conventions.id, event.conventionId));
    const yearIndex = yearOf(conventionYears(convention!), event.date);
    // Checked when the action was created; only a convention rewritten since could fail it.
    if (yearIndex === null) throw conflict('La date de l’action ne tombe plus dans la convention.');

    for (const entry of data.attendance) {
      await tx
        .update(eventRegistrations)
        .set({ attended: entry.attended })
        .where(
          and(eq(eventRegistrations.id, entry.registrationId), eq(eventRegistrations.eventId, event.id)),
        );
    }
    await tx
      .update(partnerEvents)
      .set({ status: 'held', updatedAt: ctx.now.toISOString() })
      .where(eq(partnerEvents.id, event.id));
    const type = COMMITMENT_OF_EVENT[event.kind as PartnerEventKind];
    const deliveryId = newId('dlv', ctx.now.getTime());
    // Unique on (source, source_id): one action never counts twice.
    await tx
      .insert(commitmentDeliveries)
      .values({
        id: deliveryId,
        conventionId: event.conventionId,
        type,
        yearIndex,
        quantity: 1,
        note: event.title,
        source: 'partner_event',
        sourceId: event.id,
        createdBy: ctx.actorId,
        createdAt: ctx.now.toISOString(),
      })
      .onConflictDoNothing();
    await appendAudit(tx, tenantSchema.auditLog, {
      actorId: ctx.actorId,
      action: 'partner_event.held',
      entityType: 'partner_event',
      entityId: event.id,
      requestId: ctx.requestId,
      data: {
        conventionId: event.conventionId,
        type,
        yearIndex,
        attended: data.attendance.filter((a) => a.attended).length,
        absent: data.attendance.filter((a) => !a.attended).length,
      },
      at: ctx.now,
    });
    const held = await findPartnerEvent({ db: tx, access, id: event.id, purpose: 'manage' });
    return partnerEventDetail({ db: tx, access, read: held });
  });
}
