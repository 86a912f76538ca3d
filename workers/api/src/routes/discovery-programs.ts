import { ANY_TENANT_ROLE } from '@passerelle/domain';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { csvResponse } from '../csv.ts';
import { requireRole } from '../middleware/tenant.ts';
import { signingDepsFrom } from '../services/conventions/signing-deps-from.ts';
import { recordAttendance } from '../services/discovery/attendance/record-attendance.ts';
import { createBookletLink } from '../services/discovery/booklet/create-booklet-link.ts';
import { readStudentBooklet } from '../services/discovery/booklet/read-student-booklet.ts';
import { setWeekClosed } from '../services/discovery/close-week.ts';
import {
  AttendanceInput,
  BookletLinkInput,
  DiscoveryProgramInput,
  DiscoveryProgramUpdate,
  HostInput,
  PlanMove,
  StudentNomination,
  WeekUpdate,
} from '../services/discovery/discovery-inputs.ts';
import { formProgramGroups } from '../services/discovery/groups/form-program-groups.ts';
import { readGroups } from '../services/discovery/groups/read-groups.ts';
import { addHost } from '../services/discovery/hosts/add-host.ts';
import { listHosts } from '../services/discovery/hosts/list-hosts.ts';
import { moveInPlan } from '../services/discovery/plan/move-in-plan.ts';
import { planProgram } from '../services/discovery/plan/plan-program.ts';
import { readPlan } from '../services/discovery/plan/read-plan.ts';
import { getDiscoveryProgram, listDiscoveryPrograms } from '../services/discovery/program-reads.ts';
import { computeQuotas } from '../services/discovery/quotas/compute-quotas.ts';
import { readQuotas } from '../services/discovery/quotas/read-quotas.ts';
import { createDiscoveryProgram, updateDiscoveryProgram } from '../services/discovery/save-program.ts';
import { createInternshipConvention } from '../services/discovery/students/create-internship-convention.ts';
import { listStudents } from '../services/discovery/students/list-students.ts';
import { nominateStudent } from '../services/discovery/students/nominate-student.ts';
import { programSummary } from '../services/discovery/summary/program-summary.ts';
import { renderSummaryPdf } from '../services/discovery/summary/render-summary-pdf.ts';
import { exportSurveys } from '../services/discovery/surveys/survey-export.ts';
import { callerOf, outreachFrom } from '../services/mentoring/mentors/mentoring-deps.ts';
import { schoolReach } from '../services/mentoring/young-people/young-person-access.ts';
import { serviceContext } from '../services/service-context.ts';
import { parseJsonBody } from '../validation.ts';
import { idParam } from './id-param.ts';

export function pdfResponse(bytes: Uint8Array, filename: string): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${filename}"` },
  });
}

/**
 * Pass'3e discovery weeks: the coordination sets the program up (hosts, quotas, groups, plan),
 * schools propose their pupils within their quota, tutors see their host-days and mark who came.
 */
