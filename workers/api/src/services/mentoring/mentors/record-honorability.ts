import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import type { HonorabilityInput } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../../service-context.ts';
import { findMentor } from './mentor-access.ts';
import { isoDay, type MentorView, mentorView } from './mentor-view.ts';

/**
 * Records the outcome of the honorability check (FIJAIS consultation): favourable or not, when,
 * until when, by whom. The certificate itself is never stored, and the trail keeps the outcome.
 */
export async function recordHonorability(input: {
  ctx: TenantServiceContext;
  mentorId: string;
  data: HonorabilityInput;
}): Promise<MentorView> {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const { mentor } = await findMentor({ db: tx, id: input.mentorId, reach: { kind: 'all' } });
    await tx
      .update(tenantSchema.mentors)
      .set({
        honorabilityVerified: data.verified,
        honorabilityCheckedOn: data.checkedOn,
        honorabilityExpiresOn: data.expiresOn,
        honorabilityVerifiedBy: data.verifiedBy,
        updatedAt: ctx.now.toISOString(),
      })
      .where(eq(tenantSchema.mentors.id, mentor.id));
    await appendAudit(tx, tenantSchema.auditLog, {
      actorId: ctx.actorId,
      action: 'mentor.honorability_recorded',
      entityType: 'mentor',
      entityId: mentor.id,
      requestId: ctx.requestId,
      data: { verified: data.verified, checkedOn: data.checkedOn, expiresOn: data.expiresOn },
      at: ctx.now,
    });
    return mentorView(await findMentor({ db: tx, id: mentor.id, reach: { kind: 'all' } }), isoDay(ctx.now));
  });
}
