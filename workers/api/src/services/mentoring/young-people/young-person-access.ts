import { type TenantDb, tenantSchema } from '@passerelle/db';
import { notFound } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { organizationsOf } from '../../partners/partner-organizations.ts';
import type { MentoringCaller } from '../mentors/mentoring-deps.ts';
import { selectYoungPeople, type YoungPersonRead } from './young-person-view.ts';

/**
 * Which young people a caller reaches: the admin (the program's coordinator) all of them, a
 * school referent its own school's. Routes let no other role ask at all.
 */
export type SchoolReach = { kind: 'all' } | { kind: 'schools'; schoolIds: readonly string[] };

export async function schoolReach(input: {
  db: Pick<TenantDb, 'select'>;
  caller: MentoringCaller;
}): Promise<SchoolReach> {
  if (input.caller.roles.includes('tenant_admin')) return { kind: 'all' };
  if (!input.caller.roles.includes('school_referent')) return { kind: 'schools', schoolIds: [] };
  return {
    kind: 'schools',
    schoolIds: await organizationsOf({ db: input.db, identityId: input.caller.identityId }),
  };
}

export const reachesSchool = (reach: SchoolReach, schoolId: string) =>
  reach.kind === 'all' || reach.schoolIds.includes(schoolId);

/** One young person within reach; out of reach answers 404, exactly like an unknown id. */
export async function findYoungPerson(input: {
  db: Pick<TenantDb, 'select'>;
  id: string;
  reach: SchoolReach;
}): Promise<YoungPersonRead> {
  const [read] = await selectYoungPeople(input.db, eq(tenantSchema.youngPeople.id, input.id)).limit(1);
  if (!read || !reachesSchool(input.reach, read.youngPerson.schoolId)) throw notFound('Jeune');
  return read;
}
