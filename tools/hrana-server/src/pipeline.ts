import { executeBatch } from './batch.ts';
import {
  HranaError,
  type ProtoDescribeResult,
  type ProtoStreamRequest,
  type ProtoStreamResponse,
  type ProtoStreamResult,
} from './proto.ts';
import {
  type ExecutionContext,
  executeStatement,
  resolveSql,
  scanOneStatement,
  toProtoError,
} from './statement.ts';
import type { Stream, StreamRegistry } from './streams.ts';

async function executeSequence({ context, sql }: { context: ExecutionContext; sql: string }) {
  // The text may hold any statements, so it counts as a write. It is never retried: a failure
  // may come after earlier statements of the text were applied.
  await context.beforeWrite();
  try {
    context.db.exec(sql);
  } finally {
    context.afterStatement();
  }
}

function describeStatement({
  context,
  sql,
}: {
  context: ExecutionContext;
  sql: string;
}): ProtoDescribeResult {
  const scan = scanOneStatement({ sql });
  const prepared = context.db.prepare(sql);
  const first = scan.leadingWords[0];
  return {
    params: scan.parameters.map((name) => ({ name })),
    cols: prepared.reader ? prepared.columns().map((col) => ({ name: col.name, decltype: col.type })) : [],
    is_explain: first === 'EXPLAIN',
    // From the leading keyword: libsql does not expose sqlite3_stmt_readonly().
    is_readonly: first === 'SELECT' || first === 'VALUES' || first === 'EXPLAIN',
  };
}

async function handleRequest({
  stream,
  registry,
  request,
}: {
  stream: Stream;
  registry: StreamRegistry;
  request: ProtoStreamRequest;
}): Promise<ProtoStreamResponse> {
  const { context } = stream;
  switch (request?.type) {
    case 'close':
      registry.close({ stream });
      return { type: 'close' };
    case 'execute':
      return { type: 'execute', result: await executeStatement({ context, stmt: request.stmt ?? {} }) };
    case 'batch':
      return { type: 'batch', result: await executeBatch({ context, batch: request.batch }) };
    case 'sequence':
      await executeSequence({
        context,
        sql: resolveSql({ context, sql: request.sql, sqlId: request.sql_id }),
      });
      return { type: 'sequence' };
    case 'describe': {
      const sql = resolveSql({ context, sql: request.sql, sqlId: request.sql_id });
      return { type: 'describe', result: describeStatement({ context, sql }) };
    }
    case 'store_sql':
      if (!Number.isInteger(request.sql_id) || typeof request.sql !== 'string') {
        throw new HranaError({
          message: 'store_sql needs an integer sql_id and a sql text',
          code: 'PROTOCOL_ERROR',
        });
      }
      if (context.sqls.has(request.sql_id)) {
        throw new HranaError({ message: `SQL text ${request.sql_id} is already stored`, code: 'SQL_EXISTS' });
      }
      context.sqls.set(request.sql_id, request.sql);
      return { type: 'store_sql' };
    case 'close_sql':
      context.sqls.delete(request.sql_id);
      return { type: 'close_sql' };
    case 'get_autocommit':
      return { type: 'get_autocommit', is_autocommit: !context.db.inTransaction };
    default:
      throw new HranaError({
        message: `Unknown request type: ${JSON.stringify((request as { type?: unknown })?.type)}`,
        code: 'PROTOCOL_ERROR',
      });
  }
}

/**
 * Runs a pipeline's requests in order. Each has its own result: an error in one (a constraint,
 * bad SQL) does not stop the next ones, and the stream stays open.
 */
export async function runPipeline({
  stream,
  registry,
  requests,
}: {
  stream: Stream;
  registry: StreamRegistry;
  requests: ProtoStreamRequest[];
}): Promise<ProtoStreamResult[]> {
  const results: ProtoStreamResult[] = [];
  for (const request of requests) {
    if (stream.closed) {
      results.push({ type: 'error', error: { message: 'The stream is closed', code: 'STREAM_CLOSED' } });
      continue;
    }
    try {
      results.push({ type: 'ok', response: await handleRequest({ stream, registry, request }) });
    } catch (error) {
      results.push({ type: 'error', error: toProtoError({ error }) });
    }
  }
  return results;
}
