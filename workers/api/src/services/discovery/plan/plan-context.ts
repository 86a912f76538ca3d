import { type TenantDb, tenantSchema } from '@passerelle/db';
import { aggregateDiscoveryInterests, type CheckablePlan, type PlanInput } from '@passerelle/domain';
import { asc, inArray } from 'drizzle-orm';
import type * as z from 'zod/mini';
import { type GroupRead, groupsOf } from '../groups/group-view.ts';
import { type HostRead, hostsOf } from '../hosts/host-view.ts';
import { type DiscoveryProgramRow, type DiscoveryWeekRow, layoutOf, weeksOf } from '../program-queries.ts';

const { discoveryPlanDays } = tenantSchema;

export type PlanDayRow = typeof discoveryPlanDays.$inferSelect;

/**
 * Everything the planner and `checkPlan` read, from the tables. Groups are known to the domain by
 * their number, so its French messages say "groupe 3", not an id.
 */
export async function loadPlanContext(db: Pick<TenantDb, 'select'>, program: DiscoveryProgramRow) {
  const [weeks, hosts, groups] = await Promise.all([
    weeksOf(db, program.id),
    hostsOf(db, program.id),
    groupsOf(db, program.id),
  ]);
  const planDays =
    groups.length === 0
      ? []
      : await db
          .select()
          .from(discoveryPlanDays)
          .where(
            inArray(
              discoveryPlanDays.groupId,
              groups.map((g) => g.group.id),
            ),
          )
          .orderBy(asc(discoveryPlanDays.dayIndex));
  return { program, weeks, hosts, groups, planDays };
}
export type PlanContext = Awaited<ReturnType<typeof loadPlanContext>>;

export const groupKey = (read: GroupRead) => String(read.group.number);

export function planInputOf(context: PlanContext): z.input<typeof PlanInput> {
  const weekIdOf = new Map(context.weeks.map((w) => [w.startDate, w.id]));
  return {
    groups: context.groups
      .filter((g) => g.members.length > 0)
      .map((g) => ({
        id: groupKey(g),
        size: g.members.length,
        interests: aggregateDiscoveryInterests(g.members.map((m) => m.interests as string[])),
      })),
    weeks: context.weeks.map((w) => ({ id: w.id, startDate: w.startDate })),
    layout: layoutOf(context.program),
    hosts: context.hosts.map((h) => hostInput(h, weekIdOf)),
  };
}

function hostInput(read: HostRead, weekIdOf: Map<string, string>) {
  const { host } = read;
  const weeks = host.availableWeeks as string[] | null;
  return {
    id: host.id,
    name: host.name,
    jobFamily: host.jobFamily,
    mixedJob: host.mixedJob,
    capacityGroupsPerDay: host.capacityGroupsPerDay,
    ...(weeks ? { availableWeeks: weeks.flatMap((start) => weekIdOf.get(start) ?? []) } : {}),
    tutors: read.tutors.map((t) => ({
      id: t.id,
      name: t.name,
      ...(t.days ? { days: t.days as number[] } : {}),
    })),
  };
}

/** The stored plan in the shape `checkPlan` reads. */
export function storedPlan(context: PlanContext): CheckablePlan {
  return {
    assignments: context.groups
      .filter((g) => g.group.weekId !== null)
      .map((g) => ({
        groupId: groupKey(g),
        weekId: g.group.weekId!,
        days: context.planDays
          .filter((d) => d.groupId === g.group.id)
          .map((d) => ({ dayIndex: d.dayIndex, hostId: d.hostId, tutorId: d.tutorId })),
      })),
  };
}

export const weekOfGroup = (context: PlanContext, weekId: string | null): DiscoveryWeekRow | undefined =>
  context.weeks.find((w) => w.id === weekId);
