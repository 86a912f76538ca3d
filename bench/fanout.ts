// `pnpm bench:fanout`: a national replication at the scale of every commune of a large region.
// 1 000 tenants as local libSQL files with their registry rows, migrated by `migrateAllTenants`,
// then one template replicated into all of them by the replication runner: total time and
// per-tenant p50/p99 for both, the same run interrupted at 50 % and resumed (the resume is timed),
// and two baselines in the same process — the runner at concurrency 1, and the bare copy (the same
// per-tenant transaction, without the run's bookkeeping: no item rows, no registry re-read).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  controlSchema,
  migrateAllTenants,
  openTenantDb,
  TENANT_SCHEMA_VERSION,
  type TenantRecord,
  tenantMigrations,
  tenantSchema,
} from '@passerelle/db';
import { newId, parseInput } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { seedDemoData } from '../workers/api/src/demo/seed-demo-data.ts';
import type { AppDeps } from '../workers/api/src/deps.ts';
import { createNodeRuntime } from '../workers/api/src/node.ts';
import { instantiateTemplate } from '../workers/api/src/services/replication/instantiate-template.ts';
import { publishTemplate } from '../workers/api/src/services/replication/publish-template.ts';
import { PublishTemplateInput } from '../workers/api/src/services/replication/replication-inputs.ts';
import { runReplication } from '../workers/api/src/services/replication/run-replication.ts';
import { startReplication } from '../workers/api/src/services/replication/start-replication.ts';
import {
  findTemplate,
  findTemplateVersion,
} from '../workers/api/src/services/replication/template-queries.ts';

