import { HranaError } from './proto.ts';

// One writer at a time per database file, queued in the server rather than left to SQLite:
// the libsql binding never resets a statement that failed with SQLITE_BUSY, so the connection
// keeps a statement "in progress" until garbage collection and its next COMMIT fails. SQLite's
// own busy timeout is no way out either: it would block the event loop while the lock holder,
// another stream of this same process, can only release it from that loop.

type Waiter = { owner: object; resolve: () => void; reject: (error: Error) => void; timer: NodeJS.Timeout };
type Lock = { holder: object | null; waiters: Waiter[] };

export type WriteLocks = {
  acquire(input: { key: string; owner: object; timeoutMs: number }): Promise<void>;
  release(input: { key: string; owner: object }): void;
};

export function createWriteLocks(): WriteLocks {
  const locks = new Map<string, Lock>();

  const release: WriteLocks['release'] = ({ key, owner }) => {
    const lock = locks.get(key);
    if (lock === undefined) return;
    if (lock.holder !== owner) {
      // A stream closed while it waited: fail its wait rather than leave it pending forever.
      for (const waiter of lock.waiters.filter((candidate) => candidate.owner === owner)) {
        clearTimeout(waiter.timer);
        waiter.reject(new HranaError({ message: 'The stream was closed', code: 'STREAM_CLOSED' }));
      }
      lock.waiters = lock.waiters.filter((waiter) => waiter.owner !== owner);
      return;
    }
    const next = lock.waiters.shift();
    if (next === undefined) {
      locks.delete(key);
      return;
    }
    clearTimeout(next.timer);
    lock.holder = next.owner;
    next.resolve();
  };

  const acquire: WriteLocks['acquire'] = ({ key, owner, timeoutMs }) => {
    const lock = locks.get(key);
    if (lock === undefined) {
      locks.set(key, { holder: owner, waiters: [] });
      return Promise.resolve();
    }
    if (lock.holder === owner) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        lock.waiters = lock.waiters.filter((waiter) => waiter.timer !== timer);
        reject(
          new HranaError({
            message: `database is locked: another stream held the write lock for more than ${timeoutMs} ms`,
            code: 'SQLITE_BUSY',
          }),
        );
      }, timeoutMs);
      lock.waiters.push({ owner, resolve, reject, timer });
    });
  };

  return { acquire, release };
}
