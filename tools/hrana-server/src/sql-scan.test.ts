import { describe, expect, it } from 'vitest';
import { mayWrite, scanSql } from './sql-scan.ts';

describe('scanSql', () => {
  it('numbers parameters as SQLite does', () => {
    expect(scanSql({ sql: 'SELECT ?, ?3, :a, @b, :a, $c, ?' }).parameters).toEqual([
      null,
      null,
      null,
      ':a',
      '@b',
      '$c',
      null,
    ]);
  });

  it('ignores what looks like parameters inside literals and comments', () => {
    const scan = scanSql({ sql: `SELECT ':x', "?", [@y], \`$z\` -- :no\n /* ?1 */ , :yes` });
    expect(scan.parameters).toEqual([':yes']);
    expect(scan.statementCount).toBe(1);
  });

  it('counts statements, not semicolons', () => {
    expect(scanSql({ sql: '' }).statementCount).toBe(0);
    expect(scanSql({ sql: ' ; -- nothing' }).statementCount).toBe(0);
    expect(scanSql({ sql: "SELECT ';';" }).statementCount).toBe(1);
    expect(scanSql({ sql: 'SELECT 1; SELECT 2' }).statementCount).toBe(2);
    const trigger =
      'CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (1); DELETE FROM c; END;';
    expect(scanSql({ sql: trigger }).statementCount).toBe(1);
    expect(scanSql({ sql: `${trigger} SELECT 1` }).statementCount).toBe(2);
  });

  it('tells reads and transaction boundaries from writes', () => {
    const writes = (sql: string) => mayWrite(scanSql({ sql }));
    expect(writes('select 1')).toBe(false);
    expect(writes('BEGIN')).toBe(false);
    expect(writes('BEGIN TRANSACTION READONLY')).toBe(false);
    expect(writes('BEGIN IMMEDIATE')).toBe(true);
    expect(writes('COMMIT')).toBe(false);
    expect(writes('insert into t values (1)')).toBe(true);
    expect(writes('WITH x AS (SELECT 1) DELETE FROM t')).toBe(true);
    expect(writes('PRAGMA user_version = 3')).toBe(true);
  });
});
