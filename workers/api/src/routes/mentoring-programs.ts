import { tenantSchema } from '@passerelle/db';
import {
  ANY_TENANT_ROLE,
  DebriefListQuery,
  MentoringProgramInput,
  PAIR_STATUS_LABELS,
  type PairStatus,
} from '@passerelle/domain';
import { and, asc, count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppEnv } from '../context.ts';
import { csvResponse, toCsv } from '../csv.ts';
import { requireRole } from '../middleware/tenant.ts';
import { latestMatchRun } from '../services/mentoring/latest-match-run.ts';
import { agentHours } from '../services/mentoring/mentor-space.ts';
import { callerOf } from '../services/mentoring/mentors/mentoring-deps.ts';
import { pairViewsOf } from '../services/mentoring/pair-view.ts';
import { programDebriefs, programDebriefsCsv } from '../services/mentoring/program-debriefs.ts';
import { findProgram } from '../services/mentoring/program-queries.ts';
import { programView } from '../services/mentoring/program-view.ts';
import { runMatching } from '../services/mentoring/run-matching.ts';
import { createProgram, operatorName, updateProgram } from '../services/mentoring/save-program.ts';
import { schoolDebriefs } from '../services/mentoring/school-debriefs.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseJsonBody, parseQuery } from '../validation.ts';
import { idParam } from './id-param.ts';

const UpdateProgram = z.extend(z.partial(MentoringProgramInput), {
  status: z.optional(z.enum(['active', 'archived'], 'Statut inconnu.')),
});
const PairQuery = z.object({
  status: z.optional(z.enum(['proposed', 'accepted', 'introduced', 'active', 'closed'], 'Statut inconnu.')),
});

/**
 * Mentoring programs: setup, the matching runs, the pairs board, the agents' hours and the
 * end-of-year debriefs (the coordinator's board and CSV; a school referent's own pupils).
 */
export function mentoringProgramsRoutes() {
  const routes = new Hono<AppEnv>();
  const id = idParam('mpg');
  const admin = requireRole('tenant_admin');
  const now = (c: { var: AppEnv['Variables'] }) => c.var.deps.now?.() ?? new Date();

  routes.get('/', requireRole(...ANY_TENANT_ROLE), async (c) => {
    const { mentoringPrograms } = tenantSchema;
    const rows = await c.var.tenantDb.select().from(mentoringPrograms).orderBy(asc(mentoringPrograms.name));
    return c.json({
      items: await Promise.all(
        rows.map(async (r) => programView(r, await operatorName(c.var.tenantDb, r.operatorOrganizationId))),
      ),
    });
  });

  routes.post('/', admin, async (c) => {
    const data = await parseJsonBody(c, MentoringProgramInput);
    return c.json(await createProgram({ ctx: serviceContext(c), data }), 201);
  });

  routes.get('/:id', requireRole(...ANY_TENANT_ROLE), async (c) => {
    const db = c.var.tenantDb;
    const program = await findProgram(db, id(c));
    const view = programView(program, await operatorName(db, program.operatorOrganizationId));
    if (!c.var.roles.includes('tenant_admin')) return c.json(view);
    const { mentors, youngPeople, pairs } = tenantSchema;
    const [[m], [y], [a], byStatus] = await Promise.all([
      db.select({ n: count() }).from(mentors).where(eq(mentors.programId, program.id)),
      db.select({ n: count() }).from(youngPeople).where(eq(youngPeople.programId, program.id)),
      db
        .select({ n: count() })
        .from(youngPeople)
        .where(and(eq(youngPeople.programId, program.id), eq(youngPeople.authorisation, 'given'))),
      db
        .select({ status: pairs.status, n: count() })
        .from(pairs)
        .where(eq(pairs.programId, program.id))
        .groupBy(pairs.status),
    ]);
    const pairsByStatus = Object.fromEntries(byStatus.map((s) => [s.status, s.n]));
    return c.json({
      ...view,
      counts: { mentors: m?.n ?? 0, youngPeople: y?.n ?? 0, authorised: a?.n ?? 0, pairsByStatus },
    });
  });

  routes.patch('/:id', admin, async (c) => {
    const parsed = await parseJsonBody(c, UpdateProgram);
    // zod's partial still fills defaults: keep only what the caller actually sent.
    const sent = new Set(Object.keys((await c.req.json()) as object));
    const data = Object.fromEntries(Object.entries(parsed).filter(([key]) => sent.has(key)));
    return c.json(await updateProgram({ ctx: serviceContext(c), id: id(c), data }));
  });

  routes.post('/:id/match-runs', admin, async (c) => {
    return c.json(
      await runMatching({ ctx: serviceContext(c), programId: (await findProgram(c.var.tenantDb, id(c))).id }),
      201,
    );
  });

  routes.get('/:id/match-runs/latest', admin, async (c) => {
    const program = await findProgram(c.var.tenantDb, id(c));
    return c.json(await latestMatchRun({ db: c.var.tenantDb, programId: program.id }));
  });

  routes.get('/:id/pairs', admin, async (c) => {
    const { status } = parseQuery(c, PairQuery);
    const program = await findProgram(c.var.tenantDb, id(c));
    return c.json({
      items: await pairViewsOf(c.var.tenantDb, { programId: program.id, ...(status ? { status } : {}) }),
    });
  });

  routes.get('/:id/pairs/export.csv', admin, async (c) => {
    const program = await findProgram(c.var.tenantDb, id(c));
    const items = (await pairViewsOf(c.var.tenantDb, { programId: program.id })).filter(
      (p) => p.status !== 'closed' || p.closeOutcome !== 'rejected',
    );
    const csv = toCsv(
      [
        'Binôme',
        'Statut',
        'Mentor',
        'Structure',
        'Métier',
        'Jeune (prénom)',
        'Niveau',
        'Établissement',
        'Score',
        'Proposé le',
        'Actif depuis',
        'Clos le',
        'Issue',
      ],
      items.map((p) => [
        p.id,
        PAIR_STATUS_LABELS[p.status as PairStatus],
        p.mentor.name,
        p.mentor.organizationName,
        p.mentor.jobTitle,
        p.youngPerson.firstName,
        p.youngPerson.level,
        p.youngPerson.schoolName,
        p.score === null ? '' : Math.round(p.score),
        p.proposedAt.slice(0, 10),
        p.activatedAt?.slice(0, 10),
        p.closedAt?.slice(0, 10),
        p.closeOutcome,
      ]),
    );
    return csvResponse(`binomes-${program.season}.csv`, csv);
  });

  routes.get('/:id/agent-hours', admin, async (c) => {
    const program = await findProgram(c.var.tenantDb, id(c));
    return c.json(await agentHours({ db: c.var.tenantDb, programId: program.id, today: now(c) }));
  });

  routes.get('/:id/debriefs', admin, async (c) => {
    const query = parseQuery(c, DebriefListQuery);
    return c.json(await programDebriefs({ db: c.var.tenantDb, programId: id(c), query }));
  });

  routes.get('/:id/debriefs/export.csv', admin, async (c) => {
    const { filename, csv } = await programDebriefsCsv({ db: c.var.tenantDb, programId: id(c) });
    return csvResponse(filename, csv);
  });

  routes.get('/:id/school-debriefs', requireRole('school_referent'), async (c) => {
    const query = parseQuery(c, DebriefListQuery);
    return c.json(await schoolDebriefs({ db: c.var.tenantDb, caller: callerOf(c), programId: id(c), query }));
  });

  return routes;
}
