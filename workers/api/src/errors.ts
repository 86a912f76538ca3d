import { DomainError, type ErrorCode } from '@passerelle/domain';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './context.ts';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  BAD_REQUEST: 400,
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  TENANT_SCHEMA_BEHIND: 503,
  TENANT_UNAVAILABLE: 503,
  INTERNAL: 500,
};

export const unauthenticated = () =>
  new DomainError({ code: 'UNAUTHENTICATED', message: 'Connectez-vous pour continuer.' });
export const forbidden = () =>
  new DomainError({ code: 'FORBIDDEN', message: 'Votre rôle ne permet pas cette action.' });

/** One error body for the whole API; internal details go to the log, never to the caller. */
export function handleError(error: unknown, c: Context<AppEnv>): Response {
  const requestId = c.get('requestId') ?? null;
  const known =
    error instanceof DomainError
      ? error
      : new DomainError({
          code: 'INTERNAL',
          message: 'Une erreur inattendue est survenue. Réessayez plus tard.',
        });
  if (!(error instanceof DomainError) || known.detail) {
    console.error(JSON.stringify({ requestId, error: error instanceof Error ? error.stack : String(error) }));
  }
  const body = {
    error: {
      code: known.code,
      message: known.message,
      requestId,
      ...(known.fields ? { fields: known.fields } : {}),
    },
  };
  return c.json(body, STATUS[known.code]);
}

export function handleNotFound(c: Context<AppEnv>): Response {
  return handleError(new DomainError({ code: 'NOT_FOUND', message: 'Cette adresse n’existe pas.' }), c);
}
