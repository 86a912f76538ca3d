import {
  appendAudit,
  type ControlDb,
  controlSchema,
  type TenantDb,
  type TenantRecord,
  tenantSchema,
  withTransaction,
} from '@passerelle/db';
import {
  awaitedSigners,
  type DueReminder,
  dueReminders,
  formatFrenchDate,
  type SigningOrder,
  toIsoDate,
} from '@passerelle/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Mailer } from '../../mail/mailer.ts';
import { appendTrailEvent } from './append-trail-event.ts';
import { findConvention, signersOf } from './convention-queries.ts';
import { signerStates } from './convention-view.ts';
import { mailInvitations } from './send-convention.ts';
import { issueSigningLink } from './signing-links.ts';

const { conventions, conventionSigners, conventionEvents, conventionTemplateVersions, auditLog } =
  tenantSchema;

/**
 * The daily convention job for one tenant: a weekly reminder to whoever has not signed, a warning
 * 60 and 30 days before the end, and expiry. Safe to run every few minutes: what was done is read
 * back from the trail and the signers' last notification, so nothing is sent twice.
 */
export async function runConventionReminders(input: {
  db: TenantDb;
  control: ControlDb;
  tenant: TenantRecord;
  mailer: Mailer;
  publicUrl: string;
  now: Date;
}): Promise<DueReminder[]> {
  const { db, now } = input;
  const today = toIsoDate(now);
  const open = await db
    .select({ row: conventions, signingOrder: conventionTemplateVersions.signingOrder })
    .from(conventions)
    .innerJoin(conventionTemplateVersions, eq(conventionTemplateVersions.id, conventions.templateVersionId))
    .where(inArray(conventions.status, ['sent', 'active']));
  const candidates = [];
  for (const { row, signingOrder } of open) {
    const signers = await signersOf(db, row.id);
    const awaited = awaitedSigners(signerStates(signers), signingOrder as SigningOrder);
    const warnings = await db
      .select({ detail: conventionEvents.detail })
      .from(conventionEvents)
      .where(and(eq(conventionEvents.conventionId, row.id), eq(conventionEvents.type, 'expiry_reminder')));
    candidates.push({
      id: row.id,
      status: row.status,
      endDate: row.endDate,
      awaitedSigners: awaited.map((a) => ({
        id: a.id,
        notifiedOn: (signers.find((s) => s.id === a.id)?.notifiedAt ?? row.sentAt ?? now.toISOString()).slice(
          0,
          10,
        ),
      })),
      expiryRemindersSent: warnings.map((w) => Number.parseInt(w.detail ?? '', 10)).filter(Number.isFinite),
    });
  }
  const due = dueReminders({ today, conventions: candidates });
  for (const reminder of due) await carryOut(input, reminder);
  return due;
}

async function carryOut(input: Parameters<typeof runConventionReminders>[0], reminder: DueReminder) {
  const { db, now } = input;
  const deps = { ...input, actorId: null, requestId: 'job:conventions' };
  if (reminder.kind === 'unsigned') {
    const invitation = await withTransaction(db, async (tx) => {
      // Re-read inside the transaction: a convention withdrawn since the job listed it gets no link.
      if ((await findConvention(tx, reminder.conventionId)).status !== 'sent') return null;
      const [signer] = await tx
        .select()
        .from(conventionSigners)
        .where(eq(conventionSigners.id, reminder.signerId));
      const token = await issueSigningLink(tx, {
        signerId: signer!.id,
        conventionId: reminder.conventionId,
        now,
      });
      await tx
        .update(conventionSigners)
        .set({ notifiedAt: now.toISOString() })
        .where(eq(conventionSigners.id, signer!.id));
      await appendTrailEvent(tx, reminder.conventionId, {
        type: 'reminded',
        at: now,
        signerId: signer!.id,
        detail: 'relance hebdomadaire',
      });
      return { email: signer!.email, name: signer!.name, token };
    });
    if (!invitation) return;
    const convention = await findConvention(db, reminder.conventionId);
    await mailInvitations(deps, convention.title, [invitation], true);
    return;
  }
  if (reminder.kind === 'expiry') {
    const convention = await findConvention(db, reminder.conventionId);
    await withTransaction(db, (tx) =>
      appendTrailEvent(tx, reminder.conventionId, {
        type: 'expiry_reminder',
        at: now,
        detail: `${reminder.daysBefore} jours`,
      }),
    );
    for (const to of await recipientsOf(input, convention.partnerOrganizationId)) {
      await input.mailer.send({
        to,
        subject: `Échéance dans ${reminder.daysBefore} jours : ${convention.title}`,
        text: `Bonjour,\n\nLa convention « ${convention.title} » arrive à échéance le ${formatFrenchDate(convention.endDate)}.\nPour poursuivre le partenariat, la collectivité peut la renouveler depuis Passerelle : ${input.publicUrl}/t/${input.tenant.slug}/conventions/${convention.id}`,
      });
    }
    return;
  }
  await withTransaction(db, async (tx) => {
    const at = now.toISOString();
    await tx
      .update(conventions)
      .set({ status: 'expired', endedAt: at, updatedAt: at })
      .where(and(eq(conventions.id, reminder.conventionId), eq(conventions.status, 'active')));
    await appendTrailEvent(tx, reminder.conventionId, { type: 'expired', at: now });
    await appendAudit(tx, auditLog, {
      actorId: null,
      action: 'convention.expired',
      entityType: 'convention',
      entityId: reminder.conventionId,
      requestId: 'job:conventions',
      at: now,
    });
  });
}

/** The tenant's admins and the partner's referents: those who can act on an expiring convention. */
async function recipientsOf(
  input: { db: TenantDb; control: ControlDb; tenant: TenantRecord },
  partnerOrganizationId: string,
) {
  const { identities, memberships } = controlSchema;
  const admins = await input.control
    .select({ email: identities.email })
    .from(memberships)
    .innerJoin(identities, eq(identities.id, memberships.identityId))
    .where(and(eq(memberships.tenantId, input.tenant.id), eq(memberships.role, 'tenant_admin')));
  const referents = await input.db
    .select({ email: tenantSchema.people.email })
    .from(tenantSchema.people)
    .where(eq(tenantSchema.people.organizationId, partnerOrganizationId));
  return [
    ...new Set([...admins.map((a) => a.email), ...referents.flatMap((r) => (r.email ? [r.email] : []))]),
  ];
}
