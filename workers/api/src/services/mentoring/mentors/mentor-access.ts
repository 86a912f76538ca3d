import { type TenantDb, tenantSchema } from '@passerelle/db';
import { notFound } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { organizationsOf } from '../../partners/partner-organizations.ts';
import { type MentorRead, selectMentors } from './mentor-view.ts';
import type { MentoringCaller } from './mentoring-deps.ts';

/**
 * Which mentors a caller reaches: the admin all of them, a partner referent those of the
 * organizations it acts for, a mentor only itself (its charter).
 */
export type MentorReach =
  | { kind: 'all' }
  | { kind: 'organizations'; organizationIds: readonly string[] }
  | { kind: 'self'; identityId: string };

export async function mentorReach(input: {
  db: Pick<TenantDb, 'select'>;
  caller: MentoringCaller;
}): Promise<MentorReach> {
  const { caller } = input;
  if (caller.roles.includes('tenant_admin')) return { kind: 'all' };
  if (caller.roles.includes('partner_referent')) {
    return {
      kind: 'organizations',
      organizationIds: await organizationsOf({ db: input.db, identityId: caller.identityId }),
    };
  }
  return { kind: 'self', identityId: caller.identityId };
}

export function reaches(reach: MentorReach, mentor: { organizationId: string; identityId: string | null }) {
  if (reach.kind === 'all') return true;
  if (reach.kind === 'organizations') return reach.organizationIds.includes(mentor.organizationId);
  return mentor.identityId === reach.identityId;
}

/** One mentor within reach; out of reach answers 404, exactly like an unknown id. */
export async function findMentor(input: {
  db: Pick<TenantDb, 'select'>;
  id: string;
  reach: MentorReach;
}): Promise<MentorRead> {
  const [read] = await selectMentors(input.db, eq(tenantSchema.mentors.id, input.id)).limit(1);
  if (!read || !reaches(input.reach, read.mentor)) throw notFound('Mentor');
  return read;
}
