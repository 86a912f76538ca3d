import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import Database from 'libsql';
import { HranaError } from './proto.ts';
import type { ExecutionContext } from './statement.ts';
import { createWriteLocks } from './write-lock.ts';

/**
 * A Hrana stream: one SQL connection of its own, so that a transaction begun in one HTTP
 * request is still open in the next one. Between requests it waits under a baton.
 */
export type Stream = {
  name: string;
  closed: boolean;
  context: ExecutionContext;
};

export type StreamRegistry = {
  open(input: { name: string; path: string }): Stream;
  /** The stream a baton stands for; the baton is spent, as each one is valid for one request. */
  take(input: { baton: string; name: string }): Stream;
  /** Issues the baton for the stream's next request and starts its idle countdown. */
  park(input: { stream: Stream }): string;
  close(input: { stream: Stream }): void;
  closeAll(): void;
};

type Entry = {
  stream: Stream;
  db: Database.Database;
  lockKey: string;
  baton?: string;
  timer?: NodeJS.Timeout;
};

export function createStreamRegistry({
  idleTimeoutMs,
  writeLockTimeoutMs,
}: {
  idleTimeoutMs: number;
  writeLockTimeoutMs: number;
}): StreamRegistry {
  const locks = createWriteLocks();
  const entries = new Map<Stream, Entry>();
  const byBaton = new Map<string, Entry>();
  const walPaths = new Set<string>();
  let memoryDatabases = 0;

  const close: StreamRegistry['close'] = ({ stream }) => {
    const entry = entries.get(stream);
    if (entry === undefined) return;
    entries.delete(stream);
    stream.closed = true;
    clearTimeout(entry.timer);
    if (entry.baton !== undefined) byBaton.delete(entry.baton);
    // Roll back explicitly: close() alone leaves the transaction, and SQLite's lock, alive for
    // as long as a prepared statement of the connection has not been garbage-collected.
    try {
      if (entry.db.inTransaction) entry.db.exec('ROLLBACK');
      entry.db.close();
    } catch {
      // already unusable: nothing more to free
    }
    locks.release({ key: entry.lockKey, owner: stream });
  };

  const open: StreamRegistry['open'] = ({ name, path }) => {
    const db = new Database(path);
    if (!walPaths.has(path)) {
      // WAL, as on Turso: readers never block a writer's COMMIT, nor the other way round.
      try {
        db.exec('PRAGMA journal_mode=WAL');
        walPaths.add(path);
      } catch {
        // another connection is busy: try again with the next stream
      }
    }
    // Each connection to :memory: is a database of its own, with nothing to share a lock with.
    const lockKey = path === ':memory:' ? `:memory:${memoryDatabases++}` : resolve(path);
    const stream: Stream = {
      name,
      closed: false,
      context: {
        db,
        sqls: new Map(),
        beforeWrite: () => locks.acquire({ key: lockKey, owner: stream, timeoutMs: writeLockTimeoutMs }),
        afterStatement: () => {
          if (!db.inTransaction) locks.release({ key: lockKey, owner: stream });
        },
      },
    };
    entries.set(stream, { stream, db, lockKey });
    return stream;
  };

  const take: StreamRegistry['take'] = ({ baton, name }) => {
    const entry = byBaton.get(baton);
    if (entry === undefined || entry.stream.name !== name) {
      throw new HranaError({
        message: 'Unknown or expired baton: the stream was closed, timed out, or belongs to another database',
        code: 'STREAM_EXPIRED',
      });
    }
    byBaton.delete(baton);
    entry.baton = undefined;
    clearTimeout(entry.timer);
    return entry.stream;
  };

  const park: StreamRegistry['park'] = ({ stream }) => {
    const entry = entries.get(stream);
    if (entry === undefined) throw new HranaError({ message: 'The stream is closed', code: 'STREAM_CLOSED' });
    const baton = randomBytes(24).toString('base64url');
    entry.baton = baton;
    byBaton.set(baton, entry);
    // An abandoned stream must not hold its connection, nor the write lock, for ever.
    entry.timer = setTimeout(() => close({ stream }), idleTimeoutMs);
    entry.timer.unref();
    return baton;
  };

  const closeAll = () => {
    for (const stream of [...entries.keys()]) close({ stream });
  };

  return { open, take, park, close, closeAll };
}