export function discoveryProgramsRoutes() {
  const routes = new Hono<AppEnv>();
  const id = idParam('dpg');
  const weekId = idParam('dwk', 'weekId');
  const studentId = idParam('dst', 'studentId');
  const admin = requireRole('tenant_admin');
  const any = requireRole(...ANY_TENANT_ROLE);
  const schools = requireRole('tenant_admin', 'school_referent');
  const tutors = requireRole('tenant_admin', 'mentor');
  const db = (c: Context<AppEnv>) => c.var.tenantDb;
  const reach = (c: Context<AppEnv>) => schoolReach({ db: db(c), caller: callerOf(c) });

  routes.get('/', any, async (c) => c.json(await listDiscoveryPrograms(db(c))));

  routes.post('/', admin, async (c) => {
    const data = await parseJsonBody(c, DiscoveryProgramInput);
    return c.json(await createDiscoveryProgram({ ctx: serviceContext(c), data }), 201);
  });

  routes.get('/:id', any, async (c) => c.json(await getDiscoveryProgram(db(c), id(c))));

  routes.patch('/:id', admin, async (c) => {
    const data = await parseJsonBody(c, DiscoveryProgramUpdate);
    return c.json(await updateDiscoveryProgram({ ctx: serviceContext(c), id: id(c), data }));
  });

  routes.patch('/:id/weeks/:weekId', admin, async (c) => {
    const { closed } = await parseJsonBody(c, WeekUpdate);
    return c.json(
      await setWeekClosed({
        ctx: serviceContext(c),
        outreach: outreachFrom(c),
        secret: c.var.deps.config.authSecret,
        programId: id(c),
        weekId: weekId(c),
        closed,
      }),
    );
  });

  routes.get('/:id/hosts', any, async (c) =>
    c.json(
      await listHosts({ db: db(c), programId: id(c), withEmails: c.var.roles.includes('tenant_admin') }),
    ),
  );

  routes.post('/:id/hosts', admin, async (c) => {
    const data = await parseJsonBody(c, HostInput);
    return c.json(
      await addHost({ ctx: serviceContext(c), outreach: outreachFrom(c), programId: id(c), data }),
      201,
    );
  });

  routes.post('/:id/quotas', admin, async (c) =>
    c.json(await computeQuotas({ ctx: serviceContext(c), programId: id(c) })),
  );

  routes.get('/:id/quotas', schools, async (c) =>
    c.json(await readQuotas({ db: db(c), programId: id(c), reach: await reach(c) })),
  );

  routes.get('/:id/students', schools, async (c) =>
    c.json(await listStudents({ db: db(c), programId: id(c), reach: await reach(c) })),
  );

  routes.post('/:id/students', schools, async (c) => {
    const data = await parseJsonBody(c, StudentNomination);
    const student = await nominateStudent({
      ctx: serviceContext(c),
      outreach: outreachFrom(c),
      caller: callerOf(c),
      programId: id(c),
      data,
    });
    return c.json(student, 201);
  });

  routes.post('/:id/students/:studentId/convention', admin, async (c) => {
    const body = await c.req.json().catch(() => ({}));
    return c.json(
      await createInternshipConvention({
        deps: signingDepsFrom(c),
        programId: id(c),
        studentId: studentId(c),
        body,
      }),
      201,
    );
  });

  routes.get(
    '/:id/students/:studentId/booklet',
    requireRole('tenant_admin', 'school_referent', 'mentor'),
    async (c) =>
      c.json(
        await readStudentBooklet({
          db: db(c),
          caller: callerOf(c),
          programId: id(c),
          studentId: studentId(c),
          tenantName: c.var.tenant.name,
        }),
      ),
  );

  routes.post('/:id/booklet-links', admin, async (c) => {
    const data = await parseJsonBody(c, BookletLinkInput);
    return c.json(
      await createBookletLink({
        ctx: serviceContext(c),
        outreach: outreachFrom(c),
        programId: id(c),
        studentId: data.studentId,
      }),
      201,
    );
  });

  routes.get('/:id/groups', admin, async (c) => c.json(await readGroups({ db: db(c), programId: id(c) })));

  routes.post('/:id/groups', admin, async (c) =>
    c.json(await formProgramGroups({ ctx: serviceContext(c), programId: id(c) })),
  );

  routes.get('/:id/plan', tutors, async (c) =>
    c.json(await readPlan({ db: db(c), caller: callerOf(c), programId: id(c) })),
  );

  routes.post('/:id/plan', admin, async (c) =>
    c.json(await planProgram({ ctx: serviceContext(c), outreach: outreachFrom(c), programId: id(c) })),
  );

  routes.patch('/:id/plan', admin, async (c) => {
    const data = await parseJsonBody(c, PlanMove);
    return c.json(await moveInPlan({ ctx: serviceContext(c), programId: id(c), data }));
  });

  routes.post('/:id/attendance', tutors, async (c) => {
    const data = await parseJsonBody(c, AttendanceInput);
    return c.json(
      await recordAttendance({ ctx: serviceContext(c), caller: callerOf(c), programId: id(c), data }),
    );
  });

  routes.get('/:id/summary', admin, async (c) =>
    c.json(await programSummary({ db: db(c), programId: id(c) })),
  );

  routes.get('/:id/summary.pdf', admin, async (c) => {
    const summary = await programSummary({ db: db(c), programId: id(c) });
    const bytes = await renderSummaryPdf({
      summary,
      tenantName: c.var.tenant.name,
      issuedAt: serviceContext(c).now.toISOString(),
    });
    return pdfResponse(bytes, `bilan-${summary.program.season}.pdf`);
  });

  routes.get('/:id/surveys/export.csv', admin, async (c) => {
    const { filename, csv } = await exportSurveys({ db: db(c), programId: id(c) });
    return csvResponse(filename, csv);
  });

  return routes;
}
