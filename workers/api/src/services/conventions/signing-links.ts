import { type TenantDb, tenantSchema } from '@passerelle/db';
import { DomainError, sha256Hex } from '@passerelle/domain';
import { eq } from 'drizzle-orm';

export const SIGNING_LINK_DAYS = 14;

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** Creates a signing link for one signer; only the token's hash is stored. */
export async function issueSigningLink(
  tx: Pick<TenantDb, 'insert'>,
  input: { signerId: string; conventionId: string; now: Date },
): Promise<string> {
  const token = randomToken();
  await tx.insert(tenantSchema.signingLinks).values({
    tokenHash: await sha256Hex(token),
    signerId: input.signerId,
    conventionId: input.conventionId,
    expiresAt: new Date(input.now.getTime() + SIGNING_LINK_DAYS * 86_400_000).toISOString(),
  });
  return token;
}

export const WITHDRAWN_LINK_MESSAGE =
  'Cette convention a été retirée par la collectivité : elle ne peut plus être signée ni refusée, et vous n’avez rien à faire. Si une nouvelle convention vous est proposée, vous recevrez un nouveau lien.';

/**
 * Finds the link behind a token. Unknown → 404; a withdrawn convention's, past its date or already
 * used → 409 with a French message saying what to do, so a signer is never left with a blank page.
 */
export async function resolveSigningLink(
  db: Pick<TenantDb, 'select'>,
  token: string,
  now: Date,
  options: { allowUsed?: boolean } = {},
) {
  const { signingLinks } = tenantSchema;
  const [link] = /^[\w-]{20,100}$/.test(token)
    ? await db
        .select()
        .from(signingLinks)
        .where(eq(signingLinks.tokenHash, await sha256Hex(token)))
    : [];
  if (!link) throw new DomainError({ code: 'NOT_FOUND', message: 'Ce lien de signature n’existe pas.' });
  // Said before "expired": withdrawing expires the links too, but the signer should learn why.
  const [convention] = await db
    .select({ status: tenantSchema.conventions.status })
    .from(tenantSchema.conventions)
    .where(eq(tenantSchema.conventions.id, link.conventionId));
  if (convention?.status === 'withdrawn')
    throw new DomainError({ code: 'CONFLICT', message: WITHDRAWN_LINK_MESSAGE });
  if (link.usedAt && !options.allowUsed) {
    throw new DomainError({
      code: 'CONFLICT',
      message:
        'Ce lien de signature a déjà servi. Si vous devez encore agir, demandez un nouveau lien à la collectivité.',
    });
  }
  if (link.expiresAt <= now.toISOString()) {
    throw new DomainError({
      code: 'CONFLICT',
      message: 'Ce lien de signature a expiré. Demandez un nouveau lien à la collectivité.',
    });
  }
  return link;
}
