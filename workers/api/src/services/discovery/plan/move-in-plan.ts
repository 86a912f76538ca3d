import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { type CheckablePlan, checkPlan, conflict, DomainError, notFound } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../../service-context.ts';
import type { PlanMove } from '../discovery-inputs.ts';
import { findDiscoveryProgram, layoutOf } from '../program-queries.ts';
import { groupKey, loadPlanContext, type PlanContext, planInputOf, storedPlan } from './plan-context.ts';
import { attendanceOf, type PlanView, planView } from './plan-view.ts';

const { discoveryPlanDays, auditLog } = tenantSchema;

/**
 * Moves one group's service day to another host (drag-to-adjust). The moved plan is checked
 * again with `checkPlan`; a move that breaks a rule the plan kept is refused with the French
 * reasons, and nothing changes.
 */
export async function moveInPlan(input: {
  ctx: TenantServiceContext;
  programId: string;
  data: PlanMove;
}): Promise<PlanView> {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const program = await findDiscoveryProgram(tx, input.programId);
    const context = await loadPlanContext(tx, program);
    const group = context.groups.find((g) => g.group.id === data.groupId);
    if (!group) throw notFound('Groupe');
    const host = context.hosts.find((h) => h.host.id === data.hostId);
    if (!host) throw notFound('Service d’accueil');
    if (layoutOf(program)[data.dayIndex] !== 'service') {
      throw new DomainError({
        code: 'VALIDATION',
        message: 'Un champ est à corriger.',
        fields: { dayIndex: `Le jour ${data.dayIndex + 1} n’est pas une journée en service.` },
      });
    }
    const week = context.weeks.find((w) => w.id === group.group.weekId);
    if (!week)
      throw conflict(`Le groupe ${group.group.number} n’est pas encore planifié : lancez le planning.`);
    if (week.closedAt) throw conflict('Cette semaine est close : son planning ne change plus.');
    const day = context.planDays.find((d) => d.groupId === group.group.id && d.dayIndex === data.dayIndex);
    if (!day) throw conflict(`Le groupe ${group.group.number} n’a pas ce jour dans son planning.`);

    const before = storedPlan(context);
    const tutorId = chooseTutor(context, before, {
      weekId: week.id,
      dayIndex: data.dayIndex,
      hostId: host.host.id,
      key: groupKey(group),
    });
    const after: CheckablePlan = {
      assignments: before.assignments.map((a) =>
        a.groupId !== groupKey(group)
          ? a
          : {
              ...a,
              days: a.days.map((d) =>
                d.dayIndex === data.dayIndex ? { ...d, hostId: host.host.id, tutorId } : d,
              ),
            },
      ),
    };
    const planInput = planInputOf(context);
    // Only what the move breaks counts: an older problem (a tutor removed since) is not its fault.
    const known = new Set(checkPlan(before, planInput).map((v) => v.message));
    const broken = checkPlan(after, planInput).filter((v) => !known.has(v.message));
    if (broken.length > 0) {
      throw conflict(
        `Déplacement refusé : ${broken.map((v) => v.message).join(' ')}`,
        Object.fromEntries(broken.map((v, k) => [`violations.${k}`, v.message])),
      );
    }
    await tx
      .update(discoveryPlanDays)
      .set({ hostId: host.host.id, tutorId })
      .where(
        and(eq(discoveryPlanDays.groupId, group.group.id), eq(discoveryPlanDays.dayIndex, data.dayIndex)),
      );
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'discovery_plan.moved',
      entityType: 'discovery_group',
      entityId: group.group.id,
      requestId: ctx.requestId,
      data: { dayIndex: data.dayIndex, from: day.hostId, to: host.host.id },
      at: ctx.now,
    });
    const moved = await loadPlanContext(tx, program);
    return planView({ context: moved, attendance: await attendanceOf(tx, moved), reach: { kind: 'all' } });
  });
}

/**
 * The tutor for the moved host-day: the group's own if it stays at the host, else one present that
 * day and free, else one present (the check then says they are double-booked), else none.
 */
function chooseTutor(
  context: PlanContext,
  plan: CheckablePlan,
  at: { weekId: string; dayIndex: number; hostId: string; key: string },
): string | null {
  const host = context.hosts.find((h) => h.host.id === at.hostId)!;
  const present = host.tutors.filter((t) => !t.days || (t.days as number[]).includes(at.dayIndex));
  const own = plan.assignments
    .find((a) => a.groupId === at.key)
    ?.days.find((d) => d.dayIndex === at.dayIndex && d.hostId === at.hostId)?.tutorId;
  if (own) return own;
  const busy = new Set(
    plan.assignments
      .filter((a) => a.weekId === at.weekId && a.groupId !== at.key)
      .flatMap((a) => a.days.filter((d) => d.dayIndex === at.dayIndex).map((d) => d.tutorId)),
  );
  return (present.find((t) => !busy.has(t.id)) ?? present[0])?.id ?? null;
}
