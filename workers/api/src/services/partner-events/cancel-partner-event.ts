import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { conflict } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../service-context.ts';
import { findPartnerEvent, type PartnerEventDetail, partnerEventDetail } from './get-partner-event.ts';
import { type EventCaller, eventAccess } from './partner-event-access.ts';

/** Only a scheduled action can be cancelled; its registrations stay, so schools can be told. */
export async function cancelPartnerEvent(input: {
  ctx: TenantServiceContext;
  caller: EventCaller;
  eventId: string;
}): Promise<PartnerEventDetail> {
  const { ctx } = input;
  return withTransaction(ctx.db, async (tx) => {
    const access = await eventAccess({ db: tx, caller: input.caller });
    const { event } = await findPartnerEvent({ db: tx, access, id: input.eventId, purpose: 'manage' });
    if (event.status !== 'scheduled') {
      throw conflict(
        event.status === 'held'
          ? 'Cette action a déjà eu lieu : elle ne peut plus être annulée.'
          : 'Cette action est déjà annulée.',
      );
    }
    await tx
      .update(tenantSchema.partnerEvents)
      .set({ status: 'cancelled', updatedAt: ctx.now.toISOString() })
      .where(eq(tenantSchema.partnerEvents.id, event.id));
    await appendAudit(tx, tenantSchema.auditLog, {
      actorId: ctx.actorId,
      action: 'partner_event.cancelled',
      entityType: 'partner_event',
      entityId: event.id,
      requestId: ctx.requestId,
      at: ctx.now,
    });
    const cancelled = await findPartnerEvent({ db: tx, access, id: event.id, purpose: 'manage' });
    return partnerEventDetail({ db: tx, access, read: cancelled });
  });
}
