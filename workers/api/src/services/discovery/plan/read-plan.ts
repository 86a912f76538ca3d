import type { TenantDb } from '@passerelle/db';
import type { MentoringCaller } from '../../mentoring/mentors/mentoring-deps.ts';
import { findDiscoveryProgram } from '../program-queries.ts';
import { loadPlanContext } from './plan-context.ts';
import { attendanceOf, type PlanView, planView } from './plan-view.ts';
import { hostReach } from './tutor-access.ts';

/** The stored plan: all of it for the coordination, a tutor's own host-days for a tutor. */
export async function readPlan(input: {
  db: Pick<TenantDb, 'select'>;
  caller: MentoringCaller;
  programId: string;
}): Promise<PlanView> {
  const program = await findDiscoveryProgram(input.db, input.programId);
  const context = await loadPlanContext(input.db, program);
  const reach = await hostReach({ db: input.db, caller: input.caller, programId: program.id });
  return planView({ context, attendance: await attendanceOf(input.db, context), reach });
}
