import { controlSchema } from '@passerelle/db';
import { desc } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';

/** Local mode only: the mail a developer would have received, newest first. */
export function devOutboxRoutes() {
  const routes = new Hono<AppEnv>();
  routes.get('/', async (c) => {
    const { outbox } = controlSchema;
    const items = await c.var.deps.control
      .select()
      .from(outbox)
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(50);
    return c.json({ items });
  });
  return routes;
}
