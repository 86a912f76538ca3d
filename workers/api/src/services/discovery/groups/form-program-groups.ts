import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { type DiscoveryGender, formGroups, newId } from '@passerelle/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { TenantServiceContext } from '../../service-context.ts';
import { assertActive, findDiscoveryProgram } from '../program-queries.ts';
import { groupsOf, groupsResult, mixScore } from './group-view.ts';

const { discoveryGroups, discoveryPlanDays, discoveryStudents, organizations, auditLog } = tenantSchema;

/**
 * Forms groups of the authorised pupils, mixing collèges and genders (`formGroups`). Groups
 * already given a week stay as they are; the others are formed again with the pupils authorised
 * since, so re-running before planning never leaves anyone out.
 */
export async function formProgramGroups(input: { ctx: TenantServiceContext; programId: string }) {
  const { ctx } = input;
  return withTransaction(ctx.db, async (tx) => {
    const program = await findDiscoveryProgram(tx, input.programId);
    assertActive(program, 'les groupes ne peuvent plus être formés');
    const existing = await tx.select().from(discoveryGroups).where(eq(discoveryGroups.programId, program.id));
    const kept = existing.filter((g) => g.weekId !== null);
    const replaced = existing.filter((g) => g.weekId === null).map((g) => g.id);
    if (replaced.length > 0) {
      await tx
        .update(discoveryStudents)
        .set({ groupId: null })
        .where(inArray(discoveryStudents.groupId, replaced));
      await tx.delete(discoveryPlanDays).where(inArray(discoveryPlanDays.groupId, replaced));
      await tx.delete(discoveryGroups).where(inArray(discoveryGroups.id, replaced));
    }

    const pupils = await tx
      .select({ student: discoveryStudents, schoolName: organizations.name })
      .from(discoveryStudents)
      .innerJoin(organizations, eq(organizations.id, discoveryStudents.schoolId))
      .where(
        and(
          eq(discoveryStudents.programId, program.id),
          eq(discoveryStudents.authorisation, 'given'),
          isNull(discoveryStudents.groupId),
        ),
      );
    const formation = formGroups({
      students: pupils.map(({ student }) => ({
        id: student.id,
        schoolId: student.schoolId,
        gender: student.gender as DiscoveryGender,
        interests: student.interests as string[],
      })),
      size: program.groupSize,
      schools: [...new Map(pupils.map((p) => [p.student.schoolId, p.schoolName])).entries()].map(
        ([id, name]) => ({
          id,
          name,
        }),
      ),
    });
    const first = Math.max(0, ...kept.map((g) => g.number)) + 1;
    for (const group of formation.groups) {
      const id = newId('dgr', ctx.now.getTime());
      const number = first + group.index - 1;
      await tx.insert(discoveryGroups).values({
        id,
        programId: program.id,
        number,
        score: mixScore(group.score),
        // The domain numbers from 1; groups kept from an earlier run come first.
        explanation: group.explanation.replace(/^Groupe \d+/, `Groupe ${number}`),
      });
      await tx
        .update(discoveryStudents)
        .set({ groupId: id })
        .where(inArray(discoveryStudents.id, group.studentIds));
    }
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'discovery_groups.formed',
      entityType: 'discovery_program',
      entityId: program.id,
      requestId: ctx.requestId,
      data: { formed: formation.groups.length, kept: kept.length, pupils: pupils.length },
      at: ctx.now,
    });
    return groupsResult(await groupsOf(tx, program.id), formation.warnings);
  });
}
