import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runPipeline } from './pipeline.ts';
import { HranaError, type ProtoPipelineRequest, type ProtoPipelineResponse } from './proto.ts';
import { toProtoError } from './statement.ts';
import { createStreamRegistry, type Stream, type StreamRegistry } from './streams.ts';

export type HranaServerOptions = {
  /** Maps a database name from the URL to a file path; null answers 404. */
  resolveDatabasePath: (name: string) => string | null | Promise<string | null>;
  /** Default 0: an ephemeral port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** When set, every request must carry `Authorization: Bearer <authToken>`. */
  authToken?: string;
  /** An idle stream (and its open transaction) is dropped after this long. Default 10 s. */
  streamIdleTimeoutMs?: number;
  /** How long a write waits for another stream's write transaction. Default 5 s. */
  writeLockTimeoutMs?: number;
};

export type HranaServer = {
  /** The server's origin, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** The libSQL URL of one database, for `createClient({ url })`. */
  urlFor(name: string): string;
  close(): Promise<void>;
};

const maxBodyBytes = 32 * 1024 * 1024;
// Only v2 answers the version probe: v3 would make clients use cursors, which this server lacks.
// Its pipeline is the same JSON, so it is served too.
const routePattern = /^\/db\/([^/]+)\/(v2|v3)(?:\/(pipeline|cursor))?$/;

function sendJson({ res, status, body }: { res: ServerResponse; status: number; body: unknown }) {
  // Exactly "application/json": the client only reads an error's message for that content type.
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function sendError({
  res,
  status,
  message,
  code,
}: {
  res: ServerResponse;
  status: number;
  message: string;
  code: string;
}) {
  sendJson({ res, status, body: { message, code } });
}

async function readBody({ req }: { req: IncomingMessage }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes)
      throw new HranaError({ message: 'Request body too large', code: 'BODY_TOO_LARGE' });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isAuthorized({ req, authToken }: { req: IncomingMessage; authToken: string | undefined }): boolean {
  if (authToken === undefined) return true;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (match === null) return false;
  // Compare digests so that neither the length nor the content leaks through timing.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(match[1]!), digest(authToken));
}

function parsePipelineRequest({ text }: { text: string }): ProtoPipelineRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HranaError({ message: 'The request body is not JSON', code: 'PROTOCOL_ERROR' });
  }
  const { baton, requests } = (body ?? {}) as Partial<ProtoPipelineRequest>;
  if (!Array.isArray(requests) || (baton !== undefined && baton !== null && typeof baton !== 'string')) {
    throw new HranaError({ message: 'Expected { baton?: string, requests: [...] }', code: 'PROTOCOL_ERROR' });
  }
  return { baton, requests };
}

async function servePipeline({
  req,
  res,
  name,
  path,
  registry,
}: {
  req: IncomingMessage;
  res: ServerResponse;
  name: string;
  path: string;
  registry: StreamRegistry;
}) {
  let body: ProtoPipelineRequest;
  let stream: Stream;
  try {
    body = parsePipelineRequest({ text: await readBody({ req }) });
    stream = body.baton ? registry.take({ baton: body.baton, name }) : registry.open({ name, path });
  } catch (error) {
    const status = error instanceof HranaError ? 400 : 500;
    sendJson({ res, status, body: toProtoError({ error }) });
    return;
  }
  try {
    const results = await runPipeline({ stream, registry, requests: body.requests });
    const baton = stream.closed ? null : registry.park({ stream });
    const response: ProtoPipelineResponse = { baton, base_url: null, results };
    sendJson({ res, status: 200, body: response });
  } catch (error) {
    registry.close({ stream });
    sendJson({ res, status: 500, body: toProtoError({ error }) });
  }
}

export async function startHranaServer(options: HranaServerOptions): Promise<HranaServer> {
  const { resolveDatabasePath, port = 0, host = '127.0.0.1', authToken } = options;
  const registry = createStreamRegistry({
    idleTimeoutMs: options.streamIdleTimeoutMs ?? 10_000,
    writeLockTimeoutMs: options.writeLockTimeoutMs ?? 5_000,
  });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && (pathname === '/' || pathname === '/health')) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    if (!isAuthorized({ req, authToken })) {
      res.setHeader('www-authenticate', 'Bearer');
      sendError({ res, status: 401, message: 'Missing or invalid bearer token', code: 'UNAUTHORIZED' });
      return;
    }
    const match = routePattern.exec(pathname);
    if (match === null) {
      // `new URL('v2/pipeline', base)` drops the last path segment of a base without a slash.
      const hint = /^\/db\/v[23]/.test(pathname)
        ? ' (a database URL must end with a slash: /db/<name>/)'
        : '';
      sendError({ res, status: 404, message: `Not found: ${pathname}${hint}`, code: 'NOT_FOUND' });
      return;
    }
    const [, encodedName, version, action] = match;
    let name: string;
    try {
      name = decodeURIComponent(encodedName!);
    } catch {
      sendError({ res, status: 400, message: 'Malformed database name', code: 'BAD_REQUEST' });
      return;
    }
    const path = await resolveDatabasePath(name);
    if (path === null) {
      sendError({
        res,
        status: 404,
        message: `No database named ${JSON.stringify(name)}`,
        code: 'NOT_FOUND',
      });
      return;
    }
    if (action === undefined && req.method === 'GET' && version === 'v2') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Hrana over HTTP, v2\n');
    } else if (action === 'pipeline' && req.method === 'POST') {
      await servePipeline({ req, res, name, path, registry });
    } else {
      sendError({ res, status: 404, message: `Not supported: ${req.method} ${pathname}`, code: 'NOT_FOUND' });
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson({ res, status: 500, body: toProtoError({ error }) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${address.port}`;

  return {
    url,
    urlFor: (name) => `${url}/db/${encodeURIComponent(name)}/`,
    close: async () => {
      registry.closeAll();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
