import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createClient } from '@libsql/client';
import { controlSchema } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HranaServer, startHranaServer } from '../../tools/hrana-server/src/index.ts';
import { seedDemoData } from '../../workers/api/src/demo/seed-demo-data.ts';
import { createNodeRuntime } from '../../workers/api/src/node.ts';
import { makeTempDir } from '../support/temp-dir.ts';

const BUNDLE = resolve('.build/worker/index.js');
const ORIGIN = 'http://passerelle.test';
const TENANT = 'province-sud';

// The Worker bundle wrangler builds for production, run inside workerd (Miniflare), reaching real
// libSQL databases over HTTP through the local Hrana server: the Cloudflare path end to end.
describe('the API Worker in workerd', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let hrana: HranaServer;
  let mf: Miniflare;
  let cookie = '';
  const fetchWorker = async (path: string, init: RequestInit = {}) =>
    (await mf.dispatchFetch(`${ORIGIN}${path}`, init as never)) as unknown as Response;

  beforeAll(async () => {
    if (!existsSync(BUNDLE)) {
      execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', '.build/worker'], {
        stdio: 'ignore',
        env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
      });
    }
    temp = makeTempDir('passerelle-workerd-');
    const runtime = await createNodeRuntime({ dataDir: temp.dir });
    await seedDemoData({ deps: runtime.deps, signInUrl: `${ORIGIN}/connexion` });

    hrana = await startHranaServer({
      resolveDatabasePath: (name) =>
        name === 'control' || name === 'outbox'
          ? join(temp.dir, `${name}.db`)
          : existsSync(join(temp.dir, 'tenants', `${name}.db`))
            ? join(temp.dir, 'tenants', `${name}.db`)
            : null,
    });
    // What a Turso-provisioned registry holds: each tenant's database at its own HTTP URL.
    for (const tenant of await runtime.deps.control.select().from(controlSchema.tenants)) {
      await runtime.deps.control
        .update(controlSchema.tenants)
        .set({ dbUrl: hrana.urlFor(tenant.slug) })
        .where(eq(controlSchema.tenants.id, tenant.id));
    }
    runtime.close();

    mf = new Miniflare({
      modules: true,
      scriptPath: BUNDLE,
      compatibilityDate: '2026-04-01',
      compatibilityFlags: ['nodejs_compat'],
      bindings: {
        MODE: 'local',
        CONTROL_DB_URL: hrana.urlFor('control'),
        OUTBOX_DB_URL: hrana.urlFor('outbox'),
        AUTH_SECRET: 'w'.repeat(40),
      },
    });

    // Sign in through the magic link, inside the Worker.
    const csrf = await fetchWorker('/api/auth/csrf');
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    await fetchWorker('/api/auth/signin/email', {
      method: 'POST',
      headers: {
        cookie: csrfCookie,
        'content-type': 'application/x-www-form-urlencoded',
        'x-auth-return-redirect': '1',
      },
      body: new URLSearchParams({
        email: 'jeunesse@province-sud.example',
        csrfToken,
        callbackUrl: `${ORIGIN}/`,
      }).toString(),
    });
    const outbox = (await (await fetchWorker('/api/dev/outbox')).json()) as {
      items: { to: string; text: string }[];
    };
    const mail = outbox.items.find(
      (m) => m.to === 'jeunesse@province-sud.example' && m.text.includes('/api/auth/callback/'),
    );
    const link = new URL(mail!.text.match(/https?:\/\/\S+callback\/email\S+/)![0]);
    const callback = await fetchWorker(`${link.pathname}${link.search}`, { redirect: 'manual' });
    cookie = callback.headers
      .getSetCookie()
      .find((c) => c.startsWith('authjs.session-token='))!
      .split(';')[0]!;
  }, 120_000);

  afterAll(async () => {
    await mf?.dispose();
    await hrana?.close();
    temp?.cleanup();
  });

  it('reads a tenant route from the tenant database over HTTP', async () => {
    const response = await fetchWorker(`/api/t/${TENANT}/organizations?q=caledonienne`, {
      headers: { cookie },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      total: 1,
      items: [{ name: 'Calédonienne des Eaux', kind: 'company' }],
    });
  });

  it('writes through a transaction, and the row and its audit entry are in the tenant database', async () => {
    const response = await fetchWorker(`/api/t/${TENANT}/organizations`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'company', name: 'Société Le Nickel', siret: '73282932000074' }),
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string };

    const file = createClient({ url: `file:${join(temp.dir, 'tenants', `${TENANT}.db`)}` });
    const row = await file.execute({
      sql: 'SELECT name FROM organizations WHERE id = ?',
      args: [created.id],
    });
    const audit = await file.execute({
      sql: 'SELECT action FROM audit_log WHERE entity_id = ?',
      args: [created.id],
    });
    file.close();
    expect(row.rows[0]?.name).toBe('Société Le Nickel');
    expect(audit.rows.map((r) => r.action)).toEqual(['organization.created']);
  });

  it('renders, freezes and serves a convention PDF inside workerd (pdf-lib with the embedded font)', async () => {
    const json = async (path: string, init: RequestInit = {}) => {
      const response = await fetchWorker(path, {
        ...init,
        headers: { cookie, 'content-type': 'application/json' },
      });
      return {
        status: response.status,
        body: (await response.json()) as Record<string, unknown> & { items?: { id: string }[] },
      };
    };
    const templateId = (await json(`/api/t/${TENANT}/convention-templates`)).body.items![0]!.id;
    const partner = (await json(`/api/t/${TENANT}/organizations?q=bci`)).body.items![0]!.id;
    const created = await json(`/api/t/${TENANT}/conventions`, {
      method: 'POST',
      body: JSON.stringify({
        templateId,
        partnerOrganizationId: partner,
        startDate: '2027-01-01',
        commitments: [{ type: 'inspiring_meetings', quantityPerYear: 2 }],
        signers: [
          {
            role: 'partner_representative',
            name: 'Élodie Gaïa',
            title: 'Directrice',
            email: 'dg@bci.example',
          },
          {
            role: 'tenant_representative',
            name: 'Gil Brial',
            title: 'Vice-président',
            email: 'vp@province-sud.example',
          },
        ],
      }),
    });
    expect(created.status).toBe(201);
    const sent = await json(`/api/t/${TENANT}/conventions/${created.body.id}/send`, { method: 'POST' });
    expect(sent.body.status).toBe('sent');
    const pdf = await fetchWorker(`/api/t/${TENANT}/conventions/${created.body.id}/document.pdf`, {
      headers: { cookie },
    });
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
    expect(digest).toBe(sent.body.documentSha256);
  });

  it('keeps the floor: 401 anonymous, 404 for another tenant, French field errors', async () => {
    expect((await fetchWorker(`/api/t/${TENANT}/organizations`)).status).toBe(401);
    expect(
      (await fetchWorker('/api/t/ville-de-suresnes/organizations', { headers: { cookie } })).status,
    ).toBe(404);
    const bad = await fetchWorker(`/api/t/${TENANT}/organizations`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'company', name: 'X', siret: '1' }),
    });
    expect(bad.status).toBe(422);
    expect(
      ((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields.siret,
    ).toContain('SIRET invalide');
  });
});
