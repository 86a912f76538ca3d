// Mirrors docs/api-mentoring.md. Keep in step with the contract, not with the server's internals.
import type { Tenant } from '../api/types.ts';
import type { ExtraQuestion } from '../components/extra-question-fields.tsx';
import type { DebriefAnswer } from './debrief-types.ts';

export type * from './debrief-types.ts';

export type SchoolLevel = '6e' | '5e' | '4e' | '3e' | '2nde' | '1re' | 'terminale' | 'cap' | 'bac_pro';
export type JobFamily =
  | 'numerique'
  | 'sante'
  | 'industrie'
  | 'btp'
  | 'commerce'
  | 'administration'
  | 'education'
  | 'environnement'
  | 'culture'
  | 'transport'
  | 'finance'
  | 'droit'
  | 'hotellerie'
  | 'sport';
export type Slot = 'mon_pm' | 'tue_pm' | 'wed_am' | 'wed_pm' | 'thu_pm' | 'fri_pm' | 'sat_am' | 'evening';
export type NominationReason =
  | 'no_network'
  | 'orientation'
  | 'remobilisation'
  | 'confidence'
  | 'internship_search'
  | 'other';
export type MeetingKind = 'in_person' | 'video' | 'phone' | 'workplace_visit';
export type Criterion = 'interests' | 'distance' | 'availability' | 'preferences' | 'language';
export type PairStatus = 'proposed' | 'accepted' | 'introduced' | 'active' | 'closed';
export type ManagerApproval = 'not_needed' | 'pending' | 'approved' | 'refused';
export type Authorisation = 'pending' | 'given' | 'refused';
export type Relationship = 'mere' | 'pere' | 'tuteur' | 'autre';
export type GuardianScope = 'share_profile' | 'meetings' | 'contact';

export type Ref = { id: string; name: string };

/** The caller's own organizations come with GET /api/t/:tenant (a school, a partner's company). */
export type TenantWithOrganizations = Tenant & { organizations?: (Ref & { kind?: string })[] };

export type EligibilityRules = {
  mode: 'any' | 'all';
  scholarship: boolean;
  priorityEducation: boolean;
  priorityNeighbourhood: boolean;
  custom: string[];
};

export type Weights = Record<Criterion, number>;

export type Program = {
  id: string;
  name: string;
  audienceLevels: SchoolLevel[];
  eligibility: EligibilityRules;
  season: string;
  durationMonths: number;
  defaultCapacity: number;
  weights: Weights;
  maxDistanceKm: number | null;
  operator: Ref | null;
  agentHoursAllowance: number;
  noMeetingReminderWeeks: number;
  status: 'active' | 'archived';
  /** For tenant_admin only. */
  counts?: {
    mentors: number;
    youngPeople: number;
    authorised: number;
    pairsByStatus: Partial<Record<PairStatus, number>>;
  };
};

export type ProgramInput = {
  name: string;
  audienceLevels: SchoolLevel[];
  eligibility: EligibilityRules;
  season: string;
  durationMonths: number;
  defaultCapacity: number;
  weights: Weights;
  maxDistanceKm?: number;
  operatorOrganizationId?: string;
  agentHoursAllowance: number;
  noMeetingReminderWeeks: number;
};

export type Honorability = { verified: boolean; checkedOn: string; expiresOn: string; verifiedBy: string };

export type Mentor = {
  id: string;
  programId: string;
  firstName: string;
  lastName: string;
  email: string;
  organization: Ref;
  conventionId: string | null;
  jobFamily: JobFamily;
  jobTitle: string;
  skills: string[];
  communeCode: string | null;
  availability: Slot[];
  capacity: number;
  languages: string[];
  preferredLevels: SchoolLevel[];
  onWorkTime: boolean;
  managerEmail: string | null;
  managerApproval: ManagerApproval;
  hoursAllowance: number;
  honorability: Honorability | null;
  honorabilityValid: boolean;
  charterSignedAt: string | null;
  load: number;
  status: string;
};

export type MentorInput = {
  firstName: string;
  lastName: string;
  email: string;
  organizationId: string;
  jobFamily: JobFamily;
  jobTitle: string;
  skills?: string[];
  communeCode?: string;
  availability: Slot[];
  capacity?: number;
  languages: string[];
  preferredLevels: SchoolLevel[];
  onWorkTime: boolean;
  managerEmail?: string;
};

export type EligibilityReason = { rule: string; met: boolean; explanation: string };
export type Duplicate = { programName: string; since: string };

