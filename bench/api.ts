// `pnpm bench:api`: load on loopback against the Node server, a tenant list route and a create
// route, next to a bare "Hono + one @libsql/client select/insert" server measured in the same run.
// The servers run in a child process so the load generator does not share their event loop.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);

const child = spawn(process.execPath, ['--import', 'tsx', 'bench/api-servers.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const first = await new Promise<string>((done) =>
  createInterface({ input: child.stdout! }).once('line', done),
);
const servers = JSON.parse(first) as { passerelle: string; bare: string; cookie: string; tenant: string };

type Figures = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function load(input: {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}): Promise<Figures> {
  const result = await autocannon({
    url: input.url,
    method: input.method,
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...input.headers },
    ...(input.body ? { body: input.body, idReplacement: true } : {}),
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

const auth = { cookie: servers.cookie };
const api = `${servers.passerelle}/api/t/${servers.tenant}/organizations`;
const rows: [string, Figures, Figures][] = [];

const listBare = await load({ url: `${servers.bare}/organizations`, method: 'GET' });
const listApp = await load({ url: `${api}?pageSize=20`, method: 'GET', headers: auth });
rows.push(['GET liste (20 organisations)', listApp, listBare]);

const createBody = JSON.stringify({ kind: 'service', name: 'Service banc [<id>]' });
const createBare = await load({ url: `${servers.bare}/organizations`, method: 'POST', body: createBody });
const createApp = await load({ url: api, method: 'POST', headers: auth, body: createBody });
rows.push(['POST création (+ audit chaîné)', createApp, createBare]);

child.kill('SIGTERM');

console.log(
  `\nbench:api — ${seconds} s par mesure, ${connections} connexions, Node ${process.version}, boucle locale\n`,
);
console.log('route                              serveur      req/s    p50 ms   p99 ms   erreurs');
for (const [label, app, bare] of rows) {
  const line = (who: string, f: Figures) =>
    `${label.padEnd(34)} ${who.padEnd(10)} ${String(f.rps).padStart(7)} ${String(f.p50).padStart(9)} ${String(f.p99).padStart(8)} ${String(f.errors + f.non2xx).padStart(9)}`;
  console.log(line('Passerelle', app));
  console.log(line('nu', bare));
  console.log(`${''.padEnd(34)} ratio      ${(app.rps / bare.rps).toFixed(2)}× du débit nu`);
}
const [list, create] = rows;
console.log(
  `\nRésumé : liste ${list![1].rps} req/s (${((list![1].rps / list![2].rps) * 100).toFixed(0)} % du nu, p99 ${list![1].p99} ms) ; création ${create![1].rps} req/s (${((create![1].rps / create![2].rps) * 100).toFixed(0)} % du nu, p99 ${create![1].p99} ms).`,
);
