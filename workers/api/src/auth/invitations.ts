import { type ControlDb, controlSchema } from '@passerelle/db';
import { eq } from 'drizzle-orm';

/** Sign-in is invite-only: an identity exists for the address and holds a role somewhere. */
export async function isInvited(control: ControlDb, email: string): Promise<boolean> {
  const { identities, memberships } = controlSchema;
  const rows = await control
    .select({ nationalAdmin: identities.nationalAdmin, membershipId: memberships.id })
    .from(identities)
    .leftJoin(memberships, eq(memberships.identityId, identities.id))
    .where(eq(identities.email, email.trim().toLowerCase()))
    .limit(1);
  const row = rows[0];
  return Boolean(row && (row.nationalAdmin || row.membershipId));
}
