import { appendAudit, type TenantDb, tenantSchema, withTransaction } from '@passerelle/db';
import { conflict, DomainError, type FieldErrors, newId, notFound } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import type { Outreach } from '../../mentoring/mentors/mentoring-deps.ts';
import type { TenantServiceContext } from '../../service-context.ts';
import { inviteMember } from '../../tenants/invite-member.ts';
import type { HostInput } from '../discovery-inputs.ts';
import { assertActive, findDiscoveryProgram, serviceDaysOf, weeksOf } from '../program-queries.ts';
import { type HostView, hostsOf, hostView } from './host-view.ts';

const { conventions, discoveryHosts, discoveryTutors, organizations, auditLog } = tenantSchema;

/** A service of the authority hosts as is; a company or an association only under an active convention. */
const HOST_KINDS = ['service', 'company', 'association'];

/**
 * Adds a host (a service, or a partner under convention) with its tutors. Tutors are invited with
 * the role `mentor`: signed in, they see their own host-days and mark attendance there.
 */
export async function addHost(input: {
  ctx: TenantServiceContext;
  outreach: Outreach;
  programId: string;
  data: HostInput;
}): Promise<HostView> {
  const { ctx, outreach, data } = input;
  // Everything that can refuse the request is checked before anyone is invited.
  const program = await checkHost(ctx.db, input.programId, data);
  const identities: string[] = [];
  for (const tutor of data.tutors) {
    const { identityId } = await inviteMember({
      control: outreach.control,
      mailer: outreach.mailer,
      tenant: outreach.tenant,
      email: tutor.email,
      name: tutor.name,
      role: 'mentor',
      invitedBy: ctx.actorId,
      signInUrl: `${outreach.publicUrl}/connexion`,
    });
    identities.push(identityId);
  }

  return withTransaction(ctx.db, async (tx) => {
    await checkHost(tx, program.id, data);
    const id = newId('dho', ctx.now.getTime());
    await tx.insert(discoveryHosts).values({
      id,
      programId: program.id,
      organizationId: data.organizationId,
      conventionId: data.conventionId ?? null,
      name: data.name,
      jobFamily: data.jobFamily,
      mixedJob: data.mixedJob,
      capacityGroupsPerDay: data.capacityGroupsPerDay,
      availableWeeks: data.availableWeeks ?? null,
    });
    await tx.insert(discoveryTutors).values(
      data.tutors.map((tutor, index) => ({
        id: newId('dtu', ctx.now.getTime()),
        hostId: id,
        identityId: identities[index]!,
        name: tutor.name,
        email: tutor.email,
        days: tutor.days ?? null,
      })),
    );
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'discovery_host.created',
      entityType: 'discovery_host',
      entityId: id,
      requestId: ctx.requestId,
      data: { programId: program.id, organizationId: data.organizationId, tutors: data.tutors.length },
      at: ctx.now,
    });
    const read = (await hostsOf(tx, program.id)).find((h) => h.host.id === id)!;
    return hostView(read, { withEmails: true });
  });
}

async function checkHost(db: Pick<TenantDb, 'select'>, programId: string, data: HostInput) {
  const program = await findDiscoveryProgram(db, programId);
  assertActive(program, 'on ne peut plus y ajouter de service d’accueil');
  const [organization] = await db
    .select()
    .from(organizations)
    .where(eq(organizations.id, data.organizationId));
  if (!organization) throw notFound('Organisation');

  const fields: FieldErrors = {};
  if (organization.status !== 'active') fields.organizationId = 'Cette organisation est archivée.';
  else if (!HOST_KINDS.includes(organization.kind))
    fields.organizationId = 'Un élève est accueilli par un service de la collectivité ou un partenaire.';
  else if (organization.kind !== 'service' && !data.conventionId)
    fields.conventionId = 'Un partenaire accueille des collégiens dans le cadre d’une convention active.';
  if (data.conventionId && !fields.organizationId) {
    const [convention] = await db
      .select({ id: conventions.id })
      .from(conventions)
      .where(
        and(
          eq(conventions.id, data.conventionId),
          eq(conventions.partnerOrganizationId, organization.id),
          eq(conventions.status, 'active'),
        ),
      );
    if (!convention)
      fields.conventionId = 'Aucune convention active de cette organisation ne porte ce numéro.';
  }
  const starts = new Set((await weeksOf(db, program.id)).map((w) => w.startDate));
  data.availableWeeks?.forEach((week, k) => {
    if (!starts.has(week))
      fields[`availableWeeks.${k}`] = 'Cette semaine n’est pas une semaine du programme.';
  });
  const serviceDays = serviceDaysOf(program);
  data.tutors.forEach((tutor, t) => {
    tutor.days?.forEach((day, k) => {
      if (!serviceDays.includes(day))
        fields[`tutors.${t}.days.${k}`] = `Le jour ${day + 1} n’est pas une journée en service.`;
    });
  });
  if (Object.keys(fields).length > 0) {
    const n = Object.keys(fields).length;
    throw new DomainError({
      code: 'VALIDATION',
      message: n > 1 ? `${n} champs sont à corriger.` : 'Un champ est à corriger.',
      fields,
    });
  }

  const taken = new Map(
    (await hostsOf(db, program.id)).flatMap((h) => h.tutors.map((t) => [t.email, h.host.name] as const)),
  );
  data.tutors.forEach((tutor, t) => {
    const elsewhere = taken.get(tutor.email);
    if (elsewhere) {
      throw conflict(
        `${tutor.name} est déjà tuteur ou tutrice du service « ${elsewhere} » dans ce programme.`,
        {
          [`tutors.${t}.email`]: 'Déjà tuteur ou tutrice dans ce programme.',
        },
      );
    }
  });
  return program;
}