const TENANTS = Number(process.env.BENCH_TENANTS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const MIGRATE_CONCURRENCY = Number(process.env.BENCH_MIGRATE_CONCURRENCY ?? 4);

const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-fanout-'));
const runtime = await createNodeRuntime({ dataDir });
const { deps } = runtime;
const { control } = deps;
const log = (line: string) => process.stderr.write(`${line}\n`);

// Per-tenant latency: from the moment a tenant's database is reached to the moment it is recorded.
const started = new Map<string, number>();
const timed: AppDeps = {
  ...deps,
  async connectTenant(tenant: TenantRecord) {
    if (!started.has(tenant.slug)) started.set(tenant.slug, performance.now());
    return deps.connectTenant(tenant);
  },
};
const latencies: number[] = [];
const finished = (slug: string) => {
  const from = started.get(slug);
  if (from !== undefined) latencies.push(performance.now() - from);
  started.delete(slug);
};
const take = () => latencies.splice(0).sort((a, b) => a - b);
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

type Row = { step: string; tenants: number; seconds: number; p50: number; p99: number };
const rows: Row[] = [];
const measure = async (step: string, work: () => Promise<unknown>) => {
  const from = performance.now();
  await work();
  const sorted = take();
  rows.push({
    step,
    tenants: sorted.length,
    seconds: (performance.now() - from) / 1000,
    p50: pct(sorted, 50),
    p99: pct(sorted, 99),
  });
  log(`${step} : ${((performance.now() - from) / 1000).toFixed(1)} s`);
};

try {
  // The demo gives the template: Clermont-Ferrand's Pass'3e (program, internship convention).
  await seedDemoData({ deps, signInUrl: 'http://localhost/connexion' });
  const [national] = await control
    .select()
    .from(controlSchema.identities)
    .where(eq(controlSchema.identities.nationalAdmin, true));
  const [clermont] = await control
    .select()
    .from(controlSchema.tenants)
    .where(eq(controlSchema.tenants.slug, 'ville-de-clermont-ferrand'));
  const [pass3e] = await openTenantDb(await deps.connectTenant(clermont!))
    .select({ id: tenantSchema.discoveryPrograms.id })
    .from(tenantSchema.discoveryPrograms);
  const ctx = { deps, actorId: national!.id, requestId: 'bench', now: new Date() };
  const publish = async (slug: string) =>
    (
      await publishTemplate({
        ctx,
        data: parseInput(PublishTemplateInput, {
          tenant: clermont!.slug,
          programKind: 'discovery',
          programId: pass3e!.id,
          slug,
          name: `Pass’3e (${slug})`,
        }),
      })
    ).id;

  // 1 000 registry rows, their databases not yet created: the migration creates each file.
  const slugs = Array.from({ length: TENANTS }, (_, i) => `commune-${String(i + 1).padStart(4, '0')}`);
  for (let i = 0; i < slugs.length; i += 200) {
    await control.insert(controlSchema.tenants).values(
      slugs.slice(i, i + 200).map((slug, k) => ({
        id: newId('ten'),
        slug,
        name: `Commune ${i + k + 1}`,
        kind: 'commune',
        code: String(10000 + i + k),
        dbUrl: `file:tenants/${slug}.db`,
        status: 'active',
        schemaVersion: 0,
      })),
    );
  }

  await measure(`migrer ${TENANTS} bases (migrateAllTenants, c=${MIGRATE_CONCURRENCY})`, async () => {
    const report = await migrateAllTenants({
      control,
      connect: timed.connectTenant,
      migrations: tenantMigrations,
      concurrency: MIGRATE_CONCURRENCY,
      onProgress: (p) => {
        if (p.outcome === 'failed') throw new Error(`${p.slug}: ${p.error}`);
        finished(p.slug);
        if (p.done % 250 === 0) log(`  migration ${p.done}/${p.total}`);
      },
    });
    if (report.migrated.length !== TENANTS)
      throw new Error(`migrated ${report.migrated.length} of ${TENANTS}`);
  });

  // The runner at concurrency 8, interrupted after half the tenants, then resumed.
  const main = await publish('bench-principal');
  const { runId } = await startReplication({ ctx, data: { templateId: main, tenants: slugs } });
  let recorded = 0;
  await measure(`répliquer : runner c=${CONCURRENCY} jusqu’à l’interruption (50 %)`, async () => {
    await runReplication({
      deps: timed,
      runId,
      concurrency: CONCURRENCY,
      afterTenant: (slug) => {
        finished(slug);
        if (++recorded === TENANTS / 2) throw new Error('interruption');
      },
    }).then(
      () => {
        throw new Error('the run was not interrupted');
      },
      (error: Error) => {
        if (error.message !== 'interruption') throw error;
      },
    );
  });
  await measure(`répliquer : reprise du reste (c=${CONCURRENCY})`, () =>
    runReplication({ deps: timed, runId, concurrency: CONCURRENCY, afterTenant: finished }),
  );
  const items = await control
    .select({ status: controlSchema.replicationRunItems.status })
    .from(controlSchema.replicationRunItems)
    .where(eq(controlSchema.replicationRunItems.runId, runId));
  const done = items.filter((i) => i.status === 'done').length;
  if (done !== TENANTS) throw new Error(`${done} tenants done of ${TENANTS}`);
  let copies = 0;
  for (const slug of slugs) {
    const [tenant] = await control
      .select()
      .from(controlSchema.tenants)
      .where(eq(controlSchema.tenants.slug, slug));
    copies += (
      await openTenantDb(await deps.connectTenant(tenant!))
        .select({ id: tenantSchema.adoptedTemplates.id })
        .from(tenantSchema.adoptedTemplates)
        .where(eq(tenantSchema.adoptedTemplates.templateId, main))
    ).length;
  }
  if (copies !== TENANTS)
    throw new Error(`${copies} copies for ${TENANTS} tenants: a tenant was copied twice or not at all`);

  // Baseline 1: the runner at concurrency 1, on a second template.
  const serial = await publish('bench-serie');
  const second = await startReplication({ ctx, data: { templateId: serial, tenants: slugs } });
  await measure('référence : runner c=1, toutes les communes', () =>
    runReplication({ deps: timed, runId: second.runId, concurrency: 1, afterTenant: finished }),
  );

  // Baseline 2: the same copy per tenant, without the run (no items, no registry re-read).
  const bare = await publish('bench-nu');
  const template = await findTemplate(control, bare);
  const version = (await findTemplateVersion(control, bare, template.latestVersion))!;
  const registry = await control.select().from(controlSchema.tenants);
  const targets = registry.filter((t) => slugs.includes(t.slug));
  await measure(`référence : copie nue c=${CONCURRENCY} (sans suivi du run)`, async () => {
    let next = 0;
    const worker = async () => {
      while (next < targets.length) {
        const tenant = targets[next++]!;
        const result = await instantiateTemplate({
          db: openTenantDb(await timed.connectTenant(tenant)),
          tenant,
          template,
          version,
          actorId: null,
          requestId: 'bench',
          now: new Date(),
        });
        if (result.outcome !== 'done') throw new Error(`${tenant.slug}: ${result.outcome}`);
        finished(tenant.slug);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  });

  const interrupted = rows[1]!;
  const resumed = rows[2]!;
  console.log(
    `\npnpm bench:fanout — ${TENANTS} collectivités (fichiers libSQL locaux, schéma ${TENANT_SCHEMA_VERSION}), Node ${process.version}, ${cpus().length} cœurs\n`,
  );
  console.log(
    `${'étape'.padEnd(58)} ${'bases'.padStart(6)} ${'total s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`,
  );
  const line = (r: Row) =>
    `${r.step.padEnd(58)} ${String(r.tenants).padStart(6)} ${r.seconds.toFixed(1).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)}`;
  for (const r of rows) console.log(line(r));
  console.log(
    `${'répliquer : runner c=8, total (interruption + reprise)'.padEnd(58)} ${String(TENANTS).padStart(6)} ${(interrupted.seconds + resumed.seconds).toFixed(1).padStart(8)}`,
  );
  const runner = (interrupted.seconds + resumed.seconds) / TENANTS;
  const bareRow = rows.at(-1)!;
  console.log(
    `\nSuivi du run (une ligne par collectivité, relue dans le registre, écrite dès qu’elle est faite) : ${((runner / (bareRow.seconds / TENANTS) - 1) * 100).toFixed(0)} % du temps de la copie nue. Reprise : aucune collectivité copiée deux fois (${copies} copies pour ${TENANTS}).`,
  );
} finally {
  runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
}
