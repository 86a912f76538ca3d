import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Client } from '@libsql/client';
import {
  controlMigrations,
  migrateDatabase,
  openControlDb,
  openOutbox,
  type TenantRecord,
} from '@passerelle/db';
import { openLocalClient } from '@passerelle/db/node';
import { Hono } from 'hono';
import { createApp } from './app.ts';
import { createInProcessBackground } from './background/in-process.ts';
import type { AppConfig, AppDeps } from './deps.ts';
import { createOutboxMailer } from './mail/outbox-mailer.ts';
import { createLocalProvisioner } from './provisioning/local-provisioner.ts';
import { serializeWrites } from './serialized-writes.ts';
import { createFixtureSireneClient } from './sirene/fixture-sirene-client.ts';

export type NodeRuntime = { deps: AppDeps; close(): void };

/**
 * The embedded default: control DB and tenant DBs are libSQL files under `dataDir`, mail goes to
 * the outbox (`outbox.db`, apart from the control DB), tenants are provisioned as new files. No account anywhere.
 */
export async function createNodeRuntime(input: {
  dataDir: string;
  config?: Partial<AppConfig>;
  now?: () => Date;
}): Promise<NodeRuntime> {
  const dataDir = resolve(input.dataDir);
  mkdirSync(join(dataDir, 'tenants'), { recursive: true });
  const controlPath = join(dataDir, 'control.db');
  const controlClient = serializeWrites(await openLocalClient(controlPath), controlPath);
  await migrateDatabase({ client: controlClient, migrations: controlMigrations });
  const control = openControlDb(controlClient);
  const outboxPath = join(dataDir, 'outbox.db');
  const outboxClient = serializeWrites(await openLocalClient(outboxPath), outboxPath);
  const outbox = openOutbox(outboxClient);
  const tenantClients = new Map<string, Client>();

  const background = createInProcessBackground({
    deps: () => deps,
    log: (line) => console.error(`[background] ${line}`),
  });
  const deps: AppDeps = {
    config: { mode: 'local', authSecret: localAuthSecret(dataDir), trustForwardedFor: true, ...input.config },
    control,
    async connectTenant(tenant: TenantRecord) {
      const path = resolve(dataDir, tenant.dbUrl.replace(/^file:/, ''));
      let client = tenantClients.get(path);
      if (!client) {
        client = serializeWrites(await openLocalClient(path), path);
        tenantClients.set(path, client);
      }
      return client;
    },
    provisioner: createLocalProvisioner(),
    mailer: createOutboxMailer({ outbox }),
    outbox,
    sirene: createFixtureSireneClient(),
    background,
    ...(input.now ? { now: input.now } : {}),
  };
  return {
    deps,
    close() {
      background.stop();
      for (const client of tenantClients.values()) client.close();
      controlClient.close();
      outboxClient.close();
    },
  };
}

/** Auth.js needs a secret; locally one is made once and kept beside the data. */
function localAuthSecret(dataDir: string): string {
  const file = join(dataDir, 'auth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** Serves the API and, when built, the SPA (any non-API path falls back to its index.html). */
export function startNodeServer(input: {
  deps: AppDeps;
  port: number;
  hostname?: string;
  webDist?: string;
}): Promise<{ url: string; close(): Promise<void> }> {
  const api = createApp(input.deps);
  const server = new Hono();
  server.all('/api/*', (c) => api.fetch(c.req.raw));
  const webDist = input.webDist;
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    const indexHtml = readFileSync(join(webDist, 'index.html'), 'utf8');
    server.use('/*', serveStatic({ root: webDist }));
    server.get('*', (c) => c.html(indexHtml));
  }
  return new Promise((done) => {
    const listener = serve(
      { fetch: server.fetch, port: input.port, hostname: input.hostname ?? '127.0.0.1' },
      (info) => {
        done({
          url: `http://${input.hostname === '0.0.0.0' ? 'localhost' : (input.hostname ?? '127.0.0.1')}:${info.port}`,
          close: () => new Promise((closed) => listener.close(() => closed())),
        });
      },
    );
  });
}
