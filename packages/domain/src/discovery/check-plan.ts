import type * as z from 'zod/mini';
import { formatFrenchDate } from '../shared/dates.ts';
import { parseInput } from '../shared/validation.ts';
import { countOf, dayLabel, listFr } from './french-format.ts';
import { type DiscoveryHost, PlanInput } from './plan-input.ts';
import { tutorPresent } from './plan-model.ts';

export const DISCOVERY_VIOLATION_CODES = [
  'UNKNOWN_GROUP',
  'UNKNOWN_WEEK',
  'UNKNOWN_HOST',
  'UNKNOWN_TUTOR',
  'GROUP_TWICE',
  'DAY_MISMATCH',
  'MISSING_HOST',
  'HOST_REPEATED',
  'HOST_UNAVAILABLE',
  'HOST_OVER_CAPACITY',
  'NOT_ENOUGH_TUTORS',
  'MISSING_TUTOR',
  'TUTOR_OTHER_HOST',
  'TUTOR_ABSENT',
  'TUTOR_DOUBLE_BOOKED',
  'WEEK_FULL',
] as const;
export type DiscoveryViolationCode = (typeof DISCOVERY_VIOLATION_CODES)[number];

export type DiscoveryViolation = {
  code: DiscoveryViolationCode;
  /** French, shown as is. */
  message: string;
  groupId?: string;
  weekId?: string;
  hostId?: string;
  tutorId?: string;
  dayIndex?: number;
};

/** The part of a plan `checkPlan` reads: what the planner produced, possibly moved by hand. */
export type CheckablePlan = {
  assignments: readonly {
    groupId: string;
    weekId: string;
    days: readonly { dayIndex: number; hostId: string | null; tutorId: string | null }[];
  }[];
};

/**
 * Re-checks a plan against its input after a manual change (drag and drop): every rule the
 * planner keeps, each broken one reported in French — a host over its places or its present
 * tutors, a host seen twice by a group, a host or tutor away that week or day, a tutor with two
 * groups the same day, a week over its limit. An empty list means the plan holds.
 */
