import type { Client, InStatement, Transaction, TransactionMode } from '@libsql/client';

/**
 * One writer at a time per local database file, within this process.
 *
 * On a local file libSQL opens one connection per concurrent operation, and a write that finds the
 * file locked by another connection fails at once with SQLITE_BUSY. Worse, the failed statement
 * is never reset, so the pooled connection it ran on can no longer commit any later transaction
 * ("cannot commit transaction - SQL statements in progress"), and a transaction that cannot commit
 * nor roll back keeps the file locked for good. Requests alone rarely collide; background work
 * (a replication writing while people use the app) collides all the time. So every write — a
 * plain statement, a batch, a whole write transaction — waits its turn here (asynchronously:
 * a synchronous busy-wait would block the very event loop that must release the lock). Reads are
 * not held: WAL lets them run beside a writer.
 */
export function serializeWrites(client: Client, key: string): Client {
  const lock = lockFor(key);
  const transaction = async (mode?: TransactionMode): Promise<Transaction> => {
    if (mode === 'read') return client.transaction(mode);
    const release = await lock();
    try {
      return releasing(await client.transaction(mode ?? 'write'), release);
    } catch (error) {
      release();
      throw error;
    }
  };
  const held =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const release = await lock();
      try {
        return await run(...args);
      } finally {
        release();
      }
    };
  const execute = held((stmt: InStatement | string, args?: unknown) =>
    typeof stmt === 'string' ? client.execute(stmt, args as never) : client.execute(stmt),
  );
  const batch = held((stmts: Parameters<Client['batch']>[0], mode?: TransactionMode) =>
    client.batch(stmts, mode),
  );
  const migrate = held((stmts: InStatement[]) => client.migrate(stmts));
  const executeMultiple = held((sql: string) => client.executeMultiple(sql));

  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'transaction') return transaction;
      if (property === 'execute') {
        return (stmt: InStatement | string, args?: unknown) =>
          isRead(stmt)
            ? typeof stmt === 'string'
              ? target.execute(stmt, args as never)
              : target.execute(stmt)
            : execute(stmt, args);
      }
      if (property === 'batch') {
        return (stmts: Parameters<Client['batch']>[0], mode?: TransactionMode) =>
          mode === 'read' ? target.batch(stmts, mode) : batch(stmts, mode);
      }
      if (property === 'migrate') return migrate;
      if (property === 'executeMultiple') return executeMultiple;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The transaction as is, giving the turn back once it commits, rolls back or closes. */
function releasing(tx: Transaction, release: () => void): Transaction {
  const settle =
    <A extends unknown[], R>(run: (...args: A) => R) =>
    (...args: A): R => {
      try {
        const result = run(...args);
        if (result instanceof Promise) return result.finally(release) as R;
        release();
        return result;
      } catch (error) {
        release();
        throw error;
      }
    };
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property === 'commit') return settle(() => target.commit());
      if (property === 'rollback') return settle(() => target.rollback());
      if (property === 'close') return settle(() => target.close());
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function isRead(stmt: InStatement | string): boolean {
  const sql = (typeof stmt === 'string' ? stmt : stmt.sql).trimStart().slice(0, 7).toLowerCase();
  return sql.startsWith('select') || sql.startsWith('explain');
}

// A writer waiting longer than this is waiting for itself (a write through the client inside its
// own transaction): fail loudly rather than hang.
const WAIT_LIMIT_MS = 30_000;
const locks = new Map<string, () => Promise<() => void>>();

function lockFor(key: string): () => Promise<() => void> {
  let lock = locks.get(key);
  if (!lock) {
    let tail: Promise<void> = Promise.resolve();
    lock = () => {
      let release!: () => void;
      const turn = new Promise<void>((resolve) => {
        release = resolve;
      });
      const previous = tail;
      tail = previous.then(() => turn);
      let released = false;
      const once = () => {
        if (!released) {
          released = true;
          release();
        }
      };
      return new Promise<() => void>((resolve, reject) => {
        const timer = setTimeout(() => {
          once();
          reject(new Error(`write lock on ${key} not given within ${WAIT_LIMIT_MS} ms`));
        }, WAIT_LIMIT_MS);
        timer.unref?.();
        previous.then(() => {
          clearTimeout(timer);
          resolve(once);
        });
      });
    };
    locks.set(key, lock);
  }
  return lock;
}
