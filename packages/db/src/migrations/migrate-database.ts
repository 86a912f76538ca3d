import type { Client } from '@libsql/client';
import type { Migration } from './migration.ts';

const JOURNAL_TABLE = '__passerelle_migrations';

export type MigrationOutcome = { applied: string[]; version: number };

/**
 * Brings one database to the latest migration. Each migration and its journal row are applied in
 * one write batch (a transaction), so a crash leaves a database at a whole migration boundary and a
 * re-run picks up exactly where it stopped.
 */
export async function migrateDatabase(input: {
  client: Client;
  migrations: readonly Migration[];
}): Promise<MigrationOutcome> {
  const { client, migrations } = input;
  await client.execute(
    `CREATE TABLE IF NOT EXISTS ${JOURNAL_TABLE} (idx INTEGER PRIMARY KEY, tag TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  );
  const version = await readSchemaVersion(client);
  const applied: string[] = [];
  for (const [idx, migration] of migrations.entries()) {
    if (idx < version) continue;
    await client.batch(
      [
        ...migration.statements,
        {
          sql: `INSERT INTO ${JOURNAL_TABLE} (idx, tag, applied_at) VALUES (?, ?, ?)`,
          args: [idx, migration.tag, new Date().toISOString()],
        },
      ],
      'write',
    );
    applied.push(migration.tag);
  }
  return { applied, version: Math.max(version, migrations.length) };
}

/** How many migrations a database has applied (0 for a blank one). */
export async function readSchemaVersion(client: Client): Promise<number> {
  const exists = await client.execute({
    sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
    args: [JOURNAL_TABLE],
  });
  if (exists.rows.length === 0) return 0;
  const result = await client.execute(`SELECT COALESCE(MAX(idx) + 1, 0) AS version FROM ${JOURNAL_TABLE}`);
  return Number(result.rows[0]?.version ?? 0);
}
