import { notFound } from '@passerelle/domain';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';

/** Local mode only: the mail a developer would have received, newest first. */
export function devOutboxRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/', async (c) => {
    const { outbox } = c.var.deps;
    if (!outbox) throw notFound('Boîte mail de développement');
    return c.json({ items: await outbox.latest({ limit: 50 }) });
  });
  return routes;
}
