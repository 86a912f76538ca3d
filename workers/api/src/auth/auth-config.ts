import type { AuthConfig } from '@auth/core';
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
  } as Provider;
}
