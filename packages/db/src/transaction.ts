import type { Client } from '@libsql/client';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';

type AnyDb = LibSQLDatabase<Record<string, unknown>> & { $client: Client };
type Tx<D extends AnyDb> = Parameters<Parameters<D['transaction']>[0]>[0];

const queues = new WeakMap<Client, Promise<unknown>>();

/**
 * Runs `fn` in one write transaction. Writers on one client are queued: on a local file a second
 * BEGIN IMMEDIATE would fail at once with SQLITE_BUSY instead of waiting, and on Turso the queue
 * costs nothing because requests of one isolate rarely overlap on one tenant.
 */
export function withTransaction<D extends AnyDb, T>(db: D, fn: (tx: Tx<D>) => Promise<T>): Promise<T> {
  const previous = queues.get(db.$client) ?? Promise.resolve();
  const run = previous.then(
    () => db.transaction(fn as never) as Promise<T>,
    () => db.transaction(fn as never) as Promise<T>,
  );
  queues.set(
    db.$client,
    run.catch(() => undefined),
  );
  return run;
}
