// The end-of-year debrief's part of docs/api-mentoring.md (re-exported by types.ts).
import type { ExtraAnswer, ExtraQuestion } from '../components/extra-question-fields.tsx';
import type { PairStatus, SchoolLevel } from './types.ts';

export type DebriefRespondent = 'mentor' | 'mentee';

export type DebriefInput = {
  respondent: DebriefRespondent;
  satisfaction: number;
  usefulness: number;
  wouldContinue: boolean;
  comment?: string;
  extraAnswers?: { label: string; answer: number | boolean | string }[];
};

/** One side's answer as stored; `comment` is for the coordination only and absent from a school's view. */
export type DebriefAnswer = {
  satisfaction: number;
  usefulness: number;
  wouldContinue: boolean;
  comment?: string | null;
  /** Answers to the template's own questions, as they were asked (a school sees no written one). */
  extraAnswers?: ExtraAnswer[];
  submittedAt: string;
};

export type DebriefFigures = {
  answers: number;
  satisfaction: number | null;
  usefulness: number | null;
  wouldContinuePercent: number | null;
};

export type DebriefSummary = DebriefFigures & {
  pairs: number;
  byRespondent: Record<DebriefRespondent, DebriefFigures>;
};

export type DebriefSides = Record<DebriefRespondent, DebriefAnswer | null>;

/** GET …/programs/:id/debriefs: one pair with each side's answer. */
export type PairDebriefs = {
  id: string;
  status: PairStatus;
  closeOutcome: 'completed' | 'stopped' | null;
  mentor: { id: string; name: string; organizationName: string };
  youngPerson: { id: string; firstName: string; level: SchoolLevel; schoolName: string };
  debriefs: DebriefSides;
};

/** GET …/programs/:id/school-debriefs: a pupil's ratings, without comments nor the mentor. */
export type SchoolPairDebriefs = {
  pairId: string;
  status: PairStatus;
  youngPerson: { firstName: string; level: SchoolLevel; schoolName: string };
  debriefs: DebriefSides;
};

export type DebriefBoard<T> = {
  summary: DebriefSummary;
  /** The template's questions the program asks after the built-in ones (coordinator's board). */
  extraQuestions?: ExtraQuestion[];
  items: T[];
  page: number;
  pageSize: number;
  total: number;
};
