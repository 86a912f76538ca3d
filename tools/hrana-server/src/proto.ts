// The JSON shapes of Hrana over HTTP (v2, plus the v3 requests that need no cursor), as
// `@libsql/hrana-client` encodes and decodes them. Field names are the wire names.

export type ProtoValue =
  | { type: 'null' }
  | { type: 'integer'; value: string }
  | { type: 'float'; value: number }
  | { type: 'text'; value: string }
  | { type: 'blob'; base64: string };

export type ProtoError = { message: string; code?: string };

export type ProtoStmt = {
  sql?: string;
  sql_id?: number;
  args?: ProtoValue[];
  named_args?: Array<{ name: string; value: ProtoValue }>;
  want_rows?: boolean;
};

export type ProtoCol = { name: string | null; decltype: string | null };

export type ProtoStmtResult = {
  cols: ProtoCol[];
  rows: ProtoValue[][];
  affected_row_count: number;
  last_insert_rowid: string | null;
};

export type ProtoBatchCond =
  | { type: 'ok'; step: number }
  | { type: 'error'; step: number }
  | { type: 'not'; cond: ProtoBatchCond }
  | { type: 'and'; conds: ProtoBatchCond[] }
  | { type: 'or'; conds: ProtoBatchCond[] }
  | { type: 'is_autocommit' };

export type ProtoBatch = { steps: Array<{ condition?: ProtoBatchCond | null; stmt: ProtoStmt }> };

export type ProtoBatchResult = {
  step_results: Array<ProtoStmtResult | null>;
  step_errors: Array<ProtoError | null>;
};

export type ProtoDescribeResult = {
  params: Array<{ name: string | null }>;
  cols: Array<{ name: string; decltype: string | null }>;
  is_explain: boolean;
  is_readonly: boolean;
};

export type ProtoStreamRequest =
  | { type: 'close' }
  | { type: 'execute'; stmt: ProtoStmt }
  | { type: 'batch'; batch: ProtoBatch }
  | { type: 'sequence'; sql?: string; sql_id?: number }
  | { type: 'describe'; sql?: string; sql_id?: number }
  | { type: 'store_sql'; sql_id: number; sql: string }
  | { type: 'close_sql'; sql_id: number }
  | { type: 'get_autocommit' };

export type ProtoStreamResponse =
  | { type: 'close' }
  | { type: 'execute'; result: ProtoStmtResult }
  | { type: 'batch'; result: ProtoBatchResult }
  | { type: 'sequence' }
  | { type: 'describe'; result: ProtoDescribeResult }
  | { type: 'store_sql' }
  | { type: 'close_sql' }
  | { type: 'get_autocommit'; is_autocommit: boolean };

export type ProtoStreamResult =
  | { type: 'ok'; response: ProtoStreamResponse }
  | { type: 'error'; error: ProtoError };

export type ProtoPipelineRequest = { baton?: string | null; requests: ProtoStreamRequest[] };

export type ProtoPipelineResponse = {
  baton: string | null;
  base_url: string | null;
  results: ProtoStreamResult[];
};

/** An error answered to the client as a Hrana error `{ message, code }`. */
export class HranaError extends Error {
  readonly code: string;

  constructor({ message, code }: { message: string; code: string }) {
    super(message);
    this.name = 'HranaError';
    this.code = code;
  }
}
