import { type TenantDb, tenantSchema } from '@passerelle/db';
import { DomainError, notFound } from '@passerelle/domain';
import { eq } from 'drizzle-orm';

const { pairs, mentors } = tenantSchema;

/** A pair of this tenant, with its mentor; `mentorIdentityId` narrows it to the mentor's own pairs. */
export async function findPair(db: Pick<TenantDb, 'select'>, id: string, mentorIdentityId?: string) {
  const [row] = await db
    .select({ pair: pairs, mentor: mentors })
    .from(pairs)
    .innerJoin(mentors, eq(mentors.id, pairs.mentorId))
    .where(eq(pairs.id, id));
  if (!row || (mentorIdentityId && row.mentor.identityId !== mentorIdentityId)) throw notFound('Binôme');
  return row;
}

/** The mentor's hard conditions, checked again when a pair moves forward (they may have lapsed). */
export function assertMentorCanMentor(mentor: typeof mentors.$inferSelect, today: string): void {
  if (!mentor.honorabilityVerified || !mentor.honorabilityExpiresOn || mentor.honorabilityExpiresOn < today) {
    throw new DomainError({
      code: 'CONFLICT',
      message: 'Le contrôle d’honorabilité de ce mentor n’est pas valide : aucun nouveau binôme possible.',
    });
  }
  if (!mentor.charterSignedAt)
    throw new DomainError({ code: 'CONFLICT', message: 'La charte du mentor n’est pas signée.' });
  if (mentor.managerApproval === 'pending' || mentor.managerApproval === 'refused') {
    throw new DomainError({
      code: 'CONFLICT',
      message: 'L’accord du ou de la responsable pour mentorer sur le temps de travail manque.',
    });
  }
}
