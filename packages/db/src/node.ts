import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Client, createClient } from '@libsql/client';

/**
 * Opens a local libSQL file (the embedded default). WAL lets readers go on while one writer
 * works, which is what a laptop server and the test suite need.
 */
export async function openLocalClient(path: string): Promise<Client> {
  mkdirSync(dirname(path), { recursive: true });
  const client = createClient({ url: `file:${path}` });
  await client.execute('PRAGMA journal_mode = WAL');
  return client;
}

export { readMigrationsFolder } from './migrations/read-folder.ts';
