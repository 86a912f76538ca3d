import { type ControlDb, controlSchema } from '@passerelle/db';
import { sql } from 'drizzle-orm';

/**
 * Fixed-window counter kept in the control DB, so every server instance shares it. Answers
 * whether this hit is still within `limit` for the current window.
 */
export async function consumeRateLimit(input: {
  control: ControlDb;
  key: string;
  limit: number;
  windowMs: number;
  now: number;
}): Promise<boolean> {
  const windowStart = Math.floor(input.now / input.windowMs) * input.windowMs;
  const { rateLimits } = controlSchema;
  const [row] = await input.control
    .insert(rateLimits)
    .values({ key: input.key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${rateLimits.windowStart} = excluded.window_start THEN ${rateLimits.count} + 1 ELSE 1 END`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: rateLimits.count });
  return (row?.count ?? 1) <= input.limit;
}
