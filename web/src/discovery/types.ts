import type { ExtraQuestion } from '../components/extra-question-fields.tsx';
// Mirrors docs/api-discovery.md. Where the contract names a response without its shape, the
// shape assumed here is marked "Assumed": keep it in step with the contract, not the server.
import type { JobFamily } from '../mentoring/types.ts';

export type { JobFamily };
export type Ref = { id: string; name: string };
export type Priority = 'REP+' | 'REP' | 'none';
export type Gender = 'F' | 'M' | 'X';
export type DayKind = 'citizenship' | 'service' | 'restitution';
export type Authorisation = 'pending' | 'given' | 'refused';

export type Week = { id: string; startDate: string; closedAt: string | null };

export type Program = {
  id: string;
  name: string;
  season: string;
  totalPlaces: number;
  priorityWeights: Record<Priority, number>;
  minimumPerSchool: number;
  groupSize: number;
  layout: DayKind[];
  status?: 'active' | 'archived';
  /** GET /:id only. */
  weeks?: Week[];
};

export type ProgramInput = {
  name: string;
  season: string;
  totalPlaces: number;
  priorityWeights: Record<Priority, number>;
  minimumPerSchool: number;
  groupSize: number;
  weeks: string[];
};

/** `email` for the coordination only. */
export type Tutor = { id?: string; name: string; email?: string; days?: number[] | null };

export type Host = {
  id: string;
  organizationId: string;
  organizationName?: string;
  name: string;
  jobFamily: JobFamily;
  mixedJob: boolean;
  capacityGroupsPerDay: number;
  availableWeeks?: string[] | null;
  conventionId?: string | null;
  conventionStatus?: string | null;
  tutors: Tutor[];
};

export type HostInput = {
  organizationId: string;
  name: string;
  jobFamily: JobFamily;
  mixedJob: boolean;
  capacityGroupsPerDay: number;
  tutors: { name: string; email: string }[];
};

export type QuotaSchool = {
  id: string;
  name: string;
  priorityEducation: Priority | null;
  enrolment3e: number | null;
};
/** `nominated`: pupils proposed that still hold a place (a refusal frees it). */
export type Quota = { school: QuotaSchool; quota: number; explanation: string; nominated?: number };
export type Quotas = {
  quotas: Quota[];
  total: number;
  /** Collèges left out, with the reason (no 3e enrolment). */
  excluded?: { school: QuotaSchool; reason: string }[];
  computedAt?: string | null;
};

export type Student = {
  id: string;
  /** Assumed: the school as a reference, like mentoring's young people. */
  school: Ref;
  firstName: string;
  lastName: string;
  gender: Gender;
  interests: JobFamily[];
  reason: string;
  guardianEmail?: string;
  authorisation: Authorisation;
  groupId?: string | null;
  conventionId?: string | null;
  conventionStatus?: string | null;
};

export type NominationInput = {
  schoolId: string;
  firstName: string;
  lastName: string;
  gender: Gender;
  interests: JobFamily[];
  reason: string;
  guardianEmail: string;
};

export type GroupStudent = { id: string; firstName: string; schoolName: string; gender: Gender };
export type Group = {
  id: string;
  number: number;
  students: GroupStudent[];
  score: number;
  explanation: string;
};
export type GroupsResult = { groups: Group[]; sizes?: number[]; warnings?: string[] };

/** Assumed: a pupil of a group on one host-day, with attendance when the tutor has marked it. */
export type PlanStudent = { id: string; firstName: string; schoolName: string; present?: boolean | null };
export type PlanGroup = { id: string; number: number; students?: PlanStudent[] };
export type PlanHostDay = {
  host: { id: string; name: string; jobFamily?: JobFamily };
  groups: PlanGroup[];
  tutors: Ref[];
};
/** `groups`: on a day spent together (citizenship, restitution), every group of the week. */
export type PlanDay = {
  dayIndex: number;
  date?: string;
  kind: DayKind;
  groups?: PlanGroup[];
  hosts: PlanHostDay[];
};
export type PlanWeek = { id: string; startDate: string; closedAt?: string | null; days: PlanDay[] };
export type Unplaced = { groupId: string; groupNumber?: number; reason: string };
/** GET /:id/plan: by week → day → host → groups, tutors. */
export type Plan = { weeks: PlanWeek[]; unplaced?: Unplaced[] };
export type PlanResult = { assignments: unknown[]; unplaced: Unplaced[]; warnings?: string[] };
export type PlanMove = { groupId: string; dayIndex: number; hostId: string };

export type AttendanceInput = { dayIndex: number; records: { studentId: string; present: boolean }[] };

/** The one-page figures for elected officials (GET /:id/summary). */
export type Summary = {
  weeks?: number;
  groups?: number;
  studentsHosted: number;
  studentsPresent?: number;
  schools: number;
  repPlusShare: number;
  girls: number;
  boys: number;
  otherGender?: number;
  services: number;
  mixedJobServices?: number;
  tutors?: number;
  /** Share of the attendance records marked present, null before any. */
  attendanceRate?: number | null;
  /** Mean of the 1–5 answers, null before any answer. */
  satisfaction: number | null;
  surveyAnswers?: number;
};

export type SchoolImportReport = {
  created: number;
  updated: number;
  unchanged: number;
  rejected: { line: number; field: string; message: string }[];
  outsideTerritory: number;
  duplicates: number;
  dryRun: boolean;
};

export type BookletDayContent = {
  seen: string;
  interviewedAgent: string;
  agentJob: string;
  activity: string;
  learned: string;
};
export type BookletAssessment = { assessment: string; jobProspects: string };
export type BookletPageId = `day-${number}` | 'assessment';

export type BookletDay = {
  dayIndex: number;
  kind: DayKind;
  /** Null before the week is planned. */
  date: string | null;
  /** `day-2`… for a service day, null for the days spent together. */
  page: BookletPageId | null;
  host: { name: string; jobFamily?: JobFamily; mixedJob?: boolean } | null;
  tutor?: { name: string } | null;
};

/** The booklet: week, group, days with host/job, pages; read by link or by the pupil's readers. */
export type Booklet = {
  tenantName?: string;
  programName?: string;
  student: { firstName: string; schoolName?: string };
  /** Null until the pupil's group has a week. */
  week: { id?: string; startDate: string; closedAt: string | null } | null;
  group: { number: number } | null;
  days: BookletDay[];
  pages: Partial<Record<string, Partial<BookletDayContent & BookletAssessment>>>;
  /** Planned and not closed: the pupil may write. */
  editable?: boolean;
  /** `extraQuestions`: a template's own questions, asked after the note and the comment. */
  survey?: { answered: boolean; extraQuestions?: ExtraQuestion[] };
};

export type GuardianRequest = {
  firstName: string;
  programName: string;
  schoolName: string;
  tenantName: string;
  /** Key → what the guardian agrees to, in French (shown; the answer covers them all). */
  scopes?: Record<string, string>;
  weekStart?: string | null;
  decision: 'given' | 'refused' | null;
};
