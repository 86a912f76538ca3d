import { type ControlDb, controlSchema } from '@passerelle/db';
import { newId, ROLE_LABELS, type TenantRole } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { Mailer } from '../../mail/mailer.ts';

type Invitation = {
  control: ControlDb;
  mailer: Mailer;
  tenant: { id: string; name: string };
  email: string;
  name?: string | undefined;
  role: TenantRole;
  invitedBy: string;
  signInUrl: string;
};

/**
 * Gives an e-mail address a role in a tenant: the identity is created if new (that is what makes
 * the address "invited" for magic links) and an invitation is mailed with the sign-in address.
 */
export async function inviteMember(input: Invitation): Promise<{ identityId: string }> {
  const granted = await grantMembership(input);
  await sendInvitation(input);
  return granted;
}

/** The identity and its role, without the mail: for a caller that mails only once its own write is done. */
export async function grantMembership(
  input: Omit<Invitation, 'mailer' | 'signInUrl'>,
): Promise<{ identityId: string }> {
  const { control } = input;
  const { identities, memberships } = controlSchema;
  const email = input.email.toLowerCase();
  const [inserted] = await control
    .insert(identities)
    .values({ id: newId('idn'), email, name: input.name ?? null })
    .onConflictDoNothing({ target: identities.email })
    .returning({ id: identities.id });
  const identityId =
    inserted?.id ??
    (await control.select({ id: identities.id }).from(identities).where(eq(identities.email, email)))[0]!.id;
  await control
    .insert(memberships)
    .values({
      id: newId('mbr'),
      identityId,
      tenantId: input.tenant.id,
      role: input.role,
      invitedBy: input.invitedBy,
    })
    .onConflictDoNothing();
  return { identityId };
}

export async function sendInvitation(input: Omit<Invitation, 'control' | 'invitedBy'>): Promise<void> {
  const email = input.email.toLowerCase();
  await input.mailer.send({
    to: email,
    subject: `Invitation : ${input.tenant.name} sur Passerelle`,
    text: [
      'Bonjour,',
      '',
      `Vous êtes invité·e sur Passerelle pour ${input.tenant.name}, avec le rôle « ${ROLE_LABELS[input.role]} ».`,
      `Pour vous connecter, saisissez votre adresse (${email}) sur ${input.signInUrl} : un lien de connexion vous sera envoyé.`,
    ].join('\n'),
  });
}
