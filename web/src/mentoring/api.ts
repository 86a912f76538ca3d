import { request } from '../api/client.ts';
import type { Organization, OrganizationQuery, Page } from '../api/types.ts';
import type {
  AgentHours,
  ApprovalRequest,
  DebriefAnswer,
  DebriefBoard,
  DebriefInput,
  DebriefRespondent,
  GuardianAuthorisationInput,
  GuardianRequest,
  Honorability,
  LatestMatchRun,
  MatchRun,
  Meeting,
  MeetingInput,
  Mentor,
  MentorInput,
  MyMentoring,
  Nominated,
  NominationInput,
  PairDebriefs,
  PairStatus,
  PairView,
  Program,
  ProgramInput,
  SchoolPairDebriefs,
  YoungPerson,
} from './types.ts';

const enc = encodeURIComponent;
const base = (slug: string) => `/api/t/${enc(slug)}/mentoring`;
const programPath = (slug: string, id: string) => `${base(slug)}/programs/${enc(id)}`;
const pairPath = (slug: string, id: string) => `${base(slug)}/pairs/${enc(id)}`;
const publicBase = (slug: string) => `/api/public/t/${enc(slug)}/mentoring`;

/** Typed calls to docs/api-mentoring.md; every failure is an ApiError with a French message. */
export const mentoringApi = {
  programs: (slug: string) => request<{ items: Program[] }>(`${base(slug)}/programs`),
  program: (slug: string, id: string) => request<Program>(programPath(slug, id)),
  createProgram: (slug: string, body: ProgramInput) =>
    request<Program>(`${base(slug)}/programs`, { method: 'POST', body }),

  mentors: (slug: string, programId: string) =>
    request<{ items: Mentor[] }>(`${programPath(slug, programId)}/mentors`),
  addMentor: (slug: string, programId: string, body: MentorInput) =>
    request<Mentor>(`${programPath(slug, programId)}/mentors`, { method: 'POST', body }),
  recordHonorability: (slug: string, mentorId: string, body: Honorability) =>
    request<Mentor>(`${base(slug)}/mentors/${enc(mentorId)}/honorability`, { method: 'POST', body }),
  acceptCharter: (slug: string, mentorId: string) =>
    request<Mentor>(`${base(slug)}/mentors/${enc(mentorId)}/charter`, {
      method: 'POST',
      body: { accepted: true },
    }),

  youngPeople: (slug: string, programId: string) =>
    request<{ items: YoungPerson[] }>(`${programPath(slug, programId)}/young-people`),
  nominate: (slug: string, programId: string, body: NominationInput) =>
    request<Nominated>(`${programPath(slug, programId)}/young-people`, { method: 'POST', body }),

  runMatching: (slug: string, programId: string) =>
    request<MatchRun>(`${programPath(slug, programId)}/match-runs`, { method: 'POST' }),
  latestMatchRun: (slug: string, programId: string) =>
    request<{ latest: LatestMatchRun | null }>(`${programPath(slug, programId)}/match-runs/latest`),
  pairs: (slug: string, programId: string, status?: PairStatus) =>
    request<{ items: PairView[] }>(`${programPath(slug, programId)}/pairs`, { query: { status } }),
  pairsCsvUrl: (slug: string, programId: string) => `${programPath(slug, programId)}/pairs/export.csv`,
  agentHours: (slug: string, programId: string) =>
    request<{ items: AgentHours[] }>(`${programPath(slug, programId)}/agent-hours`),
  lock: (slug: string, pairId: string) =>
    request<unknown>(`${pairPath(slug, pairId)}/lock`, { method: 'POST' }),
  unlock: (slug: string, pairId: string) =>
    request<unknown>(`${pairPath(slug, pairId)}/unlock`, { method: 'POST' }),
  reject: (slug: string, pairId: string) =>
    request<unknown>(`${pairPath(slug, pairId)}/reject`, { method: 'POST' }),
  accept: (slug: string, pairId: string) =>
    request<unknown>(`${pairPath(slug, pairId)}/accept`, { method: 'POST' }),
  introduce: (slug: string, pairId: string, date: string) =>
    request<unknown>(`${pairPath(slug, pairId)}/introduce`, { method: 'POST', body: { date } }),
  logMeeting: (slug: string, pairId: string, body: MeetingInput) =>
    request<unknown>(`${pairPath(slug, pairId)}/meetings`, { method: 'POST', body }),
  meetings: (slug: string, pairId: string) =>
    request<{ items: Meeting[] }>(`${pairPath(slug, pairId)}/meetings`),
  closePair: (slug: string, pairId: string, body: { outcome: 'completed' | 'stopped'; reason: string }) =>
    request<unknown>(`${pairPath(slug, pairId)}/close`, { method: 'POST', body }),

  submitDebrief: (slug: string, pairId: string, body: DebriefInput) =>
    request<DebriefAnswer>(`${pairPath(slug, pairId)}/debrief`, { method: 'POST', body }),
  programDebriefs: (
    slug: string,
    programId: string,
    query: { page: number; pageSize?: number; waiting?: DebriefRespondent | undefined },
  ) => request<DebriefBoard<PairDebriefs>>(`${programPath(slug, programId)}/debriefs`, { query }),
  debriefsCsvUrl: (slug: string, programId: string) => `${programPath(slug, programId)}/debriefs/export.csv`,
  schoolDebriefs: (slug: string, programId: string, query: { page: number; pageSize?: number }) =>
    request<DebriefBoard<SchoolPairDebriefs>>(`${programPath(slug, programId)}/school-debriefs`, { query }),

  me: (slug: string) => request<MyMentoring>(`${base(slug)}/me`),

  organizations: (slug: string, query: OrganizationQuery) =>
    request<Page<Organization>>(`/api/t/${enc(slug)}/organizations`, { query }),
};

/** The links mailed to people without an account: a guardian, an agent's manager. */
export const mentoringPublicApi = {
  authorisation: (slug: string, token: string) =>
    request<GuardianRequest>(`${publicBase(slug)}/authorisations/${enc(token)}`),
  authorise: (slug: string, token: string, body: GuardianAuthorisationInput) =>
    request<unknown>(`${publicBase(slug)}/authorisations/${enc(token)}`, { method: 'POST', body }),
  refuseAuthorisation: (slug: string, token: string) =>
    request<unknown>(`${publicBase(slug)}/authorisations/${enc(token)}/refuse`, { method: 'POST', body: {} }),
  approval: (slug: string, token: string) =>
    request<ApprovalRequest>(`${publicBase(slug)}/approvals/${enc(token)}`),
  decideApproval: (slug: string, token: string, decision: 'approved' | 'refused') =>
    request<unknown>(`${publicBase(slug)}/approvals/${enc(token)}`, { method: 'POST', body: { decision } }),
};
