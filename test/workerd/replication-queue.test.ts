import { resolve } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWorkerBundle,
  type DemoOverHttp,
  ensureApiBundle,
  serveDemoOverHttp,
  signInToWorker,
  startWorkerd,
  WORKER_RUNTIME,
  type Workerd,
} from '../support/workerd.ts';

const JOBS_BUNDLE = resolve('.build/jobs/worker.js');
const NATIONAL = 'coordination@collectif-mentorat.example';
const QUEUE = 'passerelle-replication';

// The production path of a replication: the API Worker hands the run to a Cloudflare Queue, the
// jobs Worker consumes it and copies the template into a tenant database reached over HTTP —
// both bundles as wrangler builds them, inside workerd (Miniflare), on real libSQL files.
describe('a replication through the Cloudflare Queue, in workerd', () => {
  let demo: DemoOverHttp;
  let worker: Workerd;
  let cookie = '';

  beforeAll(async () => {
    const apiBundle = ensureApiBundle();
    buildWorkerBundle({ outdir: '../../.build/jobs', cwd: 'workers/jobs' });
    demo = await serveDemoOverHttp('passerelle-workerd-queue-');
    const { bindings } = demo;
    const queueProducers = { REPLICATION_QUEUE: QUEUE };
    // The request goes to the first Worker, the API; the jobs Worker consumes the queue.
    worker = startWorkerd({
      workers: [
        { ...WORKER_RUNTIME, name: 'api', scriptPath: apiBundle, bindings, queueProducers },
        {
          ...WORKER_RUNTIME,
          name: 'jobs',
          scriptPath: JOBS_BUNDLE,
          bindings,
          queueProducers,
          queueConsumers: { [QUEUE]: { maxBatchSize: 1, maxBatchTimeout: 1 } },
        },
      ],
    });
    cookie = await signInToWorker(worker, NATIONAL);
  }, 180_000);

  afterAll(async () => {
    await worker?.dispose();
    await demo?.close();
  });

  it('queues the run in the API Worker and the jobs Worker copies the template into the tenant', async () => {
    const templates = (await (
      await worker.request('/api/national/templates?q=pass', { headers: { cookie } })
    ).json()) as {
      items: { id: string }[];
    };
    const response = await worker.request('/api/national/replications', {
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
        await worker.request(`/api/national/replications/${queued.id}`, { headers: { cookie } })
      ).json()) as typeof run;
      if (run!.status === 'done' || run!.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(run).toMatchObject({ status: 'done', items: [{ status: 'done' }] });

    const file = createClient({ url: `file:${demo.tenantDbPath('province-sud')}` });
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
