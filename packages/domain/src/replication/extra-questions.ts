import * as z from 'zod/mini';
import { DomainError, type FieldErrors } from '../shared/errors.ts';

// A program adopted from a template asks the template's own questions after the product's
// built-in ones. The built-in questions stay first and unchanged: their answers are structured
// (ratings, yes/no) and feed the shared indicators. Whatever else the template carries is an
// "extra question", answered freely and kept with the label and kind it was asked with, so a later
// version that rewords or drops a question never re-labels an old answer.

export const EXTRA_QUESTION_KINDS = ['scale', 'yes_no', 'text'] as const;
export type ExtraQuestionKind = (typeof EXTRA_QUESTION_KINDS)[number];
export type ExtraQuestion = { label: string; kind: ExtraQuestionKind };
export type ExtraAnswerValue = number | boolean | string;
/** One stored answer: the question as it was asked, and the answer. */
export type ExtraAnswer = ExtraQuestion & { answer: ExtraAnswerValue };

export const EXTRA_TEXT_MAX = 1000;

/** A label compared loosely: case, accents, apostrophes, spacing and final punctuation aside. */
export function foldQuestionLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/·/g, '.')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s?!.:;]+$/, '')
    .trim();
}

/**
 * The questions a program asks after the built-in ones: its template's questions that are not
 * built in (compared by folded label), in the template's order, each once. A program that was not
 * adopted from a template (`questions` null) has none.
 */
export function extraQuestions(
  questions: readonly ExtraQuestion[] | null | undefined,
  builtIn: readonly { label: string }[],
): ExtraQuestion[] {
  if (!questions) return [];
  const seen = new Set(builtIn.map((q) => foldQuestionLabel(q.label)));
  const extra: ExtraQuestion[] = [];
  for (const q of questions) {
    const folded = foldQuestionLabel(q.label);
    if (!folded || seen.has(folded) || !EXTRA_QUESTION_KINDS.includes(q.kind)) continue;
    seen.add(folded);
    extra.push({ label: q.label, kind: q.kind });
  }
  return extra;
}

/** What a form sends: the question's label and the answer. */
export const ExtraAnswersInput = z.optional(
  z
    .array(
      z.object({
        label: z.string('Question : un libellé.'),
        answer: z.union([z.number(), z.boolean(), z.string(), z.null()]),
      }),
      'Réponses complémentaires : une liste.',
    )
    .check(z.maxLength(40, 'Au plus 40 réponses complémentaires.')),
);
export type ExtraAnswersInput = z.infer<typeof ExtraAnswersInput>;

/** The field key of an extra question's error, by its position among the extra questions. */
export function extraAnswerField(index: number): string {
  return `extraAnswers.${index}`;
}

/**
 * Checks the answers against the questions asked and returns them as stored. Every extra question
 * is optional: an empty or missing answer is left out. A scale is a whole number from 1 to 5, a
 * yes/no a boolean, a text at most 1 000 characters once trimmed. An answer to a question the
 * program does not ask, or twice to the same one, is refused naming it (422).
 */
export function validateExtraAnswers(
  questions: readonly ExtraQuestion[],
  answers: ExtraAnswersInput | null,
): ExtraAnswer[] {
  const fields: FieldErrors = {};
  const byLabel = new Map(questions.map((q, i) => [foldQuestionLabel(q.label), i] as const));
  const given = new Map<number, ExtraAnswerValue>();
  for (const a of answers ?? []) {
    const index = byLabel.get(foldQuestionLabel(a.label));
    if (index === undefined) {
      fields.extraAnswers = `Question inconnue pour ce programme : « ${a.label} ».`;
      continue;
    }
    const q = questions[index]!;
    const field = extraAnswerField(index);
    if (given.has(index)) {
      fields[field] = `${q.label} : une seule réponse.`;
      continue;
    }
    const value = a.answer;
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    if (q.kind === 'scale') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5)
        fields[field] = `${q.label} : une note entière de 1 à 5.`;
      else given.set(index, value);
    } else if (q.kind === 'yes_no') {
      if (typeof value !== 'boolean') fields[field] = `${q.label} : répondez par oui ou par non.`;
      else given.set(index, value);
    } else if (typeof value !== 'string') {
      fields[field] = `${q.label} : une réponse écrite.`;
    } else if (value.trim().length > EXTRA_TEXT_MAX) {
      fields[field] = `${q.label} : ${EXTRA_TEXT_MAX} caractères au plus.`;
    } else {
      given.set(index, value.trim());
    }
  }
  const errors = Object.values(fields);
  if (errors.length) {
    throw new DomainError({
      code: 'VALIDATION',
      message: errors.length === 1 ? errors[0]! : 'Certaines réponses complémentaires sont à corriger.',
      fields,
    });
  }
  return questions.flatMap((q, i) =>
    given.has(i) ? [{ label: q.label, kind: q.kind, answer: given.get(i)! }] : [],
  );
}

/** Reads stored answers defensively: anything that is not a well-formed answer is skipped. */
export function readExtraAnswers(stored: unknown): ExtraAnswer[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (a): a is ExtraAnswer =>
      !!a &&
      typeof a === 'object' &&
      typeof (a as ExtraAnswer).label === 'string' &&
      EXTRA_QUESTION_KINDS.includes((a as ExtraAnswer).kind) &&
      ['number', 'boolean', 'string'].includes(typeof (a as ExtraAnswer).answer),
  );
}

/** Column labels for a spreadsheet: every question label seen, in order of first appearance. */
export function extraAnswerColumns(rows: readonly (readonly ExtraAnswer[])[]): string[] {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const answers of rows)
    for (const a of answers) {
      if (seen.has(a.label)) continue;
      seen.add(a.label);
      columns.push(a.label);
    }
  return columns;
}

/** An answer as a spreadsheet cell: "Oui"/"Non", the note, the text; empty when not answered. */
export function extraAnswerCell(answers: readonly ExtraAnswer[], label: string): string | number {
  const found = answers.find((a) => a.label === label);
  if (!found) return '';
  if (typeof found.answer === 'boolean') return found.answer ? 'Oui' : 'Non';
  return found.answer;
}
