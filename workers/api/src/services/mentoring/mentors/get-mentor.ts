import type { TenantDb } from '@passerelle/db';
import { findMentor, mentorReach } from './mentor-access.ts';
import { isoDay, type MentorView, mentorView } from './mentor-view.ts';
import type { MentoringCaller } from './mentoring-deps.ts';

export async function getMentor(input: {
  db: TenantDb;
  caller: MentoringCaller;
  id: string;
  now: Date;
}): Promise<MentorView> {
  const reach = await mentorReach(input);
  return mentorView(await findMentor({ db: input.db, id: input.id, reach }), isoDay(input.now));
}
