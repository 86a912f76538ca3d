import type { Context } from 'hono';

/**
 * Reads `:id` of a given prefix. An id of the wrong shape cannot exist in this tenant, so it gets
 * the same answer as an unknown one (the verb's 404), never a different error that would leak.
 */
export function idParam(prefix: string, name = 'id') {
  const shape = new RegExp(`^${prefix}_[0-9a-z]{26}$`);
  return (c: Context) => {
    const raw = c.req.param(name) ?? '';
    return shape.test(raw) ? raw : `${prefix}_unknown`;
  };
}
