import { controlSchema, openTenantDb, type TenantRecord } from '@passerelle/db';
import { DomainError } from '@passerelle/domain';
import { and, eq, inArray, lt, or } from 'drizzle-orm';
import type { AppDeps } from '../../deps.ts';
import { instantiateTemplate } from './instantiate-template.ts';
import { FINISHED_ITEM, findRun } from './replication-view.ts';
import { retryBusy } from './retry-busy.ts';
import { findTemplate, findTemplateVersion } from './template-queries.ts';

const { replicationRuns, replicationRunItems, tenants } = controlSchema;

/** Tries per tenant within one run for a transient fault (network, a busy database). */
export const MAX_ATTEMPTS = 3;

export type ReplicationOutcome = {
  runId: string;
  status: 'done' | 'failed';
  processed: number;
  failed: number;
};

type ItemState = { status: string; error: string | null; programId: string | null; attempts: number };

/**
 * Works a replication run off, a few tenants at a time (modelled on `migrateAllTenants`). Each
 * tenant's outcome is written to its item as soon as it is known, so the run view shows progress
 * and a crash leaves the rest `pending`: running it again picks up the pending, the interrupted
 * (`running`) and, while the run is unfinished, the failed items with attempts left, and never
 * copies a tenant twice (the copy itself answers `already`). A transient fault is retried with
 * backoff; a refusal (schema behind, a definition the tenant cannot take) is not, within the run.
 */
