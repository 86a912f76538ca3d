import { appendAudit, type TenantDb, tenantSchema, withTransaction } from '@passerelle/db';
import { conflict, DomainError, type MentorInput, newId, notFound } from '@passerelle/domain';
import { and, desc, eq } from 'drizzle-orm';
import { linkPersonToOrganization } from '../../partners/link-person.ts';
import { organizationsOf } from '../../partners/partner-organizations.ts';
import type { TenantServiceContext } from '../../service-context.ts';
import { grantMembership, sendInvitation } from '../../tenants/invite-member.ts';
import { findProgram } from '../program-queries.ts';
import { issueApprovalLink } from './approval-links.ts';
import { managerApprovalMail } from './manager-approval-mail.ts';
import { findMentor } from './mentor-access.ts';
import { isoDay, type MentorView, mentorView } from './mentor-view.ts';
import type { MentoringCaller, Outreach } from './mentoring-deps.ts';

const { conventionCommitments, conventions, mentors, organizations } = tenantSchema;

/** Mentors come from partners and from the authority's own services, never from a school. */
const MENTOR_ORGANIZATION_KINDS = ['company', 'association', 'service'];

const emailTaken = () =>
  conflict('Cette personne est déjà mentor dans ce programme.', {
    email: 'Cette adresse est déjà celle d’un mentor du programme.',
  });

/**
 * Adds a mentor to a program: a partner referent for its own organization, the admin for any.
 * The mentor is invited (role `mentor`) and known as a person of its organization; a partner's
 * mentor is attached to its active convention promising volunteer mentors, so that it counts
 * there. An agent on work time needs the manager's consent, asked by a single-use link.
 */
export async function createMentor(input: {
  ctx: TenantServiceContext;
  outreach: Outreach;
  caller: MentoringCaller;
  programId: string;
  data: MentorInput;
}): Promise<MentorView> {
  const { ctx, outreach, data } = input;
  // Everything that can refuse the request is checked before anyone is invited.
  const { program, organization, conventionId } = await planMentor(input);
  const invitation = {
    tenant: outreach.tenant,
    email: data.email,
    name: `${data.firstName} ${data.lastName}`,
    role: 'mentor' as const,
  };
  const { identityId } = await grantMembership({
    ...invitation,
    control: outreach.control,
    invitedBy: ctx.actorId,
  });

  const { view, approvalToken } = await withTransaction(ctx.db, async (tx) => {
    if (await emailInProgram(tx, program.id, data.email)) throw emailTaken();
    const id = newId('mnt', ctx.now.getTime());
    const at = ctx.now.toISOString();
    await tx.insert(mentors).values({
      id,
      programId: program.id,
      identityId,
      firstName: data.firstName,
      lastName: data.lastName,
      email: data.email,
      organizationId: organization.id,
      conventionId,
      jobFamily: data.jobFamily,
      jobTitle: data.jobTitle,
      skills: data.skills,
      communeCode: data.communeCode || null,
      availability: data.availability,
      capacity: data.capacity ?? program.defaultCapacity,
      languages: data.languages,
      preferredLevels: data.preferredLevels,
      onWorkTime: data.onWorkTime,
      managerEmail: data.onWorkTime ? (data.managerEmail ?? null) : null,
      managerApproval: data.onWorkTime ? 'pending' : 'not_needed',
      hoursAllowance: data.onWorkTime ? program.agentHoursAllowance : 0,
      invitedBy: ctx.actorId,
      createdAt: at,
      updatedAt: at,
    });
    await linkPersonToOrganization({
      db: tx,
      identityId,
      organizationId: organization.id,
      firstName: data.firstName,
      lastName: data.lastName,
      email: data.email,
    });
    const approvalToken = data.onWorkTime
      ? await issueApprovalLink(tx, { mentorId: id, now: ctx.now })
      : null;
    await appendAudit(tx, tenantSchema.auditLog, {
      actorId: ctx.actorId,
      action: 'mentor.created',
      entityType: 'mentor',
      entityId: id,
      requestId: ctx.requestId,
      data: {
        programId: program.id,
        organizationId: organization.id,
        conventionId,
        identityId,
        onWorkTime: data.onWorkTime,
      },
      at: ctx.now,
    });
    const read = await findMentor({ db: tx, id, reach: { kind: 'all' } });
    return { view: mentorView(read, isoDay(ctx.now)), approvalToken };
  });

  // Mailed once the mentor is written: a request refused in the transaction (the same address
  // added twice at once) sends nobody an invitation to a program they are not in.
  await sendInvitation({
    ...invitation,
    mailer: outreach.mailer,
    signInUrl: `${outreach.publicUrl}/connexion`,
  });
  if (approvalToken && view.managerEmail) {
    await outreach.mailer.send(
      managerApprovalMail({
        to: view.managerEmail,
        mentorName: `${view.firstName} ${view.lastName}`,
        programName: program.name,
        tenantName: outreach.tenant.name,
        hoursAllowance: view.hoursAllowance,
        url: `${outreach.publicUrl}/t/${outreach.tenant.slug}/accord-responsable/${approvalToken}`,
      }),
    );
  }
  return view;
}

async function planMentor(input: {
  ctx: TenantServiceContext;
  caller: MentoringCaller;
  programId: string;
  data: MentorInput;
}) {
  const { db } = input.ctx;
  const { data, caller } = input;
  const program = await findProgram(db, input.programId);
  if (program.status !== 'active') {
    throw conflict('Ce programme est archivé : on ne peut plus y ajouter de mentor.');
  }
  // A partner referent names mentors of its own organization only; another one is unknown to it.
  if (
    !caller.roles.includes('tenant_admin') &&
    !(await organizationsOf({ db, identityId: caller.identityId })).includes(data.organizationId)
  ) {
    throw notFound('Organisation');
  }
  const [organization] = await db
    .select()
    .from(organizations)
    .where(eq(organizations.id, data.organizationId));
  if (!organization) throw notFound('Organisation');
  if (organization.status !== 'active' || !MENTOR_ORGANIZATION_KINDS.includes(organization.kind)) {
    throw new DomainError({
      code: 'VALIDATION',
      message: 'Un champ est à corriger.',
      fields: {
        organizationId:
          organization.status !== 'active'
            ? 'Cette organisation est archivée.'
            : 'Un mentor vient d’une entreprise, d’une association ou d’un service de la collectivité.',
      },
    });
  }
  if (await emailInProgram(db, program.id, data.email)) throw emailTaken();
  return { program, organization, conventionId: await volunteerConventionOf(db, organization.id) };
}

async function emailInProgram(db: Pick<TenantDb, 'select'>, programId: string, email: string) {
  const [row] = await db
    .select({ id: mentors.id })
    .from(mentors)
    .where(and(eq(mentors.programId, programId), eq(mentors.email, email)));
  return Boolean(row);
}

/** The organization's active convention promising volunteer mentors (the latest, if several). */
async function volunteerConventionOf(db: Pick<TenantDb, 'select'>, organizationId: string) {
  const [row] = await db
    .select({ id: conventions.id })
    .from(conventions)
    .innerJoin(
      conventionCommitments,
      and(
        eq(conventionCommitments.conventionId, conventions.id),
        eq(conventionCommitments.type, 'volunteer_mentors'),
      ),
    )
    .where(and(eq(conventions.partnerOrganizationId, organizationId), eq(conventions.status, 'active')))
    .orderBy(desc(conventions.startDate), desc(conventions.id))
    .limit(1);
  return row?.id ?? null;
}
