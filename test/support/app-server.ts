import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { seedDemoData } from '../../workers/api/src/demo/seed-demo-data.ts';
import { createNodeRuntime, startNodeServer } from '../../workers/api/src/node.ts';
import { linkInDevOutbox, type OutboxMail, readDevOutbox } from './dev-outbox.ts';
import { makeTempDir } from './temp-dir.ts';

export type AppServer = {
  url: string;
  dataDir: string;
  /** The mails sent so far, newest first, as `/api/dev/outbox` lists them. */
  outbox(): Promise<OutboxMail[]>;
  /** The first link matching `pattern` in the newest mail to `to` that holds one. */
  mailedLink(to: string, pattern: RegExp): Promise<string>;
  close(): Promise<void>;
};

/**
 * The real Node server (API + built SPA from web/dist) over fresh libSQL files seeded with the
 * demo tenants, on an ephemeral loopback port: what `npm start` serves, for browser tests.
 */
export async function startAppServer(): Promise<AppServer> {
  // `pnpm test` builds web/dist first. Built here only when missing, so a concurrent run reading
  // web/dist is never pulled from under.
  if (!existsSync('web/dist/index.html'))
    execFileSync(process.execPath, ['web/build.mjs'], { stdio: 'pipe' });
  const temp = makeTempDir('passerelle-e2e-');
  const runtime = await createNodeRuntime({ dataDir: temp.dir, config: { tenantCacheMs: 0 } });
  const server = await startNodeServer({ deps: runtime.deps, port: 0, webDist: resolve('web/dist') });
  await seedDemoData({ deps: runtime.deps, signInUrl: `${server.url}/connexion` });
  const request = (path: string) => fetch(`${server.url}${path}`);
  return {
    url: server.url,
    dataDir: temp.dir,
    outbox: () => readDevOutbox(request),
    mailedLink: (to, pattern) => linkInDevOutbox({ request, to, pattern }),
    async close() {
      await server.close();
      runtime.close();
      temp.cleanup();
    },
  };
}
