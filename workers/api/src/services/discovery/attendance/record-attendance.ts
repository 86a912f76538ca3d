import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { conflict, DomainError, notFound } from '@passerelle/domain';
import type { MentoringCaller } from '../../mentoring/mentors/mentoring-deps.ts';
import type { TenantServiceContext } from '../../service-context.ts';
import type { AttendanceInput } from '../discovery-inputs.ts';
import { loadPlanContext } from '../plan/plan-context.ts';
import { hostReach, reachesHost } from '../plan/tutor-access.ts';
import { findDiscoveryProgram, layoutOf } from '../program-queries.ts';

const { discoveryAttendance, auditLog } = tenantSchema;

/**
 * Marks who came on a day. A tutor marks the pupils hosted that day by one of their hosts; the
 * coordination marks anyone, and alone the citizenship and restitution days it runs itself.
 * A pupil out of the caller's reach is as unknown as a missing one.
 */
export async function recordAttendance(input: {
  ctx: TenantServiceContext;
  caller: MentoringCaller;
  programId: string;
  data: AttendanceInput;
}): Promise<{ dayIndex: number; recorded: number; present: number }> {
  const { ctx, data } = input;
  return withTransaction(ctx.db, async (tx) => {
    const program = await findDiscoveryProgram(tx, input.programId);
    if (data.dayIndex >= layoutOf(program).length) {
      throw new DomainError({
        code: 'VALIDATION',
        message: 'Un champ est à corriger.',
        fields: { dayIndex: `La semaine compte ${layoutOf(program).length} journées.` },
      });
    }
    const context = await loadPlanContext(tx, program);
    const reach = await hostReach({ db: tx, caller: input.caller, programId: program.id });
    const at = ctx.now.toISOString();
    for (const record of data.records) {
      const group = context.groups.find((g) => g.members.some((m) => m.id === record.studentId));
      const day = context.planDays.find((d) => d.groupId === group?.group.id && d.dayIndex === data.dayIndex);
      if (!group || (reach.kind !== 'all' && !reachesHost(reach, day?.hostId ?? null)))
        throw notFound('Élève');
      if (!group.group.weekId || !day) {
        throw conflict(
          `Le groupe ${group.group.number} n’est pas encore planifié : pas de présence à noter.`,
        );
      }
      await tx
        .insert(discoveryAttendance)
        .values({
          studentId: record.studentId,
          dayIndex: data.dayIndex,
          present: record.present,
          markedBy: ctx.actorId,
          markedAt: at,
        })
        .onConflictDoUpdate({
          target: [discoveryAttendance.studentId, discoveryAttendance.dayIndex],
          set: { present: record.present, markedBy: ctx.actorId, markedAt: at },
        });
    }
    const present = data.records.filter((r) => r.present).length;
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'discovery_attendance.recorded',
      entityType: 'discovery_program',
      entityId: program.id,
      requestId: ctx.requestId,
      data: { dayIndex: data.dayIndex, recorded: data.records.length, present },
      at: ctx.now,
    });
    return { dayIndex: data.dayIndex, recorded: data.records.length, present };
  });
}
