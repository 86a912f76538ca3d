// `pnpm db:migrate`: migrate the control DB and every tenant DB of the local data folder.
// Safe to interrupt and run again: it resumes where it stopped.
import { resolve } from 'node:path';
import { createNodeRuntime } from '../workers/api/src/node.ts';
import { runTenantMigrations } from '../workers/jobs/src/migrate-tenants-job.ts';

const dataDir = resolve(process.env.PASSERELLE_DATA_DIR ?? '.data');
const concurrency = Number(process.env.CONCURRENCY ?? 4);
const runtime = await createNodeRuntime({ dataDir });
const report = await runTenantMigrations({ deps: runtime.deps, concurrency, log: console.log });
runtime.close();
process.exit(report.failed.length > 0 ? 1 : 0);
