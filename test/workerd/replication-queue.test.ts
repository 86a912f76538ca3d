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

const API_BUNDLE = resolve('.build/worker/index.js');
const JOBS_BUNDLE = resolve('.build/jobs/worker.js');
const ORIGIN = 'http://passerelle.test';
const NATIONAL = 'coordination@collectif-mentorat.example';
const QUEUE = 'passerelle-replication';

// The production path of a replication: the API Worker hands the run to a Cloudflare Queue, the
// jobs Worker consumes it and copies the template into a tenant database reached over HTTP —
// both bundles as wrangler builds them, inside workerd (Miniflare), on real libSQL files.
describe('a replication through the Cloudflare Queue, in workerd', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let hrana: HranaServer;
  let mf: Miniflare;
  let cookie = '';
  const fetchWorker = async (path: string, init: RequestInit = {}) =>
    (await mf.dispatchFetch(`${ORIGIN}${path}`, init as never)) as unknown as Response;

  beforeAll(async () => {
    const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' };
    if (!existsSync(API_BUNDLE)) {
      execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', '.build/worker'], {
        stdio: 'ignore',
        env,
      });
    }
    execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', '../../.build/jobs'], {
      cwd: 'workers/jobs',
      stdio: 'ignore',
      env,
    });
    temp = makeTempDir('passerelle-workerd-queue-');
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
    for (const tenant of await runtime.deps.control.select().from(controlSchema.tenants)) {
      await runtime.deps.control
        .update(controlSchema.tenants)
        .set({ dbUrl: hrana.urlFor(tenant.slug) })
        .where(eq(controlSchema.tenants.id, tenant.id));
    }
    runtime.close();

    const bindings = {
      MODE: 'local',
      CONTROL_DB_URL: hrana.urlFor('control'),
      OUTBOX_DB_URL: hrana.urlFor('outbox'),
      AUTH_SECRET: 'w'.repeat(40),
    };
    const common = { modules: true, compatibilityDate: '2026-04-01', compatibilityFlags: ['nodejs_compat'] };
    mf = new Miniflare({
      workers: [
        {
          ...common,
          name: 'api',
          scriptPath: API_BUNDLE,
          bindings,
          queueProducers: { REPLICATION_QUEUE: QUEUE },
        },
        {
          ...common,
          name: 'jobs',
          scriptPath: JOBS_BUNDLE,
          bindings,
          queueProducers: { REPLICATION_QUEUE: QUEUE },
          queueConsumers: { [QUEUE]: { maxBatchSize: 1, maxBatchTimeout: 1 } },
        },
      ],
    });

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
      body: new URLSearchParams({ email: NATIONAL, csrfToken, callbackUrl: `${ORIGIN}/` }).toString(),
    });
    const outbox = (await (await fetchWorker('/api/dev/outbox')).json()) as {
      items: { to: string; text: string }[];
    };
    const mail = outbox.items.find((m) => m.to === NATIONAL && m.text.includes('/api/auth/callback/'));
    const link = new URL(mail!.text.match(/https?:\/\/\S+callback\/email\S+/)![0]);
    const callback = await fetchWorker(`${link.pathname}${link.search}`, { redirect: 'manual' });
    cookie = callback.headers
      .getSetCookie()
      .find((c) => c.startsWith('authjs.session-token='))!
      .split(';')[0]!;
  }, 180_000);

  afterAll(async () => {
    await mf?.dispose();
    await hrana?.close();
    temp?.cleanup();
  });

  it('queues the run in the API Worker and the jobs Worker copies the template into the tenant', async () => {
    const templates = (await (
      await fetchWorker('/api/national/templates?q=pass', { headers: { cookie } })
    ).json()) as {
      items: { id: string }[];
    };
    const response = await fetchWorker('/api/national/replications', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ templateId: templates.items[0]!.id, tenants: ['province-sud'] }),
    });
    expect(response.status).toBe(202);
    const queued = (await response.json()) as { id: string; status: string };
    expect(queued.status).toBe('queued');

    let run: { status: string; items: { status: string; programId: string | null }[] } | undefined;
    for (let i = 0; i < 60; i++) {
      run = (await (
        await fetchWorker(`/api/national/replications/${queued.id}`, { headers: { cookie } })
      ).json()) as typeof run;
      if (run!.status === 'done' || run!.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(run).toMatchObject({ status: 'done', items: [{ status: 'done' }] });

    const file = createClient({ url: `file:${join(temp.dir, 'tenants', 'province-sud.db')}` });
    const program = await file.execute({
      sql: 'SELECT name, season FROM discovery_programs WHERE id = ?',
      args: [run!.items[0]!.programId],
    });
    const adopted = await file.execute('SELECT template_slug, version FROM adopted_templates');
    file.close();
    expect(program.rows[0]).toMatchObject({ name: 'Pass’3e', season: '2026-2027' });
    expect(adopted.rows.map((r) => [r.template_slug, r.version])).toEqual([
      ['pass-3e-semaine-de-decouverte', '1.0.0'],
    ]);
  }, 60_000);
});