export type YoungPerson = {
  id: string;
  programId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  level: SchoolLevel;
  school: Ref;
  communeCode: string | null;
  interests: JobFamily[];
  availability: Slot[];
  languages: string[];
  reason: NominationReason;
  reasonDetail: string | null;
  scholarship: boolean;
  priorityNeighbourhood: boolean;
  eligible: boolean;
  eligibility: { eligible: boolean; reasons: EligibilityReason[] };
  authorisation: Authorisation;
  guardianEmail: string;
  pairStatus: PairStatus | null;
  /** Not in the contract's YoungPerson: only the nomination answer carries the duplicates. */
  duplicates?: Duplicate[];
};

export type NominationInput = {
  firstName: string;
  lastName: string;
  birthDate: string;
  level: SchoolLevel;
  schoolId: string;
  communeCode?: string;
  interests: JobFamily[];
  availability: Slot[];
  languages: string[];
  reason: NominationReason;
  reasonDetail?: string;
  scholarship: boolean;
  priorityNeighbourhood: boolean;
  customCriteria: string[];
  guardianEmail: string;
};

export type Nominated = { youngPerson: YoungPerson; duplicates: Duplicate[] };

export type BreakdownLine = {
  criterion: Criterion | string;
  weight: number;
  value: number;
  points: number;
  explanation: string;
};

export type PairView = {
  id: string;
  status: PairStatus;
  locked: boolean;
  score: number;
  breakdown: BreakdownLine[];
  mentor: { id: string; name: string; organizationName: string; jobTitle: string };
  youngPerson: { id: string; firstName: string; level: SchoolLevel; schoolName: string };
  proposedAt: string | null;
  acceptedAt: string | null;
  introducedAt?: string | null;
  activatedAt: string | null;
  closedAt: string | null;
  closeOutcome: 'completed' | 'stopped' | null;
  closeReason: string | null;
  /** Not in the contract's PairView: shown when the server sends it. */
  meetings?: number;
};

export type MatchRun = {
  run: { id: string; method: 'exact' | 'greedy'; timedOut: boolean; elapsedMs: number; totalScore: number };
  proposals: PairView[];
  unmatchedYoungPeople: { id: string; firstName: string; reasons: string[] }[];
  unmatchedMentors: { id: string; name: string; reasons: string[] }[];
};

/** The last run as recorded, found again after a reload: counts and reasons, not the proposals. */
export type LatestMatchRun = Pick<MatchRun, 'unmatchedYoungPeople' | 'unmatchedMentors'> & {
  run: MatchRun['run'] & { createdAt: string };
  proposals: number;
};

export type AgentHours = { mentor: Ref; allowanceHours: number; usedMinutes: number };

export type MeetingInput = { date: string; durationMinutes: number; kind: MeetingKind; note?: string };

export type Meeting = {
  id: string;
  date: string;
  durationMinutes: number;
  kind: MeetingKind;
  note?: string | null;
};

export type Mentee = {
  firstName: string;
  level: SchoolLevel;
  schoolName: string;
  interests: JobFamily[];
  communeCode: string | null;
};

export type MyPair = {
  id: string;
  status: PairStatus;
  programName: string;
  mentee: Mentee;
  meetings: number;
  lastMeeting: string | null;
  /** Active, or closed after meeting: the end-of-year debrief is open. */
  canDebrief?: boolean;
  /** The mentor's own answer, once given. */
  debrief?: DebriefAnswer | null;
  /** The program's template questions, asked after the built-in ones. */
  extraQuestions?: ExtraQuestion[];
};

/** The contract says `Mentor[]`; the server sends this summary, with the program's name. */
export type MyMentorProfile = Pick<
  Mentor,
  | 'id'
  | 'programId'
  | 'charterSignedAt'
  | 'onWorkTime'
  | 'managerApproval'
  | 'hoursAllowance'
  | 'honorabilityValid'
> & { programName?: string };

export type MyMentoring = {
  mentors: MyMentorProfile[];
  pairs: MyPair[];
  /** Null for a mentor who is not an agent on work time. */
  hours: { allowanceHours: number; usedMinutes: number } | null;
};

export type GuardianRequest = {
  firstName: string;
  programName: string;
  schoolName: string;
  tenantName: string;
  scopes: Record<GuardianScope, string>;
  decision: 'given' | 'refused' | null;
};

export type GuardianAuthorisationInput = {
  guardianName: string;
  relationship: Relationship;
  scope: GuardianScope[];
  consent: true;
};

export type ApprovalRequest = {
  mentorName: string;
  programName: string;
  tenantName: string;
  hoursAllowance: number;
};
