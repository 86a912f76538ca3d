import { type AuthConfig, customFetch } from '@auth/core';
import type { Provider } from '@auth/core/providers';
import type { AppDeps, OidcConfig } from '../deps.ts';
import { createControlAdapter } from './control-adapter.ts';
import { isInvited } from './invitations.ts';
import { MAGIC_LINK_MINUTES, magicLinkMail } from './magic-link-mail.ts';

export const AUTH_BASE_PATH = '/api/auth';

/** Auth.js configured for Passerelle: invite-only magic links, optional OIDC, database sessions. */
export function createAuthConfig(deps: AppDeps): AuthConfig {
  const providers: Provider[] = [emailProvider(deps)];
  if (deps.config.oidc) providers.push(oidcProvider(deps.config.oidc));
  return {
    basePath: AUTH_BASE_PATH,
    secret: deps.config.authSecret,
    trustHost: true,
    adapter: createControlAdapter(deps.control),
    session: { strategy: 'database', maxAge: 30 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    providers,
    pages: { signIn: '/connexion', error: '/connexion', verifyRequest: '/connexion?envoye=1' },
    callbacks: {
      async signIn({ user, account, email }) {
        // Asking for a link always "succeeds", so the form never reveals which addresses are
        // invited; the mail is only sent to invited ones (see sendVerificationRequest).
        if (email?.verificationRequest) return true;
        if (account?.type === 'email')
          return Boolean(user.email && (await isInvited(deps.control, user.email)));
        // OpenID Connect: only an account already linked to an identity (looked up by provider +
        // subject) gets in; Auth.js refuses to link by e-mail on its own.
        return Boolean(user.id && user.email && (await isInvited(deps.control, user.email)));
      },
    },
    logger: {
      error(error) {
        console.error(JSON.stringify({ auth: error.name, message: error.message }));
      },
      warn() {},
      debug() {},
    },
  };
}

function emailProvider(deps: AppDeps): Provider {
  return {
    id: 'email',
    type: 'email',
    name: 'E-mail',
    from: 'Passerelle <ne-pas-repondre@passerelle.example>',
    maxAge: MAGIC_LINK_MINUTES * 60,
    options: {},
    async sendVerificationRequest({ identifier, url }) {
      if (!(await isInvited(deps.control, identifier))) return;
      await deps.mailer.send(magicLinkMail({ to: identifier, url }));
    },
  } as Provider;
}

/** Ready for ProConnect: PKCE + state + nonce, and a signed JWT userinfo read instead of the ID token. */
function oidcProvider(config: OidcConfig): Provider {
  return {
    id: config.id,
    name: config.name,
    type: 'oidc',
    issuer: config.issuer,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    checks: ['pkce', 'state', 'nonce'],
    idToken: false,
    authorization: { params: { scope: config.scope ?? 'openid email given_name usual_name' } },
    client: config.userinfoSignedResponseAlg
      ? { userinfo_signed_response_alg: config.userinfoSignedResponseAlg }
      : {},
    profile(profile: Record<string, unknown>) {
      const name = [profile.given_name, profile.usual_name ?? profile.family_name].filter(Boolean).join(' ');
      return { id: String(profile.sub), email: String(profile.email ?? ''), name: name || null };
    },
    [customFetch]: fetchCheckingSignatures(config.issuer),
  } as Provider;
}

// Auth.js 0.41 (through oauth4webapi) checks the claims of the ID token and of a signed userinfo
// answer but never their signatures: it relies on TLS with the issuer alone. The profile we sign
// people in with comes from that userinfo JWT, so every JWT the issuer answers is checked here
// against the keys it publishes, and a forged one stops the login.

const JWS_ALGORITHMS: Record<
  string,
  { key: RsaHashedImportParams | EcKeyImportParams; verify: AlgorithmIdentifier | RsaPssParams | EcdsaParams }
> = {
  RS256: { key: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, verify: 'RSASSA-PKCS1-v1_5' },
  PS256: { key: { name: 'RSA-PSS', hash: 'SHA-256' }, verify: { name: 'RSA-PSS', saltLength: 32 } },
  ES256: { key: { name: 'ECDSA', namedCurve: 'P-256' }, verify: { name: 'ECDSA', hash: 'SHA-256' } },
};

type Jwk = JsonWebKey & { kid?: string; use?: string };

/** `fetch` for the OIDC provider: answers as usual, but throws on a JWT the issuer did not sign. */
function fetchCheckingSignatures(issuer: string): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!response.ok) return response;
    const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type === 'application/jwt') {
      await verifyIssuerSignature({ issuer, jwt: (await response.clone().text()).trim() });
    } else if (type === 'application/json') {
      const body: unknown = await response.clone().json();
      const idToken = (body as { id_token?: unknown } | null)?.id_token;
      if (typeof idToken === 'string') await verifyIssuerSignature({ issuer, jwt: idToken });
    }
    return response;
  };
}

async function verifyIssuerSignature({ issuer, jwt }: { issuer: string; jwt: string }) {
  const [header64, payload64, signature64, ...rest] = jwt.split('.');
  if (!header64 || payload64 === undefined || !signature64 || rest.length > 0) {
    throw new Error('OIDC: expected a signed JWT (JWS compact serialization)');
  }
  const header = JSON.parse(new TextDecoder().decode(base64url(header64))) as { alg?: string; kid?: string };
  const algorithm = header.alg ? JWS_ALGORITHMS[header.alg] : undefined;
  if (!algorithm) throw new Error(`OIDC: unsupported JWT signature algorithm ${header.alg}`);

  const keys = await issuerKeys(issuer);
  const candidates = keys.filter(
    (jwk) =>
      (header.kid === undefined || jwk.kid === header.kid) &&
      (jwk.alg === undefined || jwk.alg === header.alg) &&
      jwk.use !== 'enc',
  );
  const signed = new TextEncoder().encode(`${header64}.${payload64}`);
  for (const jwk of candidates) {
    const key = await crypto.subtle.importKey('jwk', jwk, algorithm.key, false, ['verify']).catch(() => null);
    if (key && (await crypto.subtle.verify(algorithm.verify, key, base64url(signature64), signed))) return;
  }
  throw new Error('OIDC: JWT signature does not match any key the issuer publishes');
}

async function issuerKeys(issuer: string): Promise<Jwk[]> {
  const discovery = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  const { jwks_uri } = (await discovery.json()) as { jwks_uri?: string };
  if (!jwks_uri) throw new Error('OIDC: the issuer publishes no jwks_uri');
  const { keys } = (await (await fetch(jwks_uri)).json()) as { keys?: Jwk[] };
  return keys ?? [];
}

function base64url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
}
