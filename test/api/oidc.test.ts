import { controlSchema } from '@passerelle/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type OidcStandin, type StandinUser, startOidcStandin } from '../support/oidc-standin.ts';
import { DEMO, ORIGIN, startTestApp, type TestApp } from '../support/test-app.ts';

const { accounts, identities } = controlSchema;

/** Cookies as a browser keeps them: a later Set-Cookie replaces, an emptied one removes. */
function keepCookies(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ''] = line.split(';');
    const name = pair.slice(0, pair.indexOf('='));
    const value = pair.slice(pair.indexOf('=') + 1);
    if (value === '' || /max-age=0\b/i.test(line)) jar.delete(name);
    else jar.set(name, value);
  }
  return jar;
}

const cookieHeader = (jar: Map<string, string>) =>
  [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

describe('signing in with ProConnect (OpenID Connect)', () => {
  let t: TestApp;
  let issuer: OidcStandin;

  beforeAll(async () => {
    issuer = await startOidcStandin();
    t = await startTestApp({
      config: {
        oidc: {
          id: 'proconnect',
          name: 'ProConnect',
          issuer: issuer.issuer,
          clientId: issuer.clientId,
          clientSecret: issuer.clientSecret,
          userinfoSignedResponseAlg: 'RS256',
        },
      },
    });
  });
  afterAll(async () => {
    t.close();
    await issuer.close();
  });
  afterEach(() => issuer.wrongKeyFor.clear());

  /** The browser's round trip: Passerelle → ProConnect → back to Passerelle's callback. */
  async function loginWithProConnect({ user, session }: { user: StandinUser; session?: string }) {
    const jar = new Map<string, string>();
    if (session) keepCookies(jar, new Response(null, { headers: { 'set-cookie': session } }));
    const csrf = await t.request('/api/auth/csrf', { cookie: cookieHeader(jar) });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    keepCookies(jar, csrf);

    const signin = await t.request('/api/auth/signin/proconnect', {
      method: 'POST',
      cookie: cookieHeader(jar),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-auth-return-redirect': '1' },
      body: new URLSearchParams({ csrfToken, callbackUrl: `${ORIGIN}/` }).toString(),
    });
    const { url } = (await signin.json()) as { url: string };
    keepCookies(jar, signin);
    expect(url.startsWith(`${issuer.issuer}/authorize?`)).toBe(true);

    issuer.nextUser = user;
    const authorized = await fetch(url, { redirect: 'manual' });
    expect(authorized.status).toBe(302);
    const back = new URL(authorized.headers.get('location')!);
    expect(back.origin).toBe(ORIGIN);

    const callback = await t.request(`${back.pathname}${back.search}`, { cookie: cookieHeader(jar) });
    keepCookies(jar, callback);
    const newSession = callback.headers
      .getSetCookie()
      .find((c) => c.startsWith('authjs.session-token='))
      ?.split(';')[0];
    return { callback, newSession, cookie: cookieHeader(jar) };
  }

  async function linkedAccounts(sub: string) {
    return t.control
      .select({ identityEmail: identities.email, type: accounts.type })
      .from(accounts)
      .innerJoin(identities, eq(identities.id, accounts.identityId))
      .where(and(eq(accounts.provider, 'proconnect'), eq(accounts.providerAccountId, sub)));
  }

  const agent: StandinUser = {
    sub: 'pc-sub-drh-suresnes',
    email: DEMO.suresnesAdmin,
    given_name: 'Camille',
    usual_name: 'Durand',
  };

  it('links ProConnect to the identity of a person already signed in by magic link', async () => {
    const session = await t.signIn(DEMO.suresnesAdmin);
    const { callback } = await loginWithProConnect({ user: agent, session });

    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe(`${ORIGIN}/`);
    expect(await linkedAccounts(agent.sub)).toEqual([{ identityEmail: DEMO.suresnesAdmin, type: 'oidc' }]);
  });

  it('then signs that person in through ProConnect alone', async () => {
    const { callback, newSession } = await loginWithProConnect({ user: agent });

    expect(callback.headers.get('location')).toBe(`${ORIGIN}/`);
    expect(newSession).toBeDefined();
    const me = await t.request('/api/me', { cookie: newSession! });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({
      identity: { email: DEMO.suresnesAdmin },
      memberships: [{ tenant: { slug: 'ville-de-suresnes' } }],
    });
  });

  it('sends PKCE (S256), state and nonce to the issuer', () => {
    const request = issuer.authorizeRequests.at(-1)!;
    expect(request).toMatchObject({
      response_type: 'code',
      client_id: issuer.clientId,
      redirect_uri: `${ORIGIN}/api/auth/callback/proconnect`,
      code_challenge_method: 'S256',
    });
    expect(request.scope?.split(' ')).toEqual(expect.arrayContaining(['openid', 'email']));
    expect(request.code_challenge).toMatch(/^[\w-]{43}$/);
    expect(request.state).toBeTruthy();
    expect(request.nonce).toBeTruthy();
  });

  it('never signs in an unknown ProConnect account, even with the e-mail of an invited person', async () => {
    const stranger: StandinUser = {
      sub: 'pc-sub-inconnu',
      email: DEMO.clermontAdmin,
      given_name: 'Dominique',
      usual_name: 'Martin',
    };
    const { callback, newSession } = await loginWithProConnect({ user: stranger });

    expect(newSession).toBeUndefined();
    expect(callback.headers.get('location')).toMatch(/\/connexion\?error=/);
    expect(await linkedAccounts(stranger.sub)).toEqual([]);
    const [clermont] = await t.control
      .select()
      .from(identities)
      .where(eq(identities.email, DEMO.clermontAdmin));
    expect(await t.control.select().from(accounts).where(eq(accounts.identityId, clermont!.id))).toEqual([]);
  });

  it('refuses a userinfo answer signed with a key the issuer does not publish', async () => {
    issuer.wrongKeyFor.add('userinfo');
    const { callback, newSession } = await loginWithProConnect({ user: agent });

    expect(newSession).toBeUndefined();
    expect(callback.headers.get('location')).toMatch(/\/connexion\?error=/);
  });

  it('refuses an ID token signed with a key the issuer does not publish', async () => {
    issuer.wrongKeyFor.add('id_token');
    const { callback, newSession } = await loginWithProConnect({ user: agent });

    expect(newSession).toBeUndefined();
    expect(callback.headers.get('location')).toMatch(/\/connexion\?error=/);
  });
});
