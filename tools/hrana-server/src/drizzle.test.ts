import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client/web';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/libsql/web';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type HranaServer, startHranaServer } from './index.ts';

const accounts = sqliteTable('accounts', {
  id: text('id').primaryKey(),
  balance: integer('balance').notNull(),
});

let dir: string;
let server: HranaServer;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hrana-drizzle-'));
  server = await startHranaServer({ resolveDatabasePath: (name) => join(dir, `${name}.db`) });
  client = createClient({ url: server.urlFor('bank') });
  await client.execute('CREATE TABLE accounts (id TEXT PRIMARY KEY, balance INTEGER NOT NULL)');
});

afterAll(async () => {
  client.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

it('commits a drizzle transaction and rolls back one that throws, savepoints included', async () => {
  const db = drizzle({ client });
  await db.transaction(async (tx) => {
    await tx.insert(accounts).values([
      { id: 'a', balance: 100 },
      { id: 'b', balance: 0 },
    ]);
    await tx.update(accounts).set({ balance: 60 }).where(eq(accounts.id, 'a'));
    await tx.update(accounts).set({ balance: 40 }).where(eq(accounts.id, 'b'));
  });

  await expect(
    db.transaction(async (tx) => {
      await tx.update(accounts).set({ balance: 0 }).where(eq(accounts.id, 'a'));
      throw new Error('transfer refused');
    }),
  ).rejects.toThrow('transfer refused');

  await db.transaction(async (tx) => {
    await tx.update(accounts).set({ balance: 61 }).where(eq(accounts.id, 'a'));
    await expect(
      tx.transaction(async (nested) => {
        await nested.update(accounts).set({ balance: 0 }).where(eq(accounts.id, 'b'));
        throw new Error('nested refused');
      }),
    ).rejects.toThrow('nested refused');
  });

  const rows = await db.select().from(accounts).orderBy(accounts.id);
  expect(rows).toEqual([
    { id: 'a', balance: 61 },
    { id: 'b', balance: 40 },
  ]);
});
