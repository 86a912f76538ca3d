// One closed set of error codes for the whole product; the HTTP layer maps each to a status.
export const ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'TENANT_SCHEMA_BEHIND',
  'TENANT_UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldErrors = Record<string, string>;

/**
 * A failure a user can understand. `message` is French and shown as is; `detail` is for logs
 * only and never leaves the server.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors | undefined;
  readonly detail: string | undefined;

  constructor(input: { code: ErrorCode; message: string; fields?: FieldErrors; detail?: string }) {
    super(input.message);
    this.name = 'DomainError';
    this.code = input.code;
    this.fields = input.fields;
    this.detail = input.detail;
  }
}

export function notFound(what: string): DomainError {
  return new DomainError({ code: 'NOT_FOUND', message: `${what} introuvable.` });
}

export function conflict(message: string, fields?: FieldErrors): DomainError {
  return new DomainError({ code: 'CONFLICT', message, ...(fields ? { fields } : {}) });
}
