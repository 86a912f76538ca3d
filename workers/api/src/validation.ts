import { DomainError, parseInput } from '@passerelle/domain';
import type { Context } from 'hono';
import type * as z from 'zod/mini';

/** Reads and validates a JSON body: malformed JSON and bad fields are 4xx before any work. */
export async function parseJsonBody<T extends z.ZodMiniType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new DomainError({
      code: 'BAD_REQUEST',
      message: 'Le corps de la requête doit être du JSON valide.',
    });
  }
  return parseInput(schema, body);
}

export function parseQuery<T extends z.ZodMiniType>(c: Context, schema: T): z.infer<T> {
  return parseInput(schema, c.req.query());
}
