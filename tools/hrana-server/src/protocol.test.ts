import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HranaServer, startHranaServer } from './index.ts';
import type { ProtoError, ProtoPipelineResponse, ProtoStreamResponse, ProtoStreamResult } from './proto.ts';

// The wire protocol itself, for what @libsql/client (which speaks v2 JSON) never sends.

let dir: string;
let server: HranaServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hrana-protocol-'));
  server = await startHranaServer({ resolveDatabasePath: (name) => join(dir, `${name}.db`) });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function pipeline(name: string, body: unknown) {
  const response = await fetch(`${server.urlFor(name)}v2/pipeline`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as ProtoPipelineResponse & ProtoError };
}

/** The response of a successful request, narrowed to its type. */
function responseOf<T extends ProtoStreamResponse['type']>(result: ProtoStreamResult | undefined, type: T) {
  if (result?.type !== 'ok' || result.response.type !== type)
    throw new Error(`Not ${type}: ${JSON.stringify(result)}`);
  return result.response as Extract<ProtoStreamResponse, { type: T }>;
}

const execute = (sql: string, extra: Record<string, unknown> = {}) => ({
  type: 'execute',
  stmt: { sql, ...extra },
});

describe('Hrana over HTTP', () => {
  it('answers the v2 probe only, so clients never expect v3 cursors', async () => {
    expect((await fetch(`${server.urlFor('probe')}v2`)).status).toBe(200);
    expect((await fetch(`${server.urlFor('probe')}v3`)).status).toBe(404);
    expect((await fetch(`${server.urlFor('probe')}v3-protobuf`)).status).toBe(404);
  });

  it('explains a database URL without its trailing slash', async () => {
    const response = await fetch(`${server.url}/db/v2/pipeline`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toMatch(/must end with a slash/);
  });

  it('keeps a stream under single-use batons and closes it on request', async () => {
    const first = await pipeline('batons', {
      requests: [execute('CREATE TABLE t (v)'), execute('BEGIN'), { type: 'get_autocommit' }],
    });
    expect(first.body.results.map((result) => result.type)).toEqual(['ok', 'ok', 'ok']);
    expect(responseOf(first.body.results[2], 'get_autocommit').is_autocommit).toBe(false);
    const { baton } = first.body;
    expect(typeof baton).toBe('string');

    const second = await pipeline('batons', { baton, requests: [{ type: 'close' }] });
    expect(second.body).toMatchObject({
      baton: null,
      results: [{ type: 'ok', response: { type: 'close' } }],
    });
    const reused = await pipeline('batons', { baton, requests: [] });
    expect(reused).toMatchObject({ status: 400, body: { code: 'STREAM_EXPIRED' } });
  });

  it('refuses a baton on another database', async () => {
    const { body } = await pipeline('one', { requests: [execute('SELECT 1')] });
    const other = await pipeline('two', { baton: body.baton, requests: [execute('SELECT 1')] });
    expect(other.status).toBe(400);
  });

  it('stores SQL texts, describes, runs sequences and skips rows when asked', async () => {
    const { body } = await pipeline('stored', {
      requests: [
        { type: 'sequence', sql: 'CREATE TABLE s (a INTEGER, b TEXT); INSERT INTO s VALUES (1, 2);' },
        { type: 'store_sql', sql_id: 1, sql: 'SELECT a, b FROM s WHERE a = :a' },
        {
          type: 'execute',
          stmt: { sql_id: 1, named_args: [{ name: ':a', value: { type: 'integer', value: '1' } }] },
        },
        { type: 'describe', sql_id: 1 },
        execute('SELECT * FROM s', { want_rows: false }),
        { type: 'close_sql', sql_id: 1 },
        { type: 'execute', stmt: { sql_id: 1 } },
        { type: 'close' },
      ],
    });
    const [sequence, stored, executed, described, withoutRows, closed, missing] = body.results;
    expect(sequence).toEqual({ type: 'ok', response: { type: 'sequence' } });
    expect(stored?.type).toBe('ok');
    expect(responseOf(executed, 'execute').result).toEqual({
      cols: [
        { name: 'a', decltype: 'INTEGER' },
        { name: 'b', decltype: 'TEXT' },
      ],
      rows: [
        [
          { type: 'integer', value: '1' },
          { type: 'text', value: '2' },
        ],
      ],
      affected_row_count: 0,
      last_insert_rowid: null,
    });
    expect(responseOf(described, 'describe').result).toEqual({
      params: [{ name: ':a' }],
      cols: [
        { name: 'a', decltype: 'INTEGER' },
        { name: 'b', decltype: 'TEXT' },
      ],
      is_explain: false,
      is_readonly: true,
    });
    expect(responseOf(withoutRows, 'execute').result.rows).toEqual([]);
    expect(closed?.type).toBe('ok');
    expect(missing).toMatchObject({ type: 'error', error: { code: 'SQL_NOT_FOUND' } });
  });

  it('evaluates batch conditions, including is_autocommit', async () => {
    const steps = [
      { stmt: { sql: 'CREATE TABLE c (v INTEGER PRIMARY KEY)' } },
      { stmt: { sql: 'INSERT INTO c VALUES (1)' }, condition: { type: 'ok', step: 0 } },
      { stmt: { sql: 'INSERT INTO c VALUES (1)' }, condition: { type: 'ok', step: 1 } },
      { stmt: { sql: 'SELECT 1' }, condition: { type: 'ok', step: 2 } },
      { stmt: { sql: 'SELECT 2' }, condition: { type: 'error', step: 2 } },
      {
        stmt: { sql: 'SELECT 3' },
        condition: { type: 'or', conds: [{ type: 'ok', step: 3 }, { type: 'is_autocommit' }] },
      },
      {
        stmt: { sql: 'SELECT 4' },
        condition: {
          type: 'and',
          conds: [
            { type: 'not', cond: { type: 'is_autocommit' } },
            { type: 'ok', step: 0 },
          ],
        },
      },
    ];
    const { body } = await pipeline('conditions', {
      requests: [{ type: 'batch', batch: { steps } }, { type: 'close' }],
    });
    const { step_results: results, step_errors: errors } = responseOf(body.results[0], 'batch').result;
    expect(results.map((result) => result !== null)).toEqual([true, true, false, false, true, true, false]);
    expect(errors.map((error) => error?.code ?? null)).toEqual([
      null,
      null,
      'SQLITE_CONSTRAINT',
      null,
      null,
      null,
      null,
    ]);
  });

  it('answers a malformed body with 400 and an unknown request with an error result', async () => {
    const response = await fetch(`${server.urlFor('bad')}v2/pipeline`, { method: 'POST', body: 'not json' });
    expect(response.status).toBe(400);
    const { body } = await pipeline('bad', { requests: [{ type: 'teleport' }, { type: 'close' }] });
    expect(body.results[0]).toMatchObject({ type: 'error', error: { code: 'PROTOCOL_ERROR' } });
    expect(body.results[1]?.type).toBe('ok');
  });
});
