import { type TenantDb, tenantSchema } from '@passerelle/db';
import { and, eq, inArray } from 'drizzle-orm';
import { findProgram } from '../program-queries.ts';
import { mentorReach } from './mentor-access.ts';
import { isoDay, type MentorView, mentorView, selectMentors } from './mentor-view.ts';
import type { MentoringCaller } from './mentoring-deps.ts';

const { mentors } = tenantSchema;

/** A program's mentors: all of them for the admin, its own organization's for a partner referent. */
export async function listMentors(input: {
  db: TenantDb;
  caller: MentoringCaller;
  programId: string;
  now: Date;
}): Promise<{ items: MentorView[] }> {
  const program = await findProgram(input.db, input.programId);
  const reach = await mentorReach(input);
  const inProgram = eq(mentors.programId, program.id);
  const where =
    reach.kind === 'all'
      ? inProgram
      : reach.kind === 'organizations'
        ? and(inProgram, inArray(mentors.organizationId, [...reach.organizationIds]))
        : and(inProgram, eq(mentors.identityId, reach.identityId));
  const rows = await selectMentors(input.db, where);
  return { items: rows.map((read) => mentorView(read, isoDay(input.now))) };
}
