import { appendAudit, type TenantDb, tenantSchema, withTransaction } from '@passerelle/db';
import {
  checkEligibility,
  conflict,
  DomainError,
  type EligibilityRules,
  type FieldErrors,
  type NominationInput,
  newId,
  notFound,
  SCHOOL_LEVEL_LABELS,
  type SchoolLevel,
  youngPersonKey,
} from '@passerelle/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { TenantServiceContext } from '../../service-context.ts';
import type { MentoringCaller, Outreach } from '../mentors/mentoring-deps.ts';
import { findProgram } from '../program-queries.ts';
import { issueGuardianLink } from './guardian-links.ts';
import { guardianAuthorisationMail } from './guardian-mail.ts';
import { findYoungPerson, reachesSchool, schoolReach } from './young-person-access.ts';
import { type YoungPersonCoordinatorView, youngPersonCoordinatorView } from './young-person-view.ts';

const { youngPeople, mentoringPrograms, organizations } = tenantSchema;

export type Duplicate = { programName: string; since: string };

/**
 * A school (or the coordinator) proposes a young person. Eligibility is computed and kept with
 * its reasons — an ineligible nomination is still recorded, the coordinator decides. The same
 * young person already followed in another program of the tenant is reported, so that several
 * initiatives do not pile up around one pupil; the guardian is asked for authorisation by mail.
 */
export async function nominateYoungPerson(input: {
  ctx: TenantServiceContext;
  outreach: Outreach;
  caller: MentoringCaller;
  programId: string;
  data: NominationInput;
}): Promise<{ youngPerson: YoungPersonCoordinatorView; duplicates: Duplicate[] }> {
  const { ctx, outreach, data } = input;
  const outcome = await withTransaction(ctx.db, async (tx) => {
    const program = await findProgram(tx, input.programId);
    if (program.status !== 'active') {
      throw conflict('Ce programme est archivé : on ne peut plus y proposer de jeune.');
    }
    const reach = await schoolReach({ db: tx, caller: input.caller });
    // Another school is as unknown to a school referent as a missing one.
    const [school] = reachesSchool(reach, data.schoolId)
      ? await tx
          .select()
          .from(organizations)
          .where(
            and(
              eq(organizations.id, data.schoolId),
              eq(organizations.kind, 'school'),
              eq(organizations.status, 'active'),
            ),
          )
      : [];
    if (!school) throw notFound('Établissement');

    const rules = program.eligibility as EligibilityRules;
    assertFitsProgram({ data, audience: program.audienceLevels as SchoolLevel[], rules });

    const identityKey = youngPersonKey(data);
    const elsewhere = await nominationsOf(tx, identityKey);
    if (elsewhere.some((n) => n.programId === program.id)) {
      throw conflict('Ce jeune est déjà proposé dans ce programme.');
    }
    const verdict = checkEligibility(rules, {
      scholarship: data.scholarship,
      schoolPriorityEducation: (school.priorityEducation as 'REP' | 'REP+' | 'none' | null) ?? null,
      priorityNeighbourhood: data.priorityNeighbourhood,
      customMet: data.customCriteria,
    });

    const id = newId('yng', ctx.now.getTime());
    const at = ctx.now.toISOString();
    await tx.insert(youngPeople).values({
      id,
      programId: program.id,
      firstName: data.firstName,
      lastName: data.lastName,
      birthDate: data.birthDate,
      identityKey,
      level: data.level,
      schoolId: school.id,
      communeCode: data.communeCode || null,
      interests: data.interests,
      availability: data.availability,
      languages: data.languages,
      reason: data.reason,
      reasonDetail: data.reasonDetail || null,
      scholarship: data.scholarship,
      priorityNeighbourhood: data.priorityNeighbourhood,
      customCriteria: data.customCriteria,
      eligibility: verdict,
      eligible: verdict.eligible,
      guardianEmail: data.guardianEmail,
      authorisation: 'pending',
      nominatedBy: ctx.actorId,
      createdAt: at,
      updatedAt: at,
    });
    const token = await issueGuardianLink(tx, { youngPersonId: id, now: ctx.now });
    const duplicates = elsewhere.map((n) => ({
      programName: n.programName,
      since: n.createdAt.slice(0, 10),
    }));
    // The trail is append-only and cannot be erased: no name, no sensitive fact, only the verdict.
    await appendAudit(tx, tenantSchema.auditLog, {
      actorId: ctx.actorId,
      action: 'young_person.nominated',
      entityType: 'young_person',
      entityId: id,
      requestId: ctx.requestId,
      data: {
        programId: program.id,
        schoolId: school.id,
        level: data.level,
        eligible: verdict.eligible,
        supportedElsewhere: duplicates.length,
      },
      at: ctx.now,
    });
    const read = await findYoungPerson({ db: tx, id, reach: { kind: 'all' } });
    return { youngPerson: youngPersonCoordinatorView(read), duplicates, token, program, school };
  });

  await outreach.mailer.send(
    guardianAuthorisationMail({
      to: data.guardianEmail,
      firstName: data.firstName,
      schoolName: outcome.school.name,
      programName: outcome.program.name,
      tenantName: outreach.tenant.name,
      durationMonths: outcome.program.durationMonths,
      url: `${outreach.publicUrl}/t/${outreach.tenant.slug}/autorisation/${outcome.token}`,
    }),
  );
  return { youngPerson: outcome.youngPerson, duplicates: outcome.duplicates };
}

/** The level must be one the program addresses; declared criteria must be the program's own. */
function assertFitsProgram(input: {
  data: NominationInput;
  audience: SchoolLevel[];
  rules: EligibilityRules;
}) {
  const { data, audience, rules } = input;
  const fields: FieldErrors = {};
  if (!audience.includes(data.level)) {
    fields.level = `Ce programme s’adresse aux élèves de ${audience.map((l) => SCHOOL_LEVEL_LABELS[l]).join(', ')}.`;
  }
  data.customCriteria.forEach((label, index) => {
    if (!rules.custom.includes(label))
      fields[`customCriteria.${index}`] = 'Ce critère n’est pas celui du programme.';
  });
  if (Object.keys(fields).length > 0) {
    throw new DomainError({
      code: 'VALIDATION',
      message:
        Object.keys(fields).length > 1
          ? `${Object.keys(fields).length} champs sont à corriger.`
          : 'Un champ est à corriger.',
      fields,
    });
  }
}

/** Every nomination of the same young person in the tenant, oldest first, with its program. */
async function nominationsOf(db: Pick<TenantDb, 'select'>, identityKey: string) {
  return db
    .select({
      programId: youngPeople.programId,
      programName: mentoringPrograms.name,
      createdAt: youngPeople.createdAt,
    })
    .from(youngPeople)
    .innerJoin(mentoringPrograms, eq(mentoringPrograms.id, youngPeople.programId))
    .where(eq(youngPeople.identityKey, identityKey))
    .orderBy(asc(youngPeople.createdAt));
}
