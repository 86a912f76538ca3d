import type { Adapter, AdapterUser } from '@auth/core/adapters';
import { type ControlDb, controlSchema } from '@passerelle/db';
import { newId } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';

const { identities, accounts, sessions, verificationTokens } = controlSchema;
type IdentityRow = typeof identities.$inferSelect;

const toUser = (row: IdentityRow): AdapterUser => ({
  id: row.id,
  email: row.email,
  name: row.name,
  image: row.image,
  emailVerified: row.emailVerified ? new Date(row.emailVerified) : null,
});

/**
 * Auth.js storage on the control DB. Accounts are found by provider + subject only: an OpenID
 * Connect login never lands in an identity just because the e-mail matches.
 */
export function createControlAdapter(control: ControlDb): Adapter {
  const byId = async (id: string) => {
    const [row] = await control.select().from(identities).where(eq(identities.id, id));
    return row ? toUser(row) : null;
  };
  return {
    async createUser(user) {
      const [row] = await control
        .insert(identities)
        .values({
          id: newId('idn'),
          email: user.email.toLowerCase(),
          name: user.name ?? null,
          image: user.image ?? null,
          emailVerified: user.emailVerified?.toISOString() ?? null,
        })
        .returning();
      return toUser(row!);
    },
    getUser: byId,
    async getUserByEmail(email) {
      const [row] = await control.select().from(identities).where(eq(identities.email, email.toLowerCase()));
      return row ? toUser(row) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const [row] = await control
        .select({ identity: identities })
        .from(accounts)
        .innerJoin(identities, eq(identities.id, accounts.identityId))
        .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)));
      return row ? toUser(row.identity) : null;
    },
    async updateUser(user) {
      const changes: Partial<IdentityRow> = {};
      if (user.name !== undefined) changes.name = user.name;
      if (user.image !== undefined) changes.image = user.image;
      if (user.emailVerified !== undefined) changes.emailVerified = user.emailVerified?.toISOString() ?? null;
      if (Object.keys(changes).length > 0) {
        await control.update(identities).set(changes).where(eq(identities.id, user.id));
      }
      return (await byId(user.id))!;
    },
    async linkAccount(account) {
      await control.insert(accounts).values({
        identityId: account.userId,
        type: account.type,
        provider: account.provider,
        providerAccountId: account.providerAccountId,
      });
    },
    async createSession(session) {
      await control.insert(sessions).values({
        sessionToken: session.sessionToken,
        identityId: session.userId,
        expires: session.expires.toISOString(),
      });
      return session;
    },
    async getSessionAndUser(sessionToken) {
      const [row] = await control
        .select({ session: sessions, identity: identities })
        .from(sessions)
        .innerJoin(identities, eq(identities.id, sessions.identityId))
        .where(eq(sessions.sessionToken, sessionToken));
      if (!row) return null;
      return {
        session: {
          sessionToken: row.session.sessionToken,
          userId: row.session.identityId,
          expires: new Date(row.session.expires),
        },
        user: toUser(row.identity),
      };
    },
    async updateSession(session) {
      if (session.expires) {
        await control
          .update(sessions)
          .set({ expires: session.expires.toISOString() })
          .where(eq(sessions.sessionToken, session.sessionToken));
      }
      return null;
    },
    async deleteSession(sessionToken) {
      await control.delete(sessions).where(eq(sessions.sessionToken, sessionToken));
    },
    async createVerificationToken(token) {
      await control.insert(verificationTokens).values({
        identifier: token.identifier,
        token: token.token,
        expires: token.expires.toISOString(),
      });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      // DELETE … RETURNING is one statement: of two clicks on the same link, only one gets the row.
      const [row] = await control
        .delete(verificationTokens)
        .where(and(eq(verificationTokens.identifier, identifier), eq(verificationTokens.token, token)))
        .returning();
      return row ? { identifier: row.identifier, token: row.token, expires: new Date(row.expires) } : null;
    },
  };
}