export function checkPlan(plan: CheckablePlan, raw: z.input<typeof PlanInput>): DiscoveryViolation[] {
  const input = parseInput(PlanInput, raw);
  const out: DiscoveryViolation[] = [];
  const groups = new Set(input.groups.map((g) => g.id));
  const weeks = new Map(input.weeks.map((w) => [w.id, w]));
  const hosts = new Map(input.hosts.map((h) => [h.id, h]));
  const tutorHost = new Map<string, DiscoveryHost>();
  for (const h of input.hosts) for (const t of h.tutors) tutorHost.set(t.id, h);
  const seenGroups = new Set<string>();
  const hostDay = new Map<string, string[]>(); // week|day|host → groups
  const tutorDay = new Map<string, string[]>(); // week|day|tutor → groups
  const weekLoad = new Map<string, number>();
  const push = (list: Map<string, string[]>, key: string, group: string) =>
    list.set(key, [...(list.get(key) ?? []), group]);

  for (const a of plan.assignments) {
    const group = a.groupId;
    if (!groups.has(group))
      out.push({ code: 'UNKNOWN_GROUP', message: `Groupe « ${group} » inconnu.`, groupId: group });
    if (seenGroups.has(group))
      out.push({
        code: 'GROUP_TWICE',
        message: `Le groupe ${group} figure deux fois dans le planning.`,
        groupId: group,
      });
    seenGroups.add(group);
    const week = weeks.get(a.weekId);
    if (!week) {
      out.push({
        code: 'UNKNOWN_WEEK',
        message: `Semaine « ${a.weekId} » inconnue.`,
        groupId: group,
        weekId: a.weekId,
      });
      continue;
    }
    weekLoad.set(week.id, (weekLoad.get(week.id) ?? 0) + 1);
    const when = (dayIndex: number) =>
      `semaine du ${formatFrenchDate(week.startDate)}, ${dayLabel(dayIndex)}`;
    const visits = new Map<string, number[]>();
    input.layout.forEach((kind, dayIndex) => {
      const days = a.days.filter((d) => d.dayIndex === dayIndex);
      const hostId = days.find((d) => d.hostId !== null)?.hostId ?? null;
      const at = { groupId: group, weekId: week.id, dayIndex };
      if (days.length > 1)
        out.push({
          code: 'DAY_MISMATCH',
          message: `Groupe ${group}, ${when(dayIndex)} : journée en double.`,
          ...at,
        });
      if (kind !== 'service') {
        if (hostId !== null)
          out.push({
            code: 'DAY_MISMATCH',
            message: `Groupe ${group}, ${when(dayIndex)} : journée ${kind === 'citizenship' ? 'citoyenneté' : 'de restitution'}, pas de service.`,
            ...at,
          });
        return;
      }
      if (hostId === null) {
        out.push({
          code: 'MISSING_HOST',
          message: `Groupe ${group}, ${when(dayIndex)} : aucun service.`,
          ...at,
        });
        return;
      }
      const host = hosts.get(hostId);
      if (!host) {
        out.push({ code: 'UNKNOWN_HOST', message: `Service « ${hostId} » inconnu.`, ...at, hostId });
        return;
      }
      visits.set(host.id, [...(visits.get(host.id) ?? []), dayIndex]);
      if (host.availableWeeks && !host.availableWeeks.includes(week.id))
        out.push({
          code: 'HOST_UNAVAILABLE',
          message: `Service « ${host.name} » : il n’accueille pas de groupe la semaine du ${formatFrenchDate(week.startDate)} (groupe ${group}).`,
          ...at,
          hostId: host.id,
        });
      push(hostDay, `${week.id}|${dayIndex}|${host.id}`, group);
      const tutorId = days.find((d) => d.tutorId !== null)?.tutorId ?? null;
      if (tutorId === null) {
        out.push({
          code: 'MISSING_TUTOR',
          message: `Groupe ${group}, ${when(dayIndex)} : aucun tuteur au service « ${host.name} ».`,
          ...at,
          hostId: host.id,
        });
        return;
      }
      const owner = tutorHost.get(tutorId);
      const tutor = owner?.tutors.find((t) => t.id === tutorId);
      if (!owner || !tutor) {
        out.push({
          code: 'UNKNOWN_TUTOR',
          message: `Tuteur « ${tutorId} » inconnu.`,
          ...at,
          hostId: host.id,
          tutorId,
        });
        return;
      }
      if (owner.id !== host.id)
        out.push({
          code: 'TUTOR_OTHER_HOST',
          message: `${tutor.name} est tuteur au service « ${owner.name} », pas au service « ${host.name} » (groupe ${group}, ${when(dayIndex)}).`,
          ...at,
          hostId: host.id,
          tutorId,
        });
      if (!tutorPresent(tutor, week.id, dayIndex))
        out.push({
          code: 'TUTOR_ABSENT',
          message: `${tutor.name} n’est pas présent(e) ${when(dayIndex)} (groupe ${group}).`,
          ...at,
          hostId: host.id,
          tutorId,
        });
      push(tutorDay, `${week.id}|${dayIndex}|${tutorId}`, group);
    });
    for (const [hostId, days] of visits)
      if (days.length > 1)
        out.push({
          code: 'HOST_REPEATED',
          message: `Le groupe ${group} va deux fois au service « ${hosts.get(hostId)!.name} » (${listFr(days.map(dayLabel))}) : un service différent chaque jour.`,
          groupId: group,
          weekId: week.id,
          hostId,
        });
  }

  for (const [key, list] of hostDay) {
    const [weekId, day, hostId] = key.split('|') as [string, string, string];
    const host = hosts.get(hostId)!;
    const week = weeks.get(weekId)!;
    const dayIndex = Number(day);
    const where = `Service « ${host.name} », semaine du ${formatFrenchDate(week.startDate)}, ${dayLabel(dayIndex)}`;
    const at = { weekId, hostId, dayIndex };
    if (list.length > host.capacityGroupsPerDay)
      out.push({
        code: 'HOST_OVER_CAPACITY',
        message: `${where} : ${countOf(list.length, 'groupe', 'groupes')} pour ${countOf(host.capacityGroupsPerDay, 'place', 'places')} (${listFr(list)}).`,
        ...at,
      });
    const present = host.tutors.filter((t) => tutorPresent(t, weekId, dayIndex)).length;
    if (list.length > present)
      out.push({
        code: 'NOT_ENOUGH_TUTORS',
        message: `${where} : ${countOf(list.length, 'groupe', 'groupes')} pour ${countOf(present, 'tuteur présent', 'tuteurs présents')}.`,
        ...at,
      });
  }
  for (const [key, list] of tutorDay) {
    if (list.length < 2) continue;
    const [weekId, day, tutorId] = key.split('|') as [string, string, string];
    const host = tutorHost.get(tutorId)!;
    const tutor = host.tutors.find((t) => t.id === tutorId)!;
    out.push({
      code: 'TUTOR_DOUBLE_BOOKED',
      message: `${tutor.name} (service « ${host.name} ») encadre ${countOf(list.length, 'groupe', 'groupes')} le même jour, semaine du ${formatFrenchDate(weeks.get(weekId)!.startDate)}, ${dayLabel(Number(day))} (${listFr(list)}).`,
      weekId,
      tutorId,
      dayIndex: Number(day),
    });
  }
  if (input.groupsPerWeek !== undefined)
    for (const [weekId, load] of weekLoad)
      if (load > input.groupsPerWeek)
        out.push({
          code: 'WEEK_FULL',
          message: `Semaine du ${formatFrenchDate(weeks.get(weekId)!.startDate)} : ${countOf(load, 'groupe', 'groupes')} pour ${input.groupsPerWeek} au plus.`,
          weekId,
        });
  return out;
}
