import { DomainError, sha256Hex } from '@passerelle/domain';

/** A link token: 32 random bytes, URL-safe. Only its SHA-256 is stored, so a leaked DB opens nothing. */
export function newLinkToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** The hash to look a token up by, or null when it cannot be one of ours (no DB round trip). */
export async function tokenHashOf(token: string): Promise<string | null> {
  return /^[\w-]{20,100}$/.test(token) ? sha256Hex(token) : null;
}

export const expiresAfterDays = (now: Date, days: number) =>
  new Date(now.getTime() + days * 86_400_000).toISOString();

export const linkExpired = (what: string) =>
  new DomainError({
    code: 'CONFLICT',
    message: `${what} a expiré. Demandez un nouveau lien à la collectivité.`,
  });
