// The libsql native binding can neither list a statement's parameters nor say whether text
// follows the first statement (and it aborts the process when an object binds an anonymous
// `?`). This scanner works both out the way SQLite does, skipping literals and comments.

export type SqlScan = {
  /** Number of statements in the text (trigger bodies do not split a statement). */
  statementCount: number;
  /** Parameter i+1 of the first statement: its name with prefix (`:a`), or null for `?`/`?NNN`. */
  parameters: Array<string | null>;
  /** The first words of the first statement, upper-cased, e.g. `['BEGIN', 'IMMEDIATE']`. */
  leadingWords: string[];
};

const isWordStart = (c: string) => /[A-Za-z_]/.test(c) || c.charCodeAt(0) >= 0x80;
const isWordPart = (c: string) => /[A-Za-z0-9_$]/.test(c) || c.charCodeAt(0) >= 0x80;

function skipQuoted({ sql, start, close }: { sql: string; start: number; close: string }): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === close) {
      // A doubled quote is an escaped quote, except in [bracketed] identifiers.
      if (close !== ']' && sql[i + 1] === close) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return i;
}

export function scanSql({ sql }: { sql: string }): SqlScan {
  const parameters: Array<string | null> = [];
  const named = new Map<string, number>();
  const leadingWords: string[] = [];
  let statementCount = 0;
  let inStatement = false;
  let words: string[] = [];
  let lastToken = '';
  let i = 0;

  const token = (text: string) => {
    inStatement = true;
    lastToken = text;
  };
  const word = (text: string) => {
    const upper = text.toUpperCase();
    if (statementCount === 0 && leadingWords.length < 3) leadingWords.push(upper);
    if (words.length < 3) words.push(upper);
    token(upper);
  };
  const isTrigger = () =>
    words[0] === 'CREATE' &&
    (words[1] === 'TRIGGER' || (/^TEMP(ORARY)?$/.test(words[1] ?? '') && words[2] === 'TRIGGER'));

  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if (/\s/.test(c)) i += 1;
    else if (c === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end + 1;
    } else if (c === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`' || c === '[') {
      i = skipQuoted({ sql, start: i, close: c === '[' ? ']' : c });
      token('literal');
    } else if (c === ';') {
      // Inside CREATE TRIGGER, only `END;` ends the statement (as in sqlite3_complete).
      if (inStatement && (!isTrigger() || lastToken === 'END')) {
        statementCount += 1;
        inStatement = false;
        words = [];
      }
      i += 1;
    } else if (c === '?') {
      let end = i + 1;
      while (end < sql.length && /[0-9]/.test(sql[end]!)) end += 1;
      const index = end > i + 1 ? Number(sql.slice(i + 1, end)) : parameters.length + 1;
      if (statementCount === 0) {
        while (parameters.length < index) parameters.push(null);
      }
      i = end;
      token('?');
    } else if ((c === ':' || c === '@' || c === '$') && next !== undefined && isWordPart(next)) {
      let end = i + 1;
      while (end < sql.length && isWordPart(sql[end]!)) end += 1;
      const name = sql.slice(i, end);
      if (statementCount === 0 && !named.has(name)) {
        parameters.push(name);
        named.set(name, parameters.length);
      }
      i = end;
      token(name);
    } else if (/[0-9]/.test(c)) {
      // Numbers such as 1e5 or 0x1F are one token, not a digit and a word.
      let end = i + 1;
      while (end < sql.length && /[0-9A-Za-z_.]/.test(sql[end]!)) end += 1;
      i = end;
      token('number');
    } else if (isWordStart(c)) {
      let end = i + 1;
      while (end < sql.length && isWordPart(sql[end]!)) end += 1;
      word(sql.slice(i, end));
      i = end;
    } else {
      token(c);
      i += 1;
    }
  }
  if (inStatement) statementCount += 1;
  return { statementCount, parameters, leadingWords };
}

const lockFreeFirstWords = new Set([
  'SELECT',
  'VALUES',
  'EXPLAIN',
  'COMMIT',
  'END',
  'ROLLBACK',
  'RELEASE',
  'SAVEPOINT',
]);

/**
 * Whether a statement may write, and so must hold the database's write lock. Conservative:
 * anything not known to be read-only or a transaction boundary counts as a write.
 */
export function mayWrite({ leadingWords }: { leadingWords: string[] }): boolean {
  const [first, second] = leadingWords;
  if (first === undefined) return false;
  if (first === 'BEGIN') return second === 'IMMEDIATE' || second === 'EXCLUSIVE';
  return !lockFreeFirstWords.has(first);
}
