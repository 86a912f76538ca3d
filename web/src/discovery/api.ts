import { request, send } from '../api/client.ts';
import type { Organization, OrganizationKind, Page } from '../api/types.ts';
import type { ExtraQuestion } from '../components/extra-question-fields.tsx';
import type {
  AttendanceInput,
  Booklet,
  BookletAssessment,
  BookletDayContent,
  GroupsResult,
  GuardianRequest,
  Host,
  HostInput,
  NominationInput,
  Plan,
  PlanMove,
  PlanResult,
  Program,
  ProgramInput,
  Quotas,
  SchoolImportReport,
  Student,
  Summary,
  Week,
} from './types.ts';

const enc = encodeURIComponent;
const tenantPath = (slug: string) => `/api/t/${enc(slug)}`;
const programs = (slug: string) => `${tenantPath(slug)}/discovery/programs`;
const program = (slug: string, id: string) => `${programs(slug)}/${enc(id)}`;
const publicBase = (slug: string) => `/api/public/t/${enc(slug)}/discovery`;

/** Typed calls to docs/api-discovery.md; every failure is an ApiError with a French message. */
export const discoveryApi = {
  programs: (slug: string) => request<{ items: Program[] }>(programs(slug)),
  program: (slug: string, id: string) => request<Program>(program(slug, id)),
  createProgram: (slug: string, body: ProgramInput) =>
    request<Program>(programs(slug), { method: 'POST', body }),

  hosts: (slug: string, id: string) => request<{ items: Host[] }>(`${program(slug, id)}/hosts`),
  addHost: (slug: string, id: string, body: HostInput) =>
    request<Host>(`${program(slug, id)}/hosts`, { method: 'POST', body }),

  quotas: (slug: string, id: string) => request<Quotas>(`${program(slug, id)}/quotas`),
  computeQuotas: (slug: string, id: string) =>
    request<Quotas>(`${program(slug, id)}/quotas`, { method: 'POST' }),

  students: (slug: string, id: string) => request<{ items: Student[] }>(`${program(slug, id)}/students`),
  nominate: (slug: string, id: string, body: NominationInput) =>
    request<Student>(`${program(slug, id)}/students`, { method: 'POST', body }),

  /** The groups as last formed, so the tab shows them without forming them again. */
  groups: (slug: string, id: string) => request<GroupsResult>(`${program(slug, id)}/groups`),
  formGroups: (slug: string, id: string) =>
    request<GroupsResult>(`${program(slug, id)}/groups`, { method: 'POST' }),

  plan: (slug: string, id: string) => request<Plan>(`${program(slug, id)}/plan`),
  computePlan: (slug: string, id: string) =>
    request<PlanResult>(`${program(slug, id)}/plan`, { method: 'POST' }),
  movePlan: (slug: string, id: string, body: PlanMove) =>
    request<unknown>(`${program(slug, id)}/plan`, { method: 'PATCH', body }),
  recordAttendance: (slug: string, id: string, body: AttendanceInput) =>
    request<unknown>(`${program(slug, id)}/attendance`, { method: 'POST', body }),

  summary: (slug: string, id: string) => request<Summary>(`${program(slug, id)}/summary`),
  summaryPdfUrl: (slug: string, id: string) => `${program(slug, id)}/summary.pdf`,
  surveysCsvUrl: (slug: string, id: string) => `${program(slug, id)}/surveys/export.csv`,
  /** Closing a week makes its booklets read-only and mails the surveys; reopening is allowed. */
  setWeekClosed: (slug: string, id: string, weekId: string, closed: boolean) =>
    request<Week>(`${program(slug, id)}/weeks/${enc(weekId)}`, { method: 'PATCH', body: { closed } }),
  /** A pupil's booklet read by their school, their tutors or the coordination. */
  studentBooklet: (slug: string, id: string, studentId: string) =>
    request<Booklet>(`${program(slug, id)}/students/${enc(studentId)}/booklet`),
  /** A fresh booklet link to hand over (a lost mail); earlier ones keep working. */
  createInternshipConvention: (slug: string, id: string, studentId: string) =>
    request<{ conventionId: string }>(
      `${program(slug, id)}/students/${encodeURIComponent(studentId)}/convention`,
      {
        method: 'POST',
        body: {},
      },
    ),
  createBookletLink: (slug: string, id: string, studentId: string) =>
    request<{ studentId: string; url: string; expiresAt: string }>(`${program(slug, id)}/booklet-links`, {
      method: 'POST',
      body: { studentId },
    }),

  organizations: (
    slug: string,
    query: { kind?: OrganizationKind; q?: string; page?: number; pageSize?: number },
  ) => request<Page<Organization>>(`${tenantPath(slug)}/organizations`, { query }),
  setEnrolment: (slug: string, organizationId: string, enrolment3e: number | null) =>
    request<Organization>(`${tenantPath(slug)}/organizations/${enc(organizationId)}`, {
      method: 'PATCH',
      body: { enrolment3e },
    }),
  /** The national directory's CSV, sent as it is: the server reads it line by line. */
  importSchools: async (slug: string, csv: string, options: { dryRun: boolean; partial: boolean }) => {
    const query = `?dryRun=${options.dryRun ? 1 : 0}&partial=${options.partial ? 1 : 0}`;
    const response = await send(`${tenantPath(slug)}/schools/import${query}`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'text/csv; charset=utf-8' },
      body: csv,
    });
    return (await response.json()) as SchoolImportReport;
  },
};

/** The links mailed to people without an account: a guardian, a pupil with their booklet. */
export const discoveryPublicApi = {
  authorisation: (slug: string, token: string) =>
    request<GuardianRequest>(`${publicBase(slug)}/authorisations/${enc(token)}`),
  authorise: (
    slug: string,
    token: string,
    body: { guardianName: string; relationship: string; consent: true },
  ) => request<unknown>(`${publicBase(slug)}/authorisations/${enc(token)}`, { method: 'POST', body }),
  refuse: (slug: string, token: string) =>
    request<unknown>(`${publicBase(slug)}/authorisations/${enc(token)}/refuse`, { method: 'POST', body: {} }),
  booklet: (slug: string, token: string) => request<Booklet>(`${publicBase(slug)}/booklet/${enc(token)}`),
  savePage: (slug: string, token: string, page: string, body: BookletDayContent | BookletAssessment) =>
    request<unknown>(`${publicBase(slug)}/booklet/${enc(token)}/pages/${enc(page)}`, { method: 'PUT', body }),
  bookletPdfUrl: (slug: string, token: string) => `${publicBase(slug)}/booklet/${enc(token)}/booklet.pdf`,
  /** The end-of-week survey: a pupil answers with their booklet link, a tutor or school with theirs. */
  answerSurvey: (
    slug: string,
    token: string,
    body: { satisfaction: number; comment?: string; extraAnswers?: { label: string; answer: unknown }[] },
  ) => request<unknown>(`${publicBase(slug)}/surveys/${enc(token)}`, { method: 'POST', body }),
  /** What a survey link opens on: answered yet, and the template's own questions. */
  survey: (slug: string, token: string) =>
    request<{ respondent: string; answered: boolean; extraQuestions: ExtraQuestion[] }>(
      `${publicBase(slug)}/surveys/${enc(token)}`,
    ),
};
