import { tenantSchema } from '@passerelle/db';
import { conflict, DomainError, emailString, notFound, parseInput, trimmed } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import * as z from 'zod/mini';
import { createConvention } from '../../conventions/create-convention.ts';
import { sendConvention } from '../../conventions/send-convention.ts';
import type { SigningDeps } from '../../conventions/signing-context.ts';
import { findDiscoveryProgram } from '../program-queries.ts';

const {
  discoveryStudents,
  discoveryGroups,
  discoveryWeeks,
  conventionTemplates,
  conventions,
  organizations,
  people,
} = tenantSchema;

/** Who signs for the school; by default the school's referent known to Passerelle. */
export const InternshipConventionInput = z.object({
  schoolHead: z.optional(
    z.object({ name: trimmed('Le nom', 120), title: trimmed('La qualité', 120), email: emailString() }),
  ),
});

/**
 * The pupil's observation-internship convention, made from the tenant's `internship` template and
 * sent for signature like any convention: the school (its head, as the partner), the pupil's legal
 * representative, and the authority that hosts the week. The week must be planned first.
 */
export async function createInternshipConvention(input: {
  deps: SigningDeps;
  programId: string;
  studentId: string;
  body: unknown;
}) {
  const { deps } = input;
  const { db } = deps;
  const { schoolHead } = parseInput(InternshipConventionInput, input.body ?? {});
  const program = await findDiscoveryProgram(db, input.programId);
  const [student] = await db
    .select()
    .from(discoveryStudents)
    .where(and(eq(discoveryStudents.id, input.studentId), eq(discoveryStudents.programId, program.id)));
  if (!student) throw notFound('Élève');
  if (student.conventionId && !(await canBeRemade(db, student.conventionId)))
    throw conflict('La convention de stage de cet élève existe déjà.');
  if (student.authorisation !== 'given')
    throw conflict('L’autorisation du représentant légal n’est pas donnée.');
  const [week] = student.groupId
    ? await db
        .select({ startDate: discoveryWeeks.startDate })
        .from(discoveryGroups)
        .innerJoin(discoveryWeeks, eq(discoveryWeeks.id, discoveryGroups.weekId))
        .where(eq(discoveryGroups.id, student.groupId))
    : [];
  if (!week) throw conflict('La semaine de cet élève n’est pas encore planifiée.');
  const [template] = await db
    .select()
    .from(conventionTemplates)
    .where(and(eq(conventionTemplates.kind, 'internship'), eq(conventionTemplates.status, 'active')))
    .limit(1);
  if (!template)
    throw conflict('Aucun modèle de convention de stage : créez-en un (type « stage d’observation »).');
  const [school] = await db.select().from(organizations).where(eq(organizations.id, student.schoolId));
  const head = schoolHead ?? (await schoolReferentOf(deps, student.schoolId));

  const conventionId = await createConvention({
    ctx: { db, actorId: deps.actorId ?? 'system', requestId: deps.requestId, now: deps.now },
    title: `Convention de stage d’observation — ${student.firstName} ${student.lastName} (${school?.name ?? ''})`,
    data: {
      templateId: template.id,
      partnerOrganizationId: student.schoolId,
      startDate: week.startDate,
      commitments: [
        {
          type: 'internship_places_3e',
          quantityPerYear: 1,
          note: `${program.name} : ${student.firstName} ${student.lastName}`,
        },
      ],
      signers: [
        { role: 'partner_representative', ...head },
        {
          role: 'legal_guardian',
          name: `Représentant·e légal·e de ${student.firstName} ${student.lastName}`,
          title: 'Représentant·e légal·e',
          email: student.guardianEmail,
        },
        { role: 'tenant_representative', ...(await tenantSigner(deps, template.id)) },
      ],
    },
  });
  await db.update(discoveryStudents).set({ conventionId }).where(eq(discoveryStudents.id, student.id));
  await sendConvention(deps, conventionId);
  return { conventionId };
}

async function schoolReferentOf(deps: SigningDeps, schoolId: string) {
  const [person] = await deps.db.select().from(people).where(eq(people.organizationId, schoolId)).limit(1);
  if (!person?.email) {
    throw new DomainError({
      code: 'VALIDATION',
      message: 'Aucun référent connu pour ce collège : indiquez qui signe pour l’établissement.',
      fields: { schoolHead: 'Indiquez le ou la chef·fe d’établissement.' },
    });
  }
  return {
    name: `${person.firstName} ${person.lastName}`.trim(),
    title: 'Pour le chef d’établissement',
    email: person.email,
  };
}

async function tenantSigner(deps: SigningDeps, templateId: string) {
  const { conventionTemplateVersions } = tenantSchema;
  const versions = await deps.db
    .select()
    .from(conventionTemplateVersions)
    .where(eq(conventionTemplateVersions.templateId, templateId));
  const latest = versions.sort((a, b) => b.version - a.version)[0]!;
  const signatory = (
    latest.signatories as { role: string; defaultSigner?: { name: string; title: string; email: string } }[]
  ).find((s) => s.role === 'tenant_representative');
  if (!signatory?.defaultSigner)
    throw conflict('Le modèle de convention de stage doit désigner qui signe pour la collectivité.');
  return signatory.defaultSigner;
}

/** A convention withdrawn by the authority, or declined by a party, leaves room for a new one. */
async function canBeRemade(db: SigningDeps['db'], conventionId: string): Promise<boolean> {
  const [row] = await db
    .select({ status: conventions.status })
    .from(conventions)
    .where(eq(conventions.id, conventionId));
  return !row || row.status === 'withdrawn' || row.status === 'declined';
}
