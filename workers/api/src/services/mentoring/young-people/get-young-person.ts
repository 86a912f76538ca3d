import type { TenantDb } from '@passerelle/db';
import type { MentoringCaller } from '../mentors/mentoring-deps.ts';
import { findYoungPerson, schoolReach } from './young-person-access.ts';
import { type YoungPersonCoordinatorView, youngPersonCoordinatorView } from './young-person-view.ts';

export async function getYoungPerson(input: {
  db: TenantDb;
  caller: MentoringCaller;
  id: string;
}): Promise<YoungPersonCoordinatorView> {
  const reach = await schoolReach(input);
  return youngPersonCoordinatorView(await findYoungPerson({ db: input.db, id: input.id, reach }));
}
