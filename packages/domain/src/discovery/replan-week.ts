import { type PlanModel, placementValue } from './plan-model.ts';
import { polishDays, repairDays } from './repair-days.ts';
import { scheduleDays } from './schedule-days.ts';
import { selectHosts } from './select-hosts.ts';

/**
 * A week's groups planned together: the best distinct hosts per group by min-cost flow
 * (`selectHosts`, seeded with `hint` — the hosts a group holds now — so the flow stays full),
 * put on days (`scheduleDays`), gaps filled (`repairDays`) and days polished (`polishDays`).
 * Null when some group cannot get a host every day.
 */
export function replanWeek(
  model: PlanModel,
  week: number,
  groups: readonly number[],
  hint: readonly (Int32Array | null)[],
): { hostsOf: Int32Array[]; value: number } | null {
  const S = model.serviceDays.length;
  const reserved = new Int32Array(model.groupCount * S).fill(-1);
  groups.forEach((g, k) => {
    if (hint[k]) reserved.set(hint[k]!, g * S);
  });
  const hostsOf = scheduleDays(model, week, groups, selectHosts(model, week, groups, reserved));
  if (!repairDays(model, week, groups, hostsOf)) return null;
  polishDays(model, week, groups, hostsOf);
  return { hostsOf, value: groups.reduce((sum, g, k) => sum + placementValue(model, g, hostsOf[k]!), 0) };
}
