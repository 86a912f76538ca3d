import { Hono } from 'hono';
import { enqueueJob } from '../background/enqueue-job.ts';
import type { AppEnv } from '../context.ts';
import { csvResponse } from '../csv.ts';
import { requireNationalAdmin } from '../middleware/session.ts';
import { nationalContext } from '../services/replication/national-context.ts';
import { ReplicationListQuery, StartReplicationInput } from '../services/replication/replication-inputs.ts';
import { replicationReportCsv } from '../services/replication/replication-report.ts';
import { listReplicationRuns, replicationRunView } from '../services/replication/replication-view.ts';
import { retryReplication } from '../services/replication/retry-replication.ts';
import { startReplication } from '../services/replication/start-replication.ts';
import { parseJsonBody, parseQuery } from '../validation.ts';
import { idParam } from './id-param.ts';

/** Replications of a template into many tenants: started here, run in the background, polled. */
export function nationalReplicationsRoutes() {
  const routes = new Hono<AppEnv>();
  const id = idParam('rrn');
  routes.use('*', requireNationalAdmin());

  routes.post('/', async (c) => {
    const data = await parseJsonBody(c, StartReplicationInput);
    const { runId } = await startReplication({ ctx: nationalContext(c), data });
    await enqueueJob(c, { type: 'replication', runId });
    return c.json(await replicationRunView(c.var.deps.control, runId), 202);
  });

  routes.get('/', async (c) => {
    return c.json(
      await listReplicationRuns({ control: c.var.deps.control, query: parseQuery(c, ReplicationListQuery) }),
    );
  });

  routes.get('/:id', async (c) => c.json(await replicationRunView(c.var.deps.control, id(c))));

  routes.post('/:id/retry', async (c) => {
    const runId = id(c);
    await retryReplication({ ctx: nationalContext(c), runId });
    await enqueueJob(c, { type: 'replication', runId });
    return c.json(await replicationRunView(c.var.deps.control, runId), 202);
  });

  routes.get('/:id/report.csv', async (c) => {
    const { filename, csv } = await replicationReportCsv({ control: c.var.deps.control, runId: id(c) });
    return csvResponse(filename, csv);
  });
  return routes;
}
