import { type TenantDb, tenantSchema } from '@passerelle/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { MentoringCaller } from '../mentors/mentoring-deps.ts';
import { findProgram } from '../program-queries.ts';
import { schoolReach } from './young-person-access.ts';
import {
  selectYoungPeople,
  type YoungPersonCoordinatorView,
  youngPersonCoordinatorView,
} from './young-person-view.ts';

const { youngPeople } = tenantSchema;

/** A program's young people: all for the coordinator, a school referent's own school's. */
export async function listYoungPeople(input: {
  db: TenantDb;
  caller: MentoringCaller;
  programId: string;
}): Promise<{ items: YoungPersonCoordinatorView[] }> {
  const program = await findProgram(input.db, input.programId);
  const reach = await schoolReach(input);
  const inProgram = eq(youngPeople.programId, program.id);
  const where =
    reach.kind === 'all' ? inProgram : and(inProgram, inArray(youngPeople.schoolId, [...reach.schoolIds]));
  const rows = await selectYoungPeople(input.db, where);
  return { items: rows.map(youngPersonCoordinatorView) };
}
