/** A weekly availability slot code (`mon_pm`, `wed_am`, `evening`…), see `SLOTS` in the catalogue. */
export type Slot = string;

export type ManagerApproval = 'not_needed' | 'pending' | 'approved' | 'refused';

export type MentorCandidate = {
  id: string;
  jobFamily: string;
  /** Shown in explanations when known ("métier : développeur"). */
  jobTitle?: string;
  skills: string[];
  communeCode: string | null;
  availability: Slot[];
  capacity: number;
  /** Young people the mentor already follows outside this run (locked pairs of the run come on top). */
  currentLoad: number;
  languages: string[];
  preferredLevels: string[];
  /** `YYYY-MM-DD`, last day the honorability check is valid; null when never checked. */
  honorabilityValidUntil: string | null;
  charterSigned: boolean;
  managerApproval: ManagerApproval;
};

export type MenteeCandidate = {
  id: string;
  level: string;
  /** Job families the young person is curious about. */
  interests: string[];
  communeCode: string | null;
  availability: Slot[];
  languages: string[];
  authorisationGiven: boolean;
};

export const CRITERIA = ['interests', 'distance', 'availability', 'preferences', 'language'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Non-negative; only their ratios matter (a score is normalised to 0..100). */
export type CriterionWeights = Record<Criterion, number>;

export type Coordinates = { lat: number; lon: number };

export type PairRef = { mentorId: string; menteeId: string };

export type MatchInput = {
  mentors: MentorCandidate[];
  mentees: MenteeCandidate[];
  weights: CriterionWeights;
  /** `YYYY-MM-DD`: honorability must still be valid on this day. */
  today: string;
  /** Commune code → centroid. */
  coordinates: Record<string, Coordinates>;
  /** Pairs farther apart are infeasible; also the distance at which the distance criterion reaches 0. */
  maxDistanceKm?: number;
  /** Kept whatever their score or constraints: a coordinator decided them. */
  locked: PairRef[];
  /** Never proposed. */
  rejected: PairRef[];
  /** Past this, the exact solver gives up and the greedy answer is returned. */
  budgetMs?: number;
  /**
   * Milliseconds clock, `Date.now` by default. Deployed on Cloudflare, timers only advance on I/O
   * (a Spectre mitigation), so there a budget cannot cut the synchronous solve short and the
   * Worker's CPU limit is the real bound; local workerd and Node clocks do advance.
   */
  now?: () => number;
};

export type BreakdownLine = {
  criterion: Criterion;
  weight: number;
  /** 0..1 */
  value: number;
  /** This criterion's share of the 0..100 score. */
  points: number;
  /** French, for the coordinator. */
  explanation: string;
};

export type ProposedPair = {
  mentorId: string;
  menteeId: string;
  /** 0..100, two decimals. */
  score: number;
  breakdown: BreakdownLine[];
  locked: boolean;
};

export type MatchResult = {
  pairs: ProposedPair[];
  unmatchedMentees: { menteeId: string; reasons: string[] }[];
  unmatchedMentors: { mentorId: string; reasons: string[] }[];
  /** Sum of the pairs' scores, locked ones included. */
  totalScore: number;
  method: 'exact' | 'greedy';
  timedOut: boolean;
  elapsedMs: number;
};
