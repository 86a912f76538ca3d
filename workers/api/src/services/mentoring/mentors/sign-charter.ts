import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { conflict } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../../service-context.ts';
import { findMentor } from './mentor-access.ts';
import { isoDay, type MentorView, mentorView } from './mentor-view.ts';

/** The mentor accepts the program's charter, for itself only: anyone else's mentor record is 404. */
export async function signCharter(input: {
  ctx: TenantServiceContext;
  mentorId: string;
}): Promise<MentorView> {
  const { ctx } = input;
  const reach = { kind: 'self', identityId: ctx.actorId } as const;
  return withTransaction(ctx.db, async (tx) => {
    const { mentor } = await findMentor({ db: tx, id: input.mentorId, reach });
    if (mentor.charterSignedAt) throw conflict('Vous avez déjà accepté la charte de ce programme.');
    await tx
      .update(tenantSchema.mentors)
      .set({ charterSignedAt: ctx.now.toISOString(), updatedAt: ctx.now.toISOString() })
      .where(eq(tenantSchema.mentors.id, mentor.id));
    await appendAudit(tx, tenantSchema.auditLog, {
      actorId: ctx.actorId,
      action: 'mentor.charter_signed',
      entityType: 'mentor',
      entityId: mentor.id,
      requestId: ctx.requestId,
      at: ctx.now,
    });
    return mentorView(await findMentor({ db: tx, id: mentor.id, reach }), isoDay(ctx.now));
  });
}
