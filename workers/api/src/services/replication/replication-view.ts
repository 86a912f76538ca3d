import { type ControlDb, controlSchema } from '@passerelle/db';
import { notFound, type Page, type PageQuery, pageOffset } from '@passerelle/domain';
import { asc, count, desc, eq, inArray } from 'drizzle-orm';

const { replicationRuns, replicationRunItems, programTemplates, tenants } = controlSchema;
type Reader = Pick<ControlDb, 'select'>;
type RunRow = typeof replicationRuns.$inferSelect;

export const FINISHED_ITEM = ['done', 'already', 'skipped'];

export async function findRun(control: Reader, id: string): Promise<RunRow> {
  const [row] = await control.select().from(replicationRuns).where(eq(replicationRuns.id, id));
  if (!row) throw notFound('Réplication');
  return row;
}

async function countsOf(control: Reader, runIds: string[]) {
  const rows = runIds.length
    ? await control
        .select({ runId: replicationRunItems.runId, status: replicationRunItems.status, n: count() })
        .from(replicationRunItems)
        .where(inArray(replicationRunItems.runId, runIds))
        .groupBy(replicationRunItems.runId, replicationRunItems.status)
    : [];
  const counts = new Map(runIds.map((id) => [id, { done: 0, failed: 0 }]));
  for (const row of rows) {
    const c = counts.get(row.runId)!;
    if (FINISHED_ITEM.includes(row.status)) c.done += row.n;
    else if (row.status === 'failed') c.failed += row.n;
  }
  return counts;
}

async function summaries(control: Reader, runs: RunRow[]) {
  const templateIds = [...new Set(runs.map((r) => r.templateId))];
  const templates = templateIds.length
    ? await control
        .select({ id: programTemplates.id, name: programTemplates.name, slug: programTemplates.slug })
        .from(programTemplates)
        .where(inArray(programTemplates.id, templateIds))
    : [];
  const byId = new Map(templates.map((t) => [t.id, t]));
  const counts = await countsOf(
    control,
    runs.map((r) => r.id),
  );
  return runs.map((run) => ({
    id: run.id,
    template: byId.get(run.templateId) ?? { id: run.templateId, name: '', slug: '' },
    version: run.version,
    status: run.status as 'queued' | 'running' | 'done' | 'failed',
    total: run.total,
    ...counts.get(run.id)!,
    onboardingId: run.onboardingId,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
  }));
}

export async function runItems(control: Reader, runId: string) {
  const rows = await control
    .select({
      slug: tenants.slug,
      name: tenants.name,
      status: replicationRunItems.status,
      attempts: replicationRunItems.attempts,
      error: replicationRunItems.error,
      programId: replicationRunItems.programId,
      updatedAt: replicationRunItems.updatedAt,
    })
    .from(replicationRunItems)
    .innerJoin(tenants, eq(tenants.id, replicationRunItems.tenantId))
    .where(eq(replicationRunItems.runId, runId))
    .orderBy(asc(tenants.name));
  return rows.map((r) => ({
    tenant: { slug: r.slug, name: r.name },
    status: r.status as 'pending' | 'running' | 'done' | 'already' | 'failed' | 'skipped',
    attempts: r.attempts,
    error: r.error,
    programId: r.programId,
    updatedAt: r.updatedAt,
  }));
}

/** A run with each tenant's outcome: what the progress view polls. */
export async function replicationRunView(control: Reader, id: string) {
  const run = await findRun(control, id);
  const [[summary], items] = await Promise.all([summaries(control, [run]), runItems(control, run.id)]);
  return { ...summary!, items };
}
export type ReplicationRunView = Awaited<ReturnType<typeof replicationRunView>>;

export async function listReplicationRuns(input: {
  control: Reader;
  query: PageQuery & { templateId?: string | undefined };
}): Promise<Page<Awaited<ReturnType<typeof summaries>>[number]>> {
  const { control, query } = input;
  const where = query.templateId ? eq(replicationRuns.templateId, query.templateId) : undefined;
  const [rows, [total]] = await Promise.all([
    control
      .select()
      .from(replicationRuns)
      .where(where)
      .orderBy(desc(replicationRuns.createdAt), desc(replicationRuns.id))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    control.select({ n: count() }).from(replicationRuns).where(where),
  ]);
  return {
    items: await summaries(control, rows),
    page: query.page,
    pageSize: query.pageSize,
    total: total?.n ?? 0,
  };
}
