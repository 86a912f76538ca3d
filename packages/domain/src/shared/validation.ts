import { fr } from 'zod/locales';
import * as z from 'zod/mini';
import { DomainError, type FieldErrors } from './errors.ts';

// Generic messages (wrong type, missing key) in French; specific rules carry their own message.
z.config(fr());

/** Parses untrusted input, or throws a VALIDATION error naming each bad field in French. */
export function parseInput<T extends z.ZodMiniType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= issue.message;
  }
  const count = Object.keys(fields).length;
  throw new DomainError({
    code: 'VALIDATION',
    message: count > 1 ? `${count} champs sont à corriger.` : 'Un champ est à corriger.',
    fields,
  });
}

export const trimmed = (label: string, max = 200) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, `${label} est obligatoire.`),
      z.maxLength(max, `${label} ne peut dépasser ${max} caractères.`),
    );

/** An optional address; an empty string is accepted so a form can clear the field. */
export const optionalEmail = () => z.optional(z.union([z.literal(''), emailString()]));

// Deliberately simple: the real check of an address is that the magic link sent to it arrives.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const emailString = () =>
  z
    .string()
    .check(
      z.trim(),
      z.toLowerCase(),
      z.regex(EMAIL, 'Adresse e-mail invalide.'),
      z.maxLength(254, 'Adresse e-mail trop longue.'),
    );
