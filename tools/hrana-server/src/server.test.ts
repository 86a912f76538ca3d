import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Client, createClient, LibsqlError } from '@libsql/client/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HranaServer, startHranaServer } from './index.ts';

let dir: string;
let server: HranaServer;
const clients: Client[] = [];

function connect(name: string, config: { authToken?: string; on?: HranaServer } = {}): Client {
  const client = createClient({
    url: (config.on ?? server).urlFor(name),
    authToken: config.authToken,
    intMode: 'bigint',
  });
  clients.push(client);
  return client;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hrana-server-'));
  server = await startHranaServer({
    resolveDatabasePath: (name) => (name.startsWith('missing') ? null : join(dir, `${name}.db`)),
  });
});

afterAll(async () => {
  for (const client of clients) client.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('statements through @libsql/client/web', () => {
  it('round-trips every value type, with positional and named arguments', async () => {
    const db = connect('types');
    await db.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, f REAL, s TEXT, b BLOB, n)');
    const inserted = await db.execute({
      sql: 'INSERT INTO t (i, f, s, b, n) VALUES (?, ?, ?, ?, ?)',
      args: [9007199254740993n, 1, 'é €', new Uint8Array([0, 1, 255]), null],
    });
    expect(inserted.rowsAffected).toBe(1);
    expect(inserted.lastInsertRowid).toBe(1n);
    await db.execute({
      sql: 'INSERT INTO t (i, f, s) VALUES (:i, @f, $s)',
      args: { i: -42n, f: 2.5, s: 'named' },
    });
    await db.execute({ sql: 'INSERT INTO t (i, s) VALUES (:i, :i || :s)', args: { ':i': 7n, s: 'x' } });

    const result = await db.execute('SELECT i, f, s, b, n FROM t ORDER BY id');
    expect(result.columns).toEqual(['i', 'f', 's', 'b', 'n']);
    expect(result.columnTypes).toEqual(['INTEGER', 'REAL', 'TEXT', 'BLOB', '']);
    expect(result.rowsAffected).toBe(0);
    const [first, second, third] = result.rows;
    expect(first?.i).toBe(9007199254740993n);
    expect(first?.f).toBe(1); // a REAL, so a number even in bigint mode
    expect(first?.s).toBe('é €');
    expect(new Uint8Array(first?.b as ArrayBuffer)).toEqual(new Uint8Array([0, 1, 255]));
    expect(first?.n).toBeNull();
    expect([second?.i, second?.f, second?.s]).toEqual([-42n, 2.5, 'named']);
    expect([third?.i, third?.s]).toEqual([7n, '7x']);
  });

  it('counts affected rows of updates and RETURNING statements', async () => {
    const db = connect('counts');
    await db.execute('CREATE TABLE c (v INTEGER)');
    await db.execute('INSERT INTO c VALUES (1), (2), (3)');
    expect((await db.execute('UPDATE c SET v = v + 1 WHERE v > 1')).rowsAffected).toBe(2);
    const returning = await db.execute('DELETE FROM c WHERE v = 4 RETURNING v');
    expect(returning.rows.map((row) => row.v)).toEqual([4n]);
    expect(returning.rowsAffected).toBe(1);
    expect((await db.execute('CREATE INDEX c_v ON c (v)')).rowsAffected).toBe(0);
  });

  it('reports bad SQL, constraint violations and several statements as client errors', async () => {
    const db = connect('errors');
    await db.execute('CREATE TABLE u (id INTEGER PRIMARY KEY)');
    await db.execute('INSERT INTO u VALUES (1)');
    await expect(db.execute('SELEC 1')).rejects.toMatchObject({
      code: 'SQLITE_ERROR',
      message: /syntax error/,
    });
    await expect(db.execute('SELECT * FROM nowhere')).rejects.toMatchObject({ message: /no such table/ });
    await expect(db.execute('INSERT INTO u VALUES (1)')).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT' });
    await expect(db.execute('SELECT 1; SELECT 2')).rejects.toMatchObject({ code: 'SQL_MANY_STATEMENTS' });
    await expect(db.execute('SELECT 1')).resolves.toBeDefined();
  });

  it('runs several statements with executeMultiple', async () => {
    const db = connect('multiple');
    await db.executeMultiple('CREATE TABLE m (v); INSERT INTO m VALUES (1); INSERT INTO m VALUES (2);');
    expect((await db.execute('SELECT count(*) AS n FROM m')).rows[0]?.n).toBe(2n);
  });
});

describe('batches and transactions', () => {
  it('rolls back the whole batch when one statement fails', async () => {
    const db = connect('batch');
    await db.execute('CREATE TABLE b (id INTEGER PRIMARY KEY)');
    const results = await db.batch(['INSERT INTO b VALUES (1)', 'SELECT count(*) AS n FROM b'], 'write');
    expect(results[1]?.rows[0]?.n).toBe(1n);
    await expect(
      db.batch(['INSERT INTO b VALUES (2)', 'INSERT INTO b VALUES (1)', 'INSERT INTO b VALUES (3)'], 'write'),
    ).rejects.toBeInstanceOf(LibsqlError);
    const ids = await db.execute('SELECT id FROM b ORDER BY id');
    expect(ids.rows.map((row) => row.id)).toEqual([1n]);
  });

  it('keeps an interactive transaction across requests, then commits or rolls back', async () => {
    const db = connect('tx');
    await db.execute('CREATE TABLE x (v TEXT)');
    const committed = await db.transaction('write');
    await committed.execute({ sql: 'INSERT INTO x VALUES (?)', args: ['kept'] });
    expect((await committed.execute('SELECT count(*) AS n FROM x')).rows[0]?.n).toBe(1n);
    // Another connection does not see uncommitted rows.
    expect((await db.execute('SELECT count(*) AS n FROM x')).rows[0]?.n).toBe(0n);
    await committed.commit();

    const rolledBack = await db.transaction('write');
    await rolledBack.execute({ sql: 'INSERT INTO x VALUES (?)', args: ['dropped'] });
    await rolledBack.rollback();

    const rows = await db.execute('SELECT v FROM x');
    expect(rows.rows.map((row) => row.v)).toEqual(['kept']);
  });

  it('makes a concurrent write wait for the open write transaction', async () => {
    const db = connect('contention');
    await db.execute('CREATE TABLE w (v TEXT)');
    const tx = await db.transaction('write');
    await tx.execute("INSERT INTO w VALUES ('first')");
    const second = db.execute("INSERT INTO w VALUES ('second')");
    await new Promise((resolve) => setTimeout(resolve, 50));
    await tx.commit();
    await second;
    const rows = await db.execute('SELECT v FROM w ORDER BY rowid');
    expect(rows.rows.map((row) => row.v)).toEqual(['first', 'second']);
  });

  it('drops an idle transaction and frees its write lock', async () => {
    const quick = await startHranaServer({
      resolveDatabasePath: (name) => join(dir, `${name}.db`),
      streamIdleTimeoutMs: 100,
    });
    try {
      const db = connect('idle', { on: quick });
      await db.execute('CREATE TABLE i (v)');
      const tx = await db.transaction('write');
      await tx.execute('INSERT INTO i VALUES (1)');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(tx.commit()).rejects.toMatchObject({ code: 'STREAM_EXPIRED' });
      await db.execute('INSERT INTO i VALUES (2)');
      expect((await db.execute('SELECT v FROM i')).rows.map((row) => row.v)).toEqual([2n]);
    } finally {
      await quick.close();
    }
  });
});

describe('databases and access', () => {
  it('serves several databases from one server, each isolated', async () => {
    const alpha = connect('alpha');
    const beta = connect('beta');
    await alpha.execute('CREATE TABLE tenant (name TEXT)');
    await alpha.execute("INSERT INTO tenant VALUES ('alpha')");
    await expect(beta.execute('SELECT * FROM tenant')).rejects.toMatchObject({ message: /no such table/ });
    await beta.execute('CREATE TABLE tenant (name TEXT)');
    expect((await beta.execute('SELECT count(*) AS n FROM tenant')).rows[0]?.n).toBe(0n);
    expect(server.urlFor('alpha')).toBe(`${server.url}/db/alpha/`);
  });

  it('answers 404 for a database the resolver does not know', async () => {
    await expect(connect('missing-one').execute('SELECT 1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('enforces the bearer token when one is configured', async () => {
    const guarded = await startHranaServer({
      resolveDatabasePath: (name) => join(dir, `${name}.db`),
      authToken: 's3cret',
    });
    try {
      await expect(connect('guarded', { on: guarded }).execute('SELECT 1')).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
      await expect(
        connect('guarded', { on: guarded, authToken: 'wrong' }).execute('SELECT 1'),
      ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      const ok = await connect('guarded', { on: guarded, authToken: 's3cret' }).execute('SELECT 1 AS one');
      expect(ok.rows[0]?.one).toBe(1n);
      const raw = await fetch(`${guarded.urlFor('guarded')}v2/pipeline`, { method: 'POST', body: '{}' });
      expect(raw.status).toBe(401);
    } finally {
      await guarded.close();
    }
  });
});
