import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for the parts of the Turso Platform API that provisioning uses, with the
// shapes of https://docs.turso.tech/api-reference: create / read a database, mint its token.

export type StandinDatabase = { DbId: string; Hostname: string; Name: string; group: string };

export type RecordedRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
};

export type TursoApiStandin = {
  url: string;
  requests: RecordedRequest[];
  databases: Map<string, StandinDatabase>;
  /** Answers the next request with this status and body instead of serving it. */
  failNext(input: { status: number; body: unknown }): void;
  /** The claims of a token this stand-in issued. */
  decodeToken(jwt: string): { a: 'rw' | 'ro'; id: string; name: string; iat: number };
  close(): Promise<void>;
};

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function send({ res, status, body }: { res: ServerResponse; status: number; body: unknown }) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readJson({ req }: { req: IncomingMessage }): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}

export async function startTursoApiStandin({
  organization,
  apiToken,
  groups = ['default'],
}: {
  organization: string;
  apiToken: string;
  groups?: string[];
}): Promise<TursoApiStandin> {
  const requests: RecordedRequest[] = [];
  const databases = new Map<string, StandinDatabase>();
  let failure: { status: number; body: unknown } | undefined;

  const serve = ({ res, request }: { res: ServerResponse; request: RecordedRequest }) => {
    if (request.authorization !== `Bearer ${apiToken}`) {
      return send({ res, status: 401, body: { error: 'Unauthorized: invalid or expired auth token' } });
    }
    const match = /^\/v1\/organizations\/([^/]+)\/databases(?:\/([^/]+)(\/auth\/tokens)?)?$/.exec(
      request.path,
    );
    if (match === null || decodeURIComponent(match[1]!) !== organization) {
      return send({ res, status: 404, body: { error: 'not found' } });
    }
    const name = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    if (request.method === 'POST' && name === undefined) {
      const body = (request.body ?? {}) as { name?: string; group?: string };
      if (!body.name || !body.group)
        return send({ res, status: 400, body: { error: 'name and group are required' } });
      if (!groups.includes(body.group))
        return send({ res, status: 404, body: { error: `group ${body.group} not found` } });
      if (databases.has(body.name)) {
        return send({ res, status: 409, body: { error: `database with name ${body.name} already exists` } });
      }
      const database = {
        DbId: randomUUID(),
        Hostname: `${body.name}-${organization}.turso.io`,
        Name: body.name,
        group: body.group,
      };
      databases.set(body.name, database);
      const { group: _group, ...created } = database;
      return send({ res, status: 200, body: { database: created } });
    }
    const database = name === undefined ? undefined : databases.get(name);
    if (database === undefined) return send({ res, status: 404, body: { error: 'database not found' } });
    if (request.method === 'GET' && match[3] === undefined) {
      return send({
        res,
        status: 200,
        body: { database: { ...database, regions: ['fra'], primaryRegion: 'fra' } },
      });
    }
    if (request.method === 'POST' && match[3] !== undefined) {
      const access = request.query.authorization ?? 'full-access';
      // `id` is the database id, as in Turso's database tokens; `name` makes test assertions plain.
      const claims = {
        a: access === 'read-only' ? 'ro' : 'rw',
        iat: 1_700_000_000,
        id: database.DbId,
        name: database.Name,
      };
      const jwt = `${base64url({ alg: 'EdDSA', typ: 'JWT' })}.${base64url(claims)}.standin-signature`;
      return send({ res, status: 200, body: { jwt } });
    }
    return send({ res, status: 405, body: { error: 'method not allowed' } });
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://standin');
    readJson({ req })
      .then((body) => {
        const request: RecordedRequest = {
          method: req.method ?? 'GET',
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          body,
          authorization: req.headers.authorization,
        };
        requests.push(request);
        if (failure !== undefined) {
          const { status, body: failureBody } = failure;
          failure = undefined;
          return send({ res, status, body: failureBody });
        }
        serve({ res, request });
      })
      .catch(() => send({ res, status: 400, body: { error: 'invalid JSON' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    databases,
    failNext: (next) => {
      failure = next;
    },
    decodeToken: (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
