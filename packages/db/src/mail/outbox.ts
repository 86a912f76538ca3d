import type { Client } from '@libsql/client';
import { desc, eq, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/libsql';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The embedded default's mail catcher: what would have been mailed, readable at /dev/boite-mail
 * and by tests. It lives in a database of its own, never in the control DB: mails carry guardians'
 * addresses and pupils' first names, and the control DB holds no personal data. Production sends
 * through a mail API and has no outbox.
 */
export const outbox = sqliteTable('outbox', {
  id: text('id').primaryKey(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html'),
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});
export type OutboxMail = typeof outbox.$inferSelect;

// A developer's tool with one table and nothing worth migrating: created where missing, no journal.
const CREATE_OUTBOX = `CREATE TABLE IF NOT EXISTS outbox (
  id text PRIMARY KEY NOT NULL,
  "to" text NOT NULL,
  subject text NOT NULL,
  text text NOT NULL,
  html text,
  created_at text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
)`;

export function openOutbox(client: Client) {
  const db = drizzle(client, { schema: { outbox } });
  let created: Promise<unknown> | undefined;
  const ready = () => {
    created ??= client.execute(CREATE_OUTBOX);
    return created;
  };
  return {
    async keep(mail: typeof outbox.$inferInsert): Promise<void> {
      await ready();
      await db.insert(outbox).values(mail);
    },
    /** Newest first; only the mails to `to` when it is given. */
    async latest(input: { to?: string; limit: number }): Promise<OutboxMail[]> {
      await ready();
      return db
        .select()
        .from(outbox)
        .where(input.to ? eq(outbox.to, input.to) : undefined)
        .orderBy(desc(outbox.createdAt), desc(outbox.id))
        .limit(input.limit);
    },
  };
}
export type Outbox = ReturnType<typeof openOutbox>;
