// `npm start`: migrate, seed the demo on first run, and serve API + SPA on http://localhost:8787.
import { resolve } from 'node:path';
import { DEMO_TENANTS, NATIONAL_ADMIN } from '../workers/api/src/demo/demo-data.ts';
import { seedDemoData } from '../workers/api/src/demo/seed-demo-data.ts';
import { createNodeRuntime, startNodeServer } from '../workers/api/src/node.ts';
import { startEmbeddedJobs } from '../workers/jobs/src/embedded.ts';

const port = Number(process.env.PORT ?? 8787);
const dataDir = resolve(process.env.PASSERELLE_DATA_DIR ?? '.data');
const publicUrl = `http://localhost:${port}`;

const runtime = await createNodeRuntime({ dataDir });
const seeded = await seedDemoData({ deps: runtime.deps, signInUrl: `${publicUrl}/connexion` });
const jobs = startEmbeddedJobs({ deps: runtime.deps, log: (line) => console.log(`[jobs] ${line}`) });
await jobs.ready;
const server = await startNodeServer({
  deps: runtime.deps,
  port,
  hostname: 'localhost',
  webDist: resolve('web/dist'),
});

const roles = [
  ['Coordination nationale', NATIONAL_ADMIN.email],
  ...DEMO_TENANTS.flatMap((demo) => [
    [`Administration — ${demo.tenant.name}`, demo.tenant.adminEmail],
    ...demo.members.map((m) => [`${m.name} — ${demo.tenant.name}`, m.email]),
  ]),
];
console.log(`
Passerelle est prêt : ${publicUrl}   (données : ${dataDir}${seeded ? ', démo créée' : ''})

Pour vous connecter, saisissez l’une de ces adresses sur ${publicUrl}/connexion,
puis ouvrez le lien reçu dans la boîte mail locale : ${publicUrl}/dev/boite-mail
${roles.map(([label, email]) => `  - ${email!.padEnd(44)} ${label}`).join('\n')}

Ctrl+C pour arrêter.`);

const stop = async () => {
  jobs.stop();
  await server.close();
  runtime.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
