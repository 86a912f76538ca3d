import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../context.ts';

const INCOMING = /^[\w.-]{8,64}$/;

/** Names every request so a user's report and the server log meet; a sane incoming id is kept. */
export function requestId() {
  return createMiddleware<AppEnv>(async function requestIdMiddleware(c, next) {
    const incoming = c.req.header('x-request-id');
    const id =
      incoming && INCOMING.test(incoming) ? incoming : `req_${crypto.randomUUID().replaceAll('-', '')}`;
    c.set('requestId', id);
    c.header('x-request-id', id);
    await next();
  });
}
