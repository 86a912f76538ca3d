import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

describe('signing in with a magic link', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { magicLinkLimits: { perEmail: 3, perIp: 6, windowMs: 60_000 } } });
  });
  afterAll(() => t.close());

  it('mails a French link that signs the invited person in once, and sign-out revokes the session', async () => {
    const { response, link } = await t.requestMagicLink(DEMO.provinceAdmin, {
      'x-forwarded-for': '10.0.0.1',
    });
    expect(response.status).toBe(200);
    expect((await t.latestMailTo(DEMO.provinceAdmin))?.subject).toBe('Votre lien de connexion à Passerelle');
    expect(link).toBeDefined();

    const first = await t.followMagicLink(link!);
    expect(first.response.status).toBe(302);
    expect(first.session).toBeDefined();
    const me = await t.request('/api/me', { cookie: first.session! });
    expect(await me.json()).toMatchObject({
      identity: { email: DEMO.provinceAdmin },
      memberships: [{ tenant: { slug: 'province-sud' }, role: 'tenant_admin' }],
    });

    const reused = await t.followMagicLink(link!);
    expect(reused.session).toBeUndefined();
    expect(reused.response.headers.get('location')).toContain('/connexion?error=Verification');

    const csrf = await t.request('/api/auth/csrf', { cookie: first.session! });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    await t.request('/api/auth/signout', {
      method: 'POST',
      cookie: `${first.session}; ${csrfCookie}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken }).toString(),
    });
    expect((await t.request('/api/me', { cookie: first.session! })).status).toBe(401);
  });

  it('refuses a link older than 15 minutes', async () => {
    const { link } = await t.requestMagicLink(DEMO.suresnesAdmin, { 'x-forwarded-for': '10.0.0.2' });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 16 * 60 * 1000 });
    try {
      const late = await t.followMagicLink(link!);
      expect(late.session).toBeUndefined();
      expect(late.response.headers.get('location')).toContain('error=Verification');
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends nothing to an address that was never invited, without saying so', async () => {
    const stranger = 'inconnu@example.org';
    const { response, link } = await t.requestMagicLink(stranger, { 'x-forwarded-for': '10.0.0.3' });
    expect(response.status).toBe(200);
    expect(link).toBeUndefined();
    expect(await t.latestMailTo(stranger)).toBeUndefined();
  });

  it('limits requests per e-mail and per IP address with a French 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const { response } = await t.requestMagicLink(DEMO.clermontSchool, {
        'x-forwarded-for': `10.1.0.${i}`,
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);

    const perIp: number[] = [];
    for (let i = 0; i < 7; i++) {
      const { response } = await t.requestMagicLink(`personne${i}@example.org`, {
        'x-forwarded-for': '10.2.0.9',
      });
      perIp.push(response.status);
    }
    expect(perIp.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
    const limited = await t.requestMagicLink('encore@example.org', { 'x-forwarded-for': '10.2.0.9' });
    expect(limited.response.status).toBe(429);
    expect(await limited.response.json()).toMatchObject({
      error: { code: 'RATE_LIMITED', message: expect.stringContaining('Trop de demandes') },
    });
  });
});
