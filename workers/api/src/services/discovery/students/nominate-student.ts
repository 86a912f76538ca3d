import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { conflict, newId, notFound } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import type { MentoringCaller, Outreach } from '../../mentoring/mentors/mentoring-deps.ts';
import { reachesSchool, schoolReach } from '../../mentoring/young-people/young-person-access.ts';
import type { TenantServiceContext } from '../../service-context.ts';
import { issueAuthorisationLink } from '../authorisations/authorisation-links.ts';
import { discoveryAuthorisationMail } from '../authorisations/authorisation-mail.ts';
import type { StudentNomination } from '../discovery-inputs.ts';
import { countOf } from '../french-numbers.ts';
import { assertActive, findDiscoveryProgram } from '../program-queries.ts';
import { placesTaken } from '../quotas/quota-queries.ts';
import { type StudentView, schoolInSentence, selectStudents, studentView } from './student-view.ts';

const { discoveryStudents, discoveryQuotas, organizations, auditLog } = tenantSchema;

const sameName = (a: string, b: string) => a.localeCompare(b, 'fr', { sensitivity: 'base' }) === 0;

/**
 * A school proposes one of its 3e pupils, within the places its quota gives it; the coordination
 * may add beyond a quota (it decides the exceptions). The guardian is asked by mail to authorise.
 * Another school is as unknown to a school referent as a missing one.
 */
export async function nominateStudent(input: {
  ctx: TenantServiceContext;
  outreach: Outreach;
  caller: MentoringCaller;
  programId: string;
  data: StudentNomination;
}): Promise<StudentView> {
  const { ctx, outreach, data, caller } = input;
  const outcome = await withTransaction(ctx.db, async (tx) => {
    const program = await findDiscoveryProgram(tx, input.programId);
    const reach = await schoolReach({ db: tx, caller });
    const [school] = reachesSchool(reach, data.schoolId)
      ? await tx
          .select()
          .from(organizations)
          .where(
            and(
              eq(organizations.id, data.schoolId),
              eq(organizations.kind, 'school'),
              eq(organizations.schoolKind, 'college'),
              eq(organizations.status, 'active'),
            ),
          )
      : [];
    if (!school) throw notFound('Collège');
    assertActive(program, 'on ne peut plus y proposer d’élève');

    if (!caller.roles.includes('tenant_admin')) {
      const [quota] = await tx
        .select({ quota: discoveryQuotas.quota })
        .from(discoveryQuotas)
        .where(and(eq(discoveryQuotas.programId, program.id), eq(discoveryQuotas.schoolId, school.id)));
      if (!quota) {
        throw conflict(
          `Aucune place n’est encore attribuée à ${schoolInSentence(school.name)} : la coordination calcule les quotas.`,
        );
      }
      const taken = (await placesTaken(tx, program.id)).get(school.id) ?? 0;
      if (taken >= quota.quota) {
        throw conflict(
          `Quota atteint : ${countOf(quota.quota, 'place', 'places')} pour ${schoolInSentence(school.name)}.`,
        );
      }
    }
    const already = await tx
      .select({ firstName: discoveryStudents.firstName, lastName: discoveryStudents.lastName })
      .from(discoveryStudents)
      .where(and(eq(discoveryStudents.programId, program.id), eq(discoveryStudents.schoolId, school.id)));
    if (already.some((s) => sameName(s.firstName, data.firstName) && sameName(s.lastName, data.lastName))) {
      throw conflict('Cet élève est déjà proposé dans ce programme.');
    }

    const id = newId('dst', ctx.now.getTime());
    await tx.insert(discoveryStudents).values({
      id,
      programId: program.id,
      schoolId: school.id,
      firstName: data.firstName,
      lastName: data.lastName,
      gender: data.gender,
      interests: data.interests,
      reason: data.reason,
      guardianEmail: data.guardianEmail,
      authorisation: 'pending',
      nominatedBy: ctx.actorId,
    });
    const token = await issueAuthorisationLink(tx, { studentId: id, now: ctx.now });
    // The trail is append-only and cannot be erased: no name, no reason, only the facts.
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'discovery_student.nominated',
      entityType: 'discovery_student',
      entityId: id,
      requestId: ctx.requestId,
      data: { programId: program.id, schoolId: school.id },
      at: ctx.now,
    });
    const [read] = await selectStudents(tx, eq(discoveryStudents.id, id));
    return { view: studentView(read!), token, program, school };
  });

  await outreach.mailer.send(
    discoveryAuthorisationMail({
      to: data.guardianEmail,
      firstName: data.firstName,
      schoolName: outcome.school.name,
      programName: outcome.program.name,
      tenantName: outreach.tenant.name,
      groupSize: outcome.program.groupSize,
      url: `${outreach.publicUrl}/t/${outreach.tenant.slug}/pass3e/autorisation/${outcome.token}`,
    }),
  );
  return outcome.view;
}
