import type { IncomingHttpHeaders } from 'node:http';
import type { ApiStub, StubAnswer } from './serve-dist.ts';

/** A fixture id of the right shape: the prefix and 26 characters, `n` zero-padded. */
export const fixtureId = (prefix: string, n: number) => `${prefix}_${String(n).padStart(26, '0')}`;

/** An error answer in the contract's shape (docs/api.md), with field messages when given. */
export const apiError = (
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string>,
): StubAnswer => ({
  status,
  json: { error: { code, message, requestId: 'req_stub', ...(fields ? { fields } : {}) } },
});

/** The answer to `GET /api/me` for a signed-in person. */
export const signedIn = (me: {
  identity: { id: string; email: string; name: string };
  memberships: { tenant: { slug: string; name: string }; role?: string }[];
  isNationalAdmin?: boolean;
}): StubAnswer => ({ status: 200, json: { isNationalAdmin: false, ...me } });

export type StubRequest = {
  method: string;
  /** The URL's path, e.g. `/api/t/ville-exemple/organizations`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The JSON body, parsed; null when the request has none or sends something else. */
  body: Record<string, unknown> | null;
};

/** A write the screens sent: its JSON body, or the raw text of any other body. */
export type StubWrite = {
  method: string;
  path: string;
  /** The query string with its `?`, only when there is one. */
  query?: string;
  body: Record<string, unknown> | string | null;
};

/**
 * A stub answering through `answer`, which records every write it receives (any method but GET)
 * for tests to assert what the screens sent.
 */
export function recordingStub(answer: (request: StubRequest) => StubAnswer | undefined): {
  stub: ApiStub;
  writes: StubWrite[];
} {
  const writes: StubWrite[] = [];
  const stub: ApiStub = (request, raw) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const isJson = (request.headers['content-type'] ?? '').includes('json');
    const body = raw && isJson ? (JSON.parse(raw) as Record<string, unknown>) : null;
    if (method !== 'GET') {
      const query = url.search ? { query: url.search } : {};
      writes.push({ method, path: url.pathname, ...query, body: body ?? (raw || null) });
    }
    return answer({ method, path: url.pathname, query: url.searchParams, headers: request.headers, body });
  };
  return { stub, writes };
}
