// Child process of `pnpm bench:api`: serves Passerelle on the Node runtime over a seeded tenant,
// and beside it a bare "Hono + one @libsql/client select" server on the same tenant file, so the
// driver (another process) measures both under the same conditions.
import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createClient } from '@libsql/client';
import { Hono } from 'hono';
import { makeTempDir } from '../test/support/temp-dir.ts';
import { createApp } from '../workers/api/src/app.ts';
import { seedDemoData } from '../workers/api/src/demo/seed-demo-data.ts';
import { createNodeRuntime, startNodeServer } from '../workers/api/src/node.ts';

const TENANT = 'ville-de-clermont-ferrand';
const temp = makeTempDir('passerelle-bench-');
const runtime = await createNodeRuntime({ dataDir: temp.dir });
await seedDemoData({ deps: runtime.deps, signInUrl: 'http://localhost/connexion' });

// Sign in through the real magic-link flow to get a session cookie for the load.
const app = createApp(runtime.deps);
const origin = 'http://localhost';
const csrf = await app.request(`${origin}/api/auth/csrf`);
const { csrfToken } = (await csrf.json()) as { csrfToken: string };
const csrfCookie = csrf.headers
  .getSetCookie()
  .map((c) => c.split(';')[0])
  .join('; ');
await app.request(`${origin}/api/auth/signin/email`, {
  method: 'POST',
  headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({
    email: 'mission.egalite@clermont-ferrand.example',
    csrfToken,
    callbackUrl: origin,
  }),
});
const [mail] = await runtime.deps.outbox!.latest({ limit: 1 });
const link = new URL(String(mail?.text).match(/https?:\/\/\S+callback\/email\S+/)![0]);
const callback = await app.request(`${origin}${link.pathname}${link.search}`);
const cookie = callback.headers
  .getSetCookie()
  .find((c) => c.startsWith('authjs.session-token='))!
  .split(';')[0]!;

const passerelle = await startNodeServer({ deps: runtime.deps, port: 0 });

const bareClient = createClient({ url: `file:${resolve(temp.dir, 'tenants', `${TENANT}.db`)}` });
const bare = new Hono();
bare.get('/organizations', async (c) => {
  const result = await bareClient.execute(
    'SELECT id, name, kind FROM organizations ORDER BY search_name LIMIT 20',
  );
  return c.json({ items: result.rows });
});
bare.post('/organizations', async (c) => {
  const body = await c.req.json<{ name: string }>();
  const id = `org_${crypto.randomUUID().replaceAll('-', '').slice(0, 26)}`;
  await bareClient.execute({
    sql: "INSERT INTO organizations (id, kind, name, search_name, status, updated_at) VALUES (?, 'service', ?, lower(?), 'active', ?)",
    args: [id, body.name, body.name, new Date().toISOString()],
  });
  return c.json({ id }, 201);
});
const bareUrl = await new Promise<string>((done) => {
  serve({ fetch: bare.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    done(`http://127.0.0.1:${info.port}`),
  );
});

console.log(JSON.stringify({ passerelle: passerelle.url, bare: bareUrl, cookie, tenant: TENANT }));
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => {
    runtime.close();
    temp.cleanup();
    process.exit(0);
  });
