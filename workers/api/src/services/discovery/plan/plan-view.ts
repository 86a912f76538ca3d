import { type TenantDb, tenantSchema } from '@passerelle/db';
import { addDays, type DiscoveryDayKind, type JobFamily } from '@passerelle/domain';
import { inArray } from 'drizzle-orm';
import { layoutOf } from '../program-queries.ts';
import { hostedStudentView } from '../students/student-view.ts';
import type { PlanContext } from './plan-context.ts';
import { type HostReach, reachesHost } from './tutor-access.ts';

const { discoveryAttendance } = tenantSchema;

/** Attendance of the program's pupils, keyed `studentId|dayIndex`. */
export async function attendanceOf(db: Pick<TenantDb, 'select'>, context: PlanContext) {
  const ids = context.groups.flatMap((g) => g.members.map((m) => m.id));
  const rows =
    ids.length === 0
      ? []
      : await db.select().from(discoveryAttendance).where(inArray(discoveryAttendance.studentId, ids));
  return new Map(rows.map((r) => [`${r.studentId}|${r.dayIndex}`, r.present]));
}

/**
 * The plan by week → day → host → groups and tutors. A tutor gets only the host-days of their
 * own hosts, and of a pupil only the first name, the school and whether they came.
 */
export function planView(input: {
  context: PlanContext;
  attendance: Map<string, boolean>;
  reach: HostReach;
}) {
  const { context, attendance, reach } = input;
  const layout = layoutOf(context.program);
  const hosts = new Map(context.hosts.map((h) => [h.host.id, h]));
  const groupsOfWeek = (weekId: string) => context.groups.filter((g) => g.group.weekId === weekId);
  const groupRef = (g: PlanContext['groups'][number], dayIndex: number) => ({
    id: g.group.id,
    number: g.group.number,
    students: g.members.map((m) => ({
      ...hostedStudentView(m),
      present: attendance.get(`${m.id}|${dayIndex}`) ?? null,
    })),
  });

  const weeks = context.weeks.map((week) => {
    const groups = groupsOfWeek(week.id);
    const days = layout.map((kind: DiscoveryDayKind, dayIndex) => {
      const byHost = new Map<string, { groups: ReturnType<typeof groupRef>[]; tutorIds: Set<string> }>();
      for (const g of groups) {
        const day = context.planDays.find((d) => d.groupId === g.group.id && d.dayIndex === dayIndex);
        if (!day?.hostId || !reachesHost(reach, day.hostId)) continue;
        const entry = byHost.get(day.hostId) ?? { groups: [], tutorIds: new Set<string>() };
        entry.groups.push(groupRef(g, dayIndex));
        if (day.tutorId) entry.tutorIds.add(day.tutorId);
        byHost.set(day.hostId, entry);
      }
      return {
        dayIndex,
        date: addDays(week.startDate, dayIndex),
        kind,
        ...(kind !== 'service' && reach.kind === 'all'
          ? { groups: groups.map((g) => groupRef(g, dayIndex)) }
          : {}),
        hosts: [...byHost.entries()].map(([hostId, entry]) => {
          const read = hosts.get(hostId)!;
          return {
            host: { id: hostId, name: read.host.name, jobFamily: read.host.jobFamily as JobFamily },
            tutors: read.tutors
              .filter((t) => entry.tutorIds.has(t.id))
              .map((t) => ({ id: t.id, name: t.name })),
            groups: entry.groups,
          };
        }),
      };
    });
    return {
      id: week.id,
      startDate: week.startDate,
      closedAt: week.closedAt,
      days: reach.kind === 'all' ? days : days.filter((d) => d.hosts.length > 0),
    };
  });

  return {
    weeks: reach.kind === 'all' ? weeks : weeks.filter((w) => w.days.length > 0),
    unplaced:
      reach.kind === 'all'
        ? context.groups
            .filter((g) => g.group.weekId === null && g.members.length > 0)
            .map((g) => ({
              groupId: g.group.id,
              groupNumber: g.group.number,
              reason: 'Sans semaine : relancez le planning, ou ajoutez des places ou des tuteurs.',
            }))
        : [],
  };
}
export type PlanView = ReturnType<typeof planView>;
