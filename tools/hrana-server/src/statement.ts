import type Database from 'libsql';
import { HranaError, type ProtoError, type ProtoStmt, type ProtoStmtResult } from './proto.ts';
import { mayWrite, type SqlScan, scanSql } from './sql-scan.ts';
import { decodeValue, encodeValue, type SqlValue } from './values.ts';

/** What executing SQL on one stream needs. */
export type ExecutionContext = {
  db: Database.Database;
  /** SQL texts stored with `store_sql`, by id. */
  sqls: Map<number, string>;
  /** Waits for the database's write lock, kept until the connection is back in autocommit. */
  beforeWrite(): Promise<void>;
  /** Gives the write lock back once the connection has left its transaction. */
  afterStatement(): void;
};

export function resolveSql({
  context,
  sql,
  sqlId,
}: {
  context: ExecutionContext;
  sql?: string;
  sqlId?: number;
}) {
  if (typeof sql === 'string' && typeof sqlId === 'number') {
    throw new HranaError({ message: 'Both sql and sql_id were given', code: 'PROTOCOL_ERROR' });
  }
  if (typeof sql === 'string') return sql;
  if (typeof sqlId !== 'number') {
    throw new HranaError({ message: 'Neither sql nor sql_id was given', code: 'PROTOCOL_ERROR' });
  }
  const stored = context.sqls.get(sqlId);
  if (stored === undefined) {
    throw new HranaError({ message: `No SQL text is stored with id ${sqlId}`, code: 'SQL_NOT_FOUND' });
  }
  return stored;
}

/** Scans a text that must hold exactly one statement, as sqld requires for execute. */
export function scanOneStatement({ sql }: { sql: string }): SqlScan {
  const scan = scanSql({ sql });
  if (scan.statementCount === 0) {
    throw new HranaError({ message: 'SQL string does not contain any statement', code: 'SQL_NO_STATEMENT' });
  }
  if (scan.statementCount > 1) {
    throw new HranaError({
      message: 'SQL string contains more than one statement',
      code: 'SQL_MANY_STATEMENTS',
    });
  }
  return scan;
}

function bindValues({ stmt, scan }: { stmt: ProtoStmt; scan: SqlScan }): SqlValue[] {
  const args = stmt.args ?? [];
  const namedArgs = stmt.named_args ?? [];
  if (args.length > 0 && namedArgs.length > 0) {
    throw new HranaError({
      message: 'Specifying both positional and named arguments is not supported',
      code: 'ARGS_BOTH_POSITIONAL_AND_NAMED',
    });
  }
  if (namedArgs.length === 0) return args.map((value) => decodeValue({ value }));
  // Clients send names with or without their prefix (`:id` or `id`); SQL text has the prefix.
  const byName = new Map(namedArgs.map(({ name, value }) => [name, decodeValue({ value })]));
  return scan.parameters.map((parameter) => {
    if (parameter === null) return null;
    return byName.get(parameter) ?? byName.get(parameter.slice(1)) ?? null;
  });
}

const counterStatements = new WeakMap<Database.Database, Database.Statement>();

function readCounters({ db }: { db: Database.Database }) {
  let statement = counterStatements.get(db);
  if (statement === undefined) {
    statement = db
      .prepare('SELECT changes(), total_changes(), last_insert_rowid()')
      .raw(true)
      .safeIntegers(true);
    counterStatements.set(db, statement);
  }
  const [changes, totalChanges, lastInsertRowid] = statement.all()[0] as [bigint, bigint, bigint];
  return { changes, totalChanges, lastInsertRowid };
}

export async function executeStatement({
  context,
  stmt,
}: {
  context: ExecutionContext;
  stmt: ProtoStmt;
}): Promise<ProtoStmtResult> {
  const sql = resolveSql({ context, sql: stmt.sql, sqlId: stmt.sql_id });
  const scan = scanOneStatement({ sql });
  const values = bindValues({ stmt, scan });
  if (mayWrite(scan)) await context.beforeWrite();
  try {
    const { db } = context;
    // changes() keeps the count of the last INSERT/UPDATE/DELETE, even across a SELECT or a
    // CREATE; total_changes() tells whether this statement changed anything at all.
    const before = readCounters({ db });
    const prepared = db.prepare(sql);
    let cols: ProtoStmtResult['cols'] = [];
    let rows: unknown[][] = [];
    if (prepared.reader) {
      cols = prepared.columns().map((col) => ({ name: col.name, decltype: col.type }));
      rows = prepared.raw(true).safeIntegers(true).all(values) as unknown[][];
    } else {
      prepared.run(values);
    }
    const after = readCounters({ db });
    const changed = after.totalChanges !== before.totalChanges;
    return {
      cols,
      rows: stmt.want_rows === false ? [] : rows.map((row) => row.map((value) => encodeValue({ value }))),
      affected_row_count: changed ? Number(after.changes) : 0,
      last_insert_rowid: changed ? after.lastInsertRowid.toString() : null,
    };
  } finally {
    context.afterStatement();
  }
}

const primaryCodeNames: Record<number, string> = {
  1: 'SQLITE_ERROR',
  2: 'SQLITE_INTERNAL',
  3: 'SQLITE_PERM',
  4: 'SQLITE_ABORT',
  5: 'SQLITE_BUSY',
  6: 'SQLITE_LOCKED',
  7: 'SQLITE_NOMEM',
  8: 'SQLITE_READONLY',
  9: 'SQLITE_INTERRUPT',
  10: 'SQLITE_IOERR',
  11: 'SQLITE_CORRUPT',
  12: 'SQLITE_NOTFOUND',
  13: 'SQLITE_FULL',
  14: 'SQLITE_CANTOPEN',
  15: 'SQLITE_PROTOCOL',
  17: 'SQLITE_SCHEMA',
  18: 'SQLITE_TOOBIG',
  19: 'SQLITE_CONSTRAINT',
  20: 'SQLITE_MISMATCH',
  21: 'SQLITE_MISUSE',
  22: 'SQLITE_NOLFS',
  23: 'SQLITE_AUTH',
  25: 'SQLITE_RANGE',
  26: 'SQLITE_NOTADB',
};

/**
 * The Hrana error for anything thrown while executing. SQLite errors carry their primary code
 * (SQLITE_CONSTRAINT, not SQLITE_CONSTRAINT_UNIQUE), as sqld does and as `@libsql/client`
 * reports `code` for local files, so code checking `error.code` behaves the same on both.
 */
export function toProtoError({ error }: { error: unknown }): ProtoError {
  if (error instanceof HranaError) return { message: error.message, code: error.code };
  const { message, code, rawCode } = error as { message?: unknown; code?: unknown; rawCode?: unknown };
  const text = typeof message === 'string' ? message : String(error);
  if (typeof rawCode === 'number') {
    return { message: text, code: primaryCodeNames[rawCode & 0xff] ?? `SQLITE_UNKNOWN_${rawCode & 0xff}` };
  }
  return { message: text, code: typeof code === 'string' ? code : 'INTERNAL' };
}
