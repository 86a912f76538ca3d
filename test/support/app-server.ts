import { resolve } from 'node:path';
import { seedDemoData } from '../../workers/api/src/demo/seed-demo-data.ts';
import { createNodeRuntime, startNodeServer } from '../../workers/api/src/node.ts';
import { makeTempDir } from './temp-dir.ts';

/**
 * The real Node server (API + built SPA from web/dist) over fresh libSQL files seeded with the
 * demo tenants, on an ephemeral loopback port: what `npm start` serves, for browser tests.
 */
export async function startAppServer(): Promise<{ url: string; dataDir: string; close(): Promise<void> }> {
  const temp = makeTempDir('passerelle-e2e-');
  const runtime = await createNodeRuntime({ dataDir: temp.dir, config: { tenantCacheMs: 0 } });
  const server = await startNodeServer({ deps: runtime.deps, port: 0, webDist: resolve('web/dist') });
  await seedDemoData({ deps: runtime.deps, signInUrl: `${server.url}/connexion` });
  return {
    url: server.url,
    dataDir: temp.dir,
    async close() {
      await server.close();
      runtime.close();
      temp.cleanup();
    },
  };
}
