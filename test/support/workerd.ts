import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { controlSchema } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import { Miniflare, type MiniflareOptions } from 'miniflare';
import { type HranaServer, startHranaServer } from '../../tools/hrana-server/src/index.ts';
import { seedDemoData } from '../../workers/api/src/demo/seed-demo-data.ts';
import { createNodeRuntime } from '../../workers/api/src/node.ts';
import { linkInDevOutbox } from './dev-outbox.ts';
import { askForMagicLink, followMagicLink, MAGIC_LINK } from './magic-link.ts';
import { makeTempDir } from './temp-dir.ts';
import { ORIGIN } from './test-app.ts';

/** The API Worker's bundle as `wrangler deploy --dry-run` writes it. */
export const API_BUNDLE = resolve('.build/worker/index.js');

/** What every Worker of ours runs with in workerd, as in wrangler.toml. */
export const WORKER_RUNTIME = {
  modules: true,
  compatibilityDate: '2026-04-01',
  compatibilityFlags: ['nodejs_compat'],
} as const;

/** Bundles the Worker of `cwd` (the repository root by default) into `outdir`, as wrangler deploys it. */
export function buildWorkerBundle({ outdir, cwd }: { outdir: string; cwd?: string }): void {
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    ...(cwd ? { cwd } : {}),
    stdio: 'ignore',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
}

/** Bundles the API Worker only when no bundle is there, so a concurrent run is never pulled from under. */
export function ensureApiBundle(): string {
  if (!existsSync(API_BUNDLE)) buildWorkerBundle({ outdir: '.build/worker' });
  return API_BUNDLE;
}

export type DemoOverHttp = {
  hrana: HranaServer;
  /** The bindings a Worker needs to reach the control and mail databases over HTTP. */
  bindings: Record<string, string>;
  /** The tenant's libSQL file, to read what a Worker wrote. */
  tenantDbPath(slug: string): string;
  close(): Promise<void>;
};

/**
 * The demo tenants seeded by the Node runtime into fresh libSQL files, served over HTTP by the
 * local Hrana server, and the registry pointing each tenant at its own URL: what a
 * Turso-provisioned registry holds.
 */
export async function serveDemoOverHttp(tempPrefix: string): Promise<DemoOverHttp> {
  const temp = makeTempDir(tempPrefix);
  const tenantDbPath = (slug: string) => join(temp.dir, 'tenants', `${slug}.db`);
  const runtime = await createNodeRuntime({ dataDir: temp.dir });
  await seedDemoData({ deps: runtime.deps, signInUrl: `${ORIGIN}/connexion` });
  const hrana = await startHranaServer({
    resolveDatabasePath: (name) =>
      name === 'control' || name === 'outbox'
        ? join(temp.dir, `${name}.db`)
        : existsSync(tenantDbPath(name))
          ? tenantDbPath(name)
          : null,
  });
  const { control } = runtime.deps;
  for (const tenant of await control.select().from(controlSchema.tenants)) {
    await control
      .update(controlSchema.tenants)
      .set({ dbUrl: hrana.urlFor(tenant.slug) })
      .where(eq(controlSchema.tenants.id, tenant.id));
  }
  runtime.close();
  return {
    hrana,
    bindings: {
      MODE: 'local',
      CONTROL_DB_URL: hrana.urlFor('control'),
      OUTBOX_DB_URL: hrana.urlFor('outbox'),
      AUTH_SECRET: 'w'.repeat(40),
    },
    tenantDbPath,
    async close() {
      await hrana.close();
      temp.cleanup();
    },
  };
}

export type Workerd = {
  /** A request to the (first) Worker at `path`, as the browser at ORIGIN would send it. */
  request(path: string, init?: RequestInit): Promise<Response>;
  dispose(): Promise<void>;
};

/** Starts workerd (Miniflare) with the given Workers. */
export function startWorkerd(options: MiniflareOptions): Workerd {
  const mf = new Miniflare(options);
  return {
    request: async (path, init = {}) =>
      (await mf.dispatchFetch(`${ORIGIN}${path}`, init as never)) as unknown as Response,
    dispose: () => mf.dispose(),
  };
}

/** Signs `email` in through the magic link, inside the Worker; answers the session cookie. */
export async function signInToWorker(worker: Workerd, email: string): Promise<string> {
  const request = worker.request;
  await askForMagicLink({ request, email, origin: ORIGIN });
  const link = await linkInDevOutbox({ request, to: email, pattern: MAGIC_LINK });
  const { session } = await followMagicLink({ request, link });
  if (!session) throw new Error(`the magic link did not sign ${email} in`);
  return session;
}
