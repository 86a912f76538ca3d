import { ApiError, send } from './client.ts';

// Auth.js answers these in the `error` query parameter of its redirect URL.
const authErrorMessages: Record<string, string> = {
  AccessDenied:
    'Cette adresse n’est pas autorisée à se connecter. Demandez une invitation à votre coordination.',
  EmailSignin: 'L’envoi du lien de connexion a échoué. Réessayez dans quelques instants.',
  Verification: 'Ce lien de connexion a expiré ou a déjà servi. Demandez-en un nouveau.',
  Configuration: 'La connexion est momentanément indisponible. Réessayez plus tard.',
};

export function authErrorMessage(code: string | null): string | null {
  if (!code) return null;
  return authErrorMessages[code] ?? 'La connexion a échoué. Réessayez.';
}

export async function fetchCsrfToken(): Promise<string> {
  const response = await send('/api/auth/csrf', { headers: { Accept: 'application/json' } });
  const body = (await response.json()) as { csrfToken: string };
  return body.csrfToken;
}

async function postAuthForm(path: string, fields: Record<string, string>): Promise<string> {
  const response = await send(path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      'X-Auth-Return-Redirect': '1',
    },
    body: new URLSearchParams(fields).toString(),
  });
  const body = (await response.json()) as { url: string };
  return body.url;
}

/** Asks for a magic link. Resolves when the mail is on its way; throws an ApiError in French otherwise. */
export async function requestMagicLink(input: { email: string; callbackUrl: string }): Promise<void> {
  const csrfToken = await fetchCsrfToken();
  const url = await postAuthForm('/api/auth/signin/email', { ...input, csrfToken });
  const error = new URL(url, location.origin).searchParams.get('error');
  if (error) {
    throw new ApiError({ status: 400, code: 'BAD_REQUEST', message: authErrorMessage(error) ?? '' });
  }
}

export async function signOut(): Promise<void> {
  const csrfToken = await fetchCsrfToken();
  await postAuthForm('/api/auth/signout', { csrfToken });
}

/** Only same-origin paths may be used as a post-sign-in destination, so a link cannot bounce users elsewhere. */
export function safeReturnPath(value: string | null): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