export async function runReplication(input: {
  deps: AppDeps;
  runId: string;
  concurrency?: number;
  retryDelayMs?: number;
  /** Runs after each tenant is recorded; a throw stops the run there, like a crash. */
  afterTenant?: (slug: string) => void | Promise<void>;
  log?: (line: string) => void;
}): Promise<ReplicationOutcome> {
  const { deps } = input;
  const { control } = deps;
  const now = () => deps.now?.() ?? new Date();
  const run = await findRun(control, input.runId);
  const template = await findTemplate(control, run.templateId);
  const version = await findTemplateVersion(control, template.id, run.version);
  if (!version) throw new Error(`run ${run.id}: version ${run.version} of ${template.id} is missing`);

  const unfinished = run.status === 'queued' || run.status === 'running';
  const todo = await control
    .select({
      tenantId: replicationRunItems.tenantId,
      status: replicationRunItems.status,
      attempts: replicationRunItems.attempts,
    })
    .from(replicationRunItems)
    .where(
      and(
        eq(replicationRunItems.runId, run.id),
        or(
          inArray(replicationRunItems.status, ['pending', 'running']),
          unfinished
            ? and(eq(replicationRunItems.status, 'failed'), lt(replicationRunItems.attempts, MAX_ATTEMPTS))
            : undefined,
        ),
      ),
    );
  await retryBusy(() =>
    control
      .update(replicationRuns)
      .set({ status: 'running', startedAt: run.startedAt ?? now().toISOString(), finishedAt: null })
      .where(eq(replicationRuns.id, run.id)),
  );

  // One statement per write, never a transaction: nothing holds the control DB between awaits.
  const record = (tenantId: string, state: ItemState) =>
    retryBusy(() =>
      control
        .update(replicationRunItems)
        .set({ ...state, updatedAt: now().toISOString() })
        .where(and(eq(replicationRunItems.runId, run.id), eq(replicationRunItems.tenantId, tenantId))),
    );

  const copyInto = async (tenant: TenantRecord) => {
    if (tenant.status !== 'active') {
      throw new DomainError({
        code: 'TENANT_UNAVAILABLE',
        message:
          'L’espace de la collectivité n’est pas encore ouvert : relancez une fois son ouverture terminée.',
      });
    }
    return instantiateTemplate({
      db: openTenantDb(await deps.connectTenant(tenant)),
      tenant,
      template,
      version,
      actorId: run.requestedBy,
      requestId: `replication:${run.id}`,
      now: now(),
      runId: run.id,
    });
  };

  const processItem = async (item: (typeof todo)[number]): Promise<{ slug: string; failed: boolean }> => {
    const [tenant] = await control.select().from(tenants).where(eq(tenants.id, item.tenantId));
    if (!tenant || tenant.status === 'deleted' || tenant.status === 'suspended') {
      const reason =
        tenant?.status === 'suspended'
          ? 'La collectivité est suspendue : rien n’a été copié.'
          : 'La collectivité a été supprimée pendant la réplication : rien n’a été copié.';
      await record(item.tenantId, {
        status: 'skipped',
        error: reason,
        programId: null,
        attempts: item.attempts,
      });
      return { slug: tenant?.slug ?? item.tenantId, failed: false };
    }
    let attempts = item.attempts;
    for (;;) {
      attempts++;
      await record(tenant.id, { status: 'running', error: null, programId: null, attempts });
      try {
        const result = await copyInto(tenant);
        await record(
          tenant.id,
          result.outcome === 'skipped'
            ? { status: 'skipped', error: result.reason, programId: null, attempts }
            : { status: result.outcome, error: null, programId: result.programId, attempts },
        );
        input.log?.(`${tenant.slug} : ${result.outcome}`);
        return { slug: tenant.slug, failed: false };
      } catch (error) {
        const refused = error instanceof DomainError;
        const message = refused
          ? error.message
          : `La copie a échoué (${rootMessage(error)}) : rien n’a été écrit.`;
        if (!refused && attempts < MAX_ATTEMPTS) {
          await record(tenant.id, { status: 'running', error: message, programId: null, attempts });
          await sleep((input.retryDelayMs ?? 250) * 2 ** (attempts - 1));
          continue;
        }
        await record(tenant.id, { status: 'failed', error: message, programId: null, attempts });
        input.log?.(`${tenant.slug} : échec (${message})`);
        return { slug: tenant.slug, failed: true };
      }
    }
  };

  let next = 0;
  let stopped = false;
  let failed = 0;
  const worker = async () => {
    while (next < todo.length && !stopped) {
      const outcome = await processItem(todo[next++]!);
      if (outcome.failed) failed++;
      try {
        await input.afterTenant?.(outcome.slug);
      } catch (error) {
        stopped = true;
        throw error;
      }
    }
  };
  const width = Math.max(1, Math.min(input.concurrency ?? 4, todo.length));
  const settled = await Promise.allSettled(Array.from({ length: width }, worker));
  const crash = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (crash) throw crash.reason;

  return finishRun({ deps, runId: run.id, processed: todo.length, failedNow: failed });
}

/** Closes a run whose items are all settled: `failed` when any tenant failed, `done` otherwise. */
async function finishRun(input: {
  deps: AppDeps;
  runId: string;
  processed: number;
  failedNow: number;
}): Promise<ReplicationOutcome> {
  const { control } = input.deps;
  const at = input.deps.now?.() ?? new Date();
  const items = await control
    .select({ status: replicationRunItems.status })
    .from(replicationRunItems)
    .where(eq(replicationRunItems.runId, input.runId));
  const failed = items.filter((i) => i.status === 'failed').length;
  const settled = items.filter((i) => FINISHED_ITEM.includes(i.status)).length + failed;
  const status = failed > 0 ? 'failed' : 'done';
  // One statement, no transaction: the start is in the national audit trail, each tenant's outcome
  // in its item, and nothing holds the control DB while requests write to it.
  if (settled === items.length) {
    await retryBusy(() =>
      control
        .update(replicationRuns)
        .set({ status, finishedAt: at.toISOString() })
        .where(eq(replicationRuns.id, input.runId)),
    );
  }
  return { runId: input.runId, status, processed: input.processed, failed };
}

/** The driver's own words: a failed query wraps them with the whole statement and its values. */
export function rootMessage(error: unknown): string {
  let e = error;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return e instanceof Error ? e.message : String(e);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
