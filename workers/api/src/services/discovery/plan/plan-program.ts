import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { conflict, type DiscoveryPlanScore, newId, planWeeks } from '@passerelle/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Outreach } from '../../mentoring/mentors/mentoring-deps.ts';
import type { TenantServiceContext } from '../../service-context.ts';
import { bookletUrl, issueBookletLink } from '../booklet/booklet-links.ts';
import { bookletMail } from '../booklet/booklet-mail.ts';
import { assertActive, findDiscoveryProgram } from '../program-queries.ts';
import { groupKey, loadPlanContext, planInputOf } from './plan-context.ts';

const { bookletLinks, discoveryGroups, discoveryPlanDays, discoveryStudents, auditLog } = tenantSchema;

export type PlanResult = {
  assignments: {
    groupId: string;
    groupNumber: number;
    weekId: string;
    days: { dayIndex: number; kind: string; date: string; hostId: string | null; tutorId: string | null }[];
    value: number;
    explanation: string;
  }[];
  unplaced: { groupId: string; groupNumber: number; reason: string }[];
  warnings: string[];
  score: DiscoveryPlanScore;
};

/**
 * Plans the weeks (`planWeeks`): a week per group, a different host each service day, a tutor
 * for each host-day, and stores it. Once planned, each pupil's guardian gets the booklet link.
 * A closed week is history: the plan can no longer be recomputed, only adjusted.
 */
export async function planProgram(input: {
  ctx: TenantServiceContext;
  outreach: Outreach;
  programId: string;
}): Promise<PlanResult> {
  const { ctx, outreach } = input;
  const { result, mails } = await withTransaction(ctx.db, async (tx) => {
    const program = await findDiscoveryProgram(tx, input.programId);
    assertActive(program, 'le planning ne peut plus être recalculé');
    const context = await loadPlanContext(tx, program);
    if (context.weeks.some((w) => w.closedAt)) {
      throw conflict('Une semaine est close : le planning ne peut plus être recalculé, seulement ajusté.');
    }
    // A program adopted from a national template starts without weeks: they are the tenant's dates.
    if (context.weeks.length === 0) {
      throw conflict('Aucune semaine d’accueil : ajoutez les semaines du programme avant de planifier.', {
        weeks: 'Ajoutez au moins une semaine d’accueil.',
      });
    }
    const groups = context.groups.filter((g) => g.members.length > 0);
    if (groups.length === 0) throw conflict('Aucun groupe à planifier : formez d’abord les groupes.');
    const plan = planWeeks(planInputOf(context));
    const byKey = new Map(groups.map((g) => [groupKey(g), g.group]));

    const ids = context.groups.map((g) => g.group.id);
    await tx.delete(discoveryPlanDays).where(inArray(discoveryPlanDays.groupId, ids));
    await tx.update(discoveryGroups).set({ weekId: null }).where(inArray(discoveryGroups.id, ids));
    for (const assignment of plan.assignments) {
      const group = byKey.get(assignment.groupId)!;
      await tx
        .update(discoveryGroups)
        .set({ weekId: assignment.weekId })
        .where(eq(discoveryGroups.id, group.id));
      await tx.insert(discoveryPlanDays).values(
        assignment.days.map((day) => ({
          id: newId('dpd', ctx.now.getTime()),
          groupId: group.id,
          dayIndex: day.dayIndex,
          kind: day.kind,
          hostId: day.hostId,
          tutorId: day.tutorId,
        })),
      );
    }

    // Pupils newly planned get their booklet link; one already sent stays valid (it reads the plan).
    const planned = plan.assignments.map((a) => byKey.get(a.groupId)!.id);
    const unlinked =
      planned.length === 0
        ? []
        : await tx
            .select({ student: discoveryStudents, weekId: discoveryGroups.weekId })
            .from(discoveryStudents)
            .innerJoin(discoveryGroups, eq(discoveryGroups.id, discoveryStudents.groupId))
            .leftJoin(bookletLinks, eq(bookletLinks.studentId, discoveryStudents.id))
            .where(and(inArray(discoveryStudents.groupId, planned), isNull(bookletLinks.tokenHash)));
    const mails = [];
    for (const { student, weekId } of unlinked) {
      const { token } = await issueBookletLink(tx, { studentId: student.id, now: ctx.now });
      mails.push(
        bookletMail({
          to: student.guardianEmail,
          firstName: student.firstName,
          programName: program.name,
          tenantName: outreach.tenant.name,
          weekStart: context.weeks.find((w) => w.id === weekId)!.startDate,
          url: bookletUrl(outreach, token),
        }),
      );
    }
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'discovery_plan.computed',
      entityType: 'discovery_program',
      entityId: program.id,
      requestId: ctx.requestId,
      data: { placed: plan.assignments.length, unplaced: plan.unplaced.length, bookletLinks: mails.length },
      at: ctx.now,
    });
    const result: PlanResult = {
      assignments: plan.assignments.map((a) => ({
        groupId: byKey.get(a.groupId)!.id,
        groupNumber: byKey.get(a.groupId)!.number,
        weekId: a.weekId,
        days: a.days.map((d) => ({
          dayIndex: d.dayIndex,
          kind: d.kind,
          date: d.date,
          hostId: d.hostId,
          tutorId: d.tutorId,
        })),
        value: a.value,
        explanation: a.explanation,
      })),
      unplaced: plan.unplaced.map((u) => ({
        groupId: byKey.get(u.groupId)!.id,
        groupNumber: byKey.get(u.groupId)!.number,
        reason: u.reason,
      })),
      warnings: plan.warnings,
      score: plan.score,
    };
    return { result, mails };
  });
  for (const mail of mails) await outreach.mailer.send(mail);
  return result;
}
