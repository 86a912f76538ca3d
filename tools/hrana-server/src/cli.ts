import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startHranaServer } from './index.ts';

// Serves <dir>/<name>.db at http://<host>:<port>/db/<name>/ (dev and tests only).

const usage = `Usage: tsx tools/hrana-server/src/cli.ts [--dir .data/tenants] [--port 8080] [--host 127.0.0.1]
       [--auth-token TOKEN] [--create]

  --dir         folder of the database files, one <name>.db per database
  --port        port to listen on (0 picks a free one)
  --host        interface to bind; keep 127.0.0.1 unless you know why not
  --auth-token  require "Authorization: Bearer TOKEN" (default: $HRANA_AUTH_TOKEN, else none)
  --create      create a missing <name>.db on first use instead of answering 404`;

// Names become file names: no separators, no dots, so no way out of the folder.
const databaseName = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: '.data/tenants' },
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    'auth-token': { type: 'string' },
    create: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(usage);
  process.exit(0);
}

const dir = resolve(values.dir);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port: ${values.port}\n\n${usage}`);
  process.exit(2);
}
if (values.create) mkdirSync(dir, { recursive: true });

const server = await startHranaServer({
  port,
  host: values.host,
  authToken: values['auth-token'] ?? process.env.HRANA_AUTH_TOKEN,
  resolveDatabasePath: (name) => {
    if (!databaseName.test(name)) return null;
    const path = join(dir, `${name}.db`);
    return values.create || existsSync(path) ? path : null;
  },
});

console.log(`Hrana server for ${dir} on ${server.url}`);
console.log(`  e.g. createClient({ url: '${server.url}/db/<name>/' }) for ${join(dir, '<name>.db')}`);

const stop = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
