import * as z from 'zod/mini';
import { ExtraAnswersInput } from '../replication/extra-questions.ts';
import { DomainError } from '../shared/errors.ts';
import { PageQuery } from '../shared/pagination.ts';
import type { PairStatus } from './pair-lifecycle.ts';

const rating = (label: string) =>
  z
    .number(`${label} : une note de 1 à 5.`)
    .check(
      z.int(`${label} : une note entière.`),
      z.gte(1, `${label} : au moins 1.`),
      z.lte(5, `${label} : au plus 5.`),
    );

export const DEBRIEF_RESPONDENTS = ['mentor', 'mentee'] as const;
export type DebriefRespondent = (typeof DEBRIEF_RESPONDENTS)[number];

export const DEBRIEF_COMMENT_MAX = 1000;

/** The end-of-year debrief, the same short questions for the mentor and for the young person. */
export const DebriefInput = z.object({
  respondent: z.enum(DEBRIEF_RESPONDENTS, 'Répondant inconnu.'),
  satisfaction: rating('Satisfaction'),
  usefulness: rating('Utilité des rencontres'),
  wouldContinue: z.boolean('Indiquez si vous souhaitez continuer.'),
  comment: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(DEBRIEF_COMMENT_MAX, `Commentaire trop long (${DEBRIEF_COMMENT_MAX} caractères).`),
      ),
  ),
  /** Answers to the program's template questions, after the built-in ones (`extraQuestions`). */
  extraAnswers: ExtraAnswersInput,
});
export type DebriefInput = z.infer<typeof DebriefInput>;

/** A page of a program's debriefs, optionally only the pairs still waiting for one side's answer. */
export const DebriefListQuery = z.extend(PageQuery, {
  waiting: z.optional(z.enum(DEBRIEF_RESPONDENTS, 'Filtre inconnu : « mentor » ou « mentee ».')),
});
export type DebriefListQuery = z.infer<typeof DebriefListQuery>;

/** What is stored of one answer in `answers`: the built-in questions (extra answers have their column). */
export type DebriefAnswers = Omit<DebriefInput, 'respondent' | 'extraAnswers'>;

/**
 * A debrief looks back on a year of meetings: the pair must have met (active), or have ended after
 * meeting. A proposal, or a pair closed before its first meeting, has nothing to look back on.
 */
export function canDebrief(pair: { status: PairStatus | string; activatedAt: string | null }): boolean {
  return pair.status === 'active' || (pair.status === 'closed' && pair.activatedAt !== null);
}

export function assertCanDebrief(pair: { status: PairStatus | string; activatedAt: string | null }): void {
  if (canDebrief(pair)) return;
  throw new DomainError({
    code: 'CONFLICT',
    message: 'Le bilan de fin d’année se remplit une fois le binôme actif, après les premières rencontres.',
  });
}

/** A second answer is refused: answers feed the indicators and are kept as given, never rewritten. */
export function alreadyAnswered(respondent: DebriefRespondent): DomainError {
  return new DomainError({
    code: 'CONFLICT',
    message:
      respondent === 'mentor'
        ? 'Vous avez déjà répondu à ce bilan : votre réponse est enregistrée et ne se modifie plus.'
        : 'Les réponses du jeune à ce bilan sont déjà enregistrées.',
  });
}

type Rated = Pick<DebriefAnswers, 'satisfaction' | 'usefulness' | 'wouldContinue'>;

export type DebriefFigures = {
  answers: number;
  /** Averages out of 5, one decimal; null without answers. */
  satisfaction: number | null;
  usefulness: number | null;
  /** Share of answers wishing to continue, a whole percentage; null without answers. */
  wouldContinuePercent: number | null;
};

export type DebriefSummary = DebriefFigures & {
  /** Pairs that can be debriefed (active, or closed after meeting). */
  pairs: number;
  byRespondent: Record<DebriefRespondent, DebriefFigures>;
};

function figures(answers: readonly Rated[]): DebriefFigures {
  const n = answers.length;
  const mean = (pick: (a: Rated) => number) =>
    n ? Math.round((answers.reduce((sum, a) => sum + pick(a), 0) / n) * 10) / 10 : null;
  return {
    answers: n,
    satisfaction: mean((a) => a.satisfaction),
    usefulness: mean((a) => a.usefulness),
    wouldContinuePercent: n ? Math.round((answers.filter((a) => a.wouldContinue).length / n) * 100) : null,
  };
}

/** The program's figures: how many answered, mean ratings, and who wishes to go on — overall and by side. */
export function summariseDebriefs(input: {
  pairs: number;
  answers: readonly (Rated & { respondent: DebriefRespondent })[];
}): DebriefSummary {
  return {
    pairs: input.pairs,
    ...figures(input.answers),
    byRespondent: {
      mentor: figures(input.answers.filter((a) => a.respondent === 'mentor')),
      mentee: figures(input.answers.filter((a) => a.respondent === 'mentee')),
    },
  };
}

/** Reads a stored answer defensively: rows written before a rule changed still read as numbers or null. */
export function readDebriefAnswers(stored: unknown): DebriefAnswers | null {
  const parsed = DebriefInput.safeParse({ respondent: 'mentor', ...(stored as object) });
  if (!parsed.success) return null;
  const { respondent: _, extraAnswers: _extra, ...answers } = parsed.data;
  return answers;
}
