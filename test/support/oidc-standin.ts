import { createHash, generateKeyPairSync, type KeyObject, randomUUID, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local OpenID Connect issuer shaped like ProConnect: discovery, JWKS, authorization code with
// PKCE, an RS256 ID token and a userinfo answer that is itself a signed JWT (`application/jwt`).
// Keys are signed with node:crypto so the tests need no JOSE library of their own.

export type StandinUser = { sub: string; email: string; given_name: string; usual_name: string };

export type OidcStandin = {
  /** With a path, like ProConnect's `https://auth.agentconnect.gouv.fr/api/v2`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The person who "logs in" at the next authorization request. */
  nextUser: StandinUser | undefined;
  /** The query of every authorization request, in order. */
  authorizeRequests: Record<string, string>[];
  /** Signs these answers with a key the JWKS does not publish (under the published `kid`). */
  wrongKeyFor: Set<'id_token' | 'userinfo'>;
  close(): Promise<void>;
};

type Grant = {
  user: StandinUser;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  codeChallengeMethod: string;
  nonce: string | undefined;
};

const KID = 'standin-key-1';

const rsaKey = () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

function signJwt({ claims, key }: { claims: Record<string, unknown>; key: KeyObject }) {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode({ alg: 'RS256', typ: 'JWT', kid: KID })}.${encode(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

function send({
  res,
  status,
  body,
  type = 'application/json',
}: {
  res: ServerResponse;
  status: number;
  body: unknown;
  type?: string;
}) {
  res
    .writeHead(status, { 'content-type': type, 'cache-control': 'no-store' })
    .end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function readForm({ req }: { req: IncomingMessage }) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** The client credentials from `client_secret_basic` or, failing that, `client_secret_post`. */
function clientCredentials({ req, form }: { req: IncomingMessage; form: URLSearchParams }) {
  const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (basic) {
    const [id = '', secret = ''] = Buffer.from(basic, 'base64').toString('utf8').split(':');
    const decode = (value: string) => decodeURIComponent(value.replace(/\+/g, ' '));
    return { id: decode(id), secret: decode(secret) };
  }
  return { id: form.get('client_id') ?? '', secret: form.get('client_secret') ?? '' };
}

export async function startOidcStandin({
  clientId = 'passerelle-test',
  clientSecret = 'secret-de-test',
}: {
  clientId?: string;
  clientSecret?: string;
} = {}): Promise<OidcStandin> {
  const key = rsaKey();
  const strangerKey = rsaKey();
  const { n, e } = key.export({ format: 'jwk' });
  const jwks = { keys: [{ kty: 'RSA', n, e, kid: KID, alg: 'RS256', use: 'sig' }] };
  const grants = new Map<string, Grant>();
  const accessTokens = new Map<string, { user: StandinUser; clientId: string }>();
  const now = () => Math.floor(Date.now() / 1000);

  const server = createServer((req, res) => {
    serve({ req, res }).catch((error: unknown) => send({ res, status: 500, body: { error: String(error) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const base = '/api/v2';

  const standin: OidcStandin = {
    issuer: `${origin}${base}`,
    clientId,
    clientSecret,
    nextUser: undefined,
    authorizeRequests: [],
    wrongKeyFor: new Set(),
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };

  async function serve({ req, res }: { req: IncomingMessage; res: ServerResponse }) {
    const url = new URL(req.url ?? '/', origin);
    switch (`${req.method} ${url.pathname}`) {
      case `GET ${base}/.well-known/openid-configuration`:
        return send({
          res,
          status: 200,
          body: {
            issuer: standin.issuer,
            authorization_endpoint: `${standin.issuer}/authorize`,
            token_endpoint: `${standin.issuer}/token`,
            userinfo_endpoint: `${standin.issuer}/userinfo`,
            jwks_uri: `${standin.issuer}/jwks`,
            response_types_supported: ['code'],
            grant_types_supported: ['authorization_code'],
            subject_types_supported: ['public'],
            scopes_supported: ['openid', 'email', 'given_name', 'usual_name'],
            code_challenge_methods_supported: ['S256'],
            id_token_signing_alg_values_supported: ['RS256'],
            userinfo_signing_alg_values_supported: ['RS256'],
            token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
          },
        });
      case `GET ${base}/jwks`:
        return send({ res, status: 200, body: jwks });
      case `GET ${base}/authorize`:
        return authorize({ res, query: Object.fromEntries(url.searchParams) });
      case `POST ${base}/token`:
        return token({ res, req, form: await readForm({ req }) });
      case `GET ${base}/userinfo`:
        return userinfo({ req, res });
      default:
        return send({ res, status: 404, body: { error: 'not_found' } });
    }
  }

  function authorize({ res, query }: { res: ServerResponse; query: Record<string, string> }) {
    standin.authorizeRequests.push(query);
    const user = standin.nextUser;
    const redirectUri = query.redirect_uri;
    if (query.client_id !== clientId || !redirectUri || query.response_type !== 'code' || !user) {
      return send({ res, status: 400, body: { error: 'invalid_request' } });
    }
    if (!query.code_challenge || query.code_challenge_method !== 'S256') {
      return send({ res, status: 400, body: { error: 'invalid_request', error_description: 'PKCE S256' } });
    }
    const code = randomUUID();
    grants.set(code, {
      user,
      clientId,
      redirectUri,
      codeChallenge: query.code_challenge,
      codeChallengeMethod: query.code_challenge_method,
      nonce: query.nonce,
    });
    const location = new URL(redirectUri);
    location.searchParams.set('code', code);
    if (query.state) location.searchParams.set('state', query.state);
    res.writeHead(302, { location: location.href }).end();
  }

  function token({ req, res, form }: { req: IncomingMessage; res: ServerResponse; form: URLSearchParams }) {
    const client = clientCredentials({ req, form });
    if (client.id !== clientId || client.secret !== clientSecret) {
      return send({ res, status: 401, body: { error: 'invalid_client' } });
    }
    const code = form.get('code') ?? '';
    const grant = grants.get(code);
    grants.delete(code);
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (
      form.get('grant_type') !== 'authorization_code' ||
      !grant ||
      grant.redirectUri !== form.get('redirect_uri') ||
      grant.codeChallengeMethod !== 'S256' ||
      grant.codeChallenge !== challenge
    ) {
      return send({ res, status: 400, body: { error: 'invalid_grant' } });
    }
    const accessToken = randomUUID();
    accessTokens.set(accessToken, { user: grant.user, clientId });
    const idToken = signJwt({
      key: standin.wrongKeyFor.has('id_token') ? strangerKey : key,
      claims: {
        iss: standin.issuer,
        sub: grant.user.sub,
        aud: clientId,
        iat: now(),
        exp: now() + 60,
        auth_time: now(),
        ...(grant.nonce ? { nonce: grant.nonce } : {}),
        acr: 'eidas1',
      },
    });
    send({
      res,
      status: 200,
      body: { access_token: accessToken, token_type: 'Bearer', expires_in: 60, id_token: idToken },
    });
  }

  function userinfo({ req, res }: { req: IncomingMessage; res: ServerResponse }) {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const grant = accessTokens.get(bearer);
    if (!grant) return send({ res, status: 401, body: { error: 'invalid_token' } });
    const { sub, email, given_name, usual_name } = grant.user;
    const jwt = signJwt({
      key: standin.wrongKeyFor.has('userinfo') ? strangerKey : key,
      claims: { iss: standin.issuer, aud: grant.clientId, iat: now(), sub, email, given_name, usual_name },
    });
    send({ res, status: 200, body: jwt, type: 'application/jwt' });
  }

  return standin;
}
