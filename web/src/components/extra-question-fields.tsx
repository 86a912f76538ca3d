import { Fragment } from 'preact';
import { RadioGroup } from '../conventions/components/fields.tsx';
import type { FieldErrors } from '../lib/use-form.ts';
import { CommentField } from '../mentoring/components/comment-field.tsx';

// A program adopted from a national template asks the template's own questions after the
// built-in ones (the server's `extraQuestions`, packages/domain replication/extra-questions.ts).
// Each one is optional; its answer is sent with its label, its errors come back as
// `extraAnswers.<index>`, the same key the form uses for its value.

export type ExtraQuestion = { label: string; kind: 'scale' | 'yes_no' | 'text' };
export type ExtraAnswer = ExtraQuestion & { answer: number | boolean | string };

/** The server's limit for a written answer. */
export const EXTRA_TEXT_MAX = 1000;

export const extraField = (index: number) => `extraAnswers.${index}`;

export const emptyExtraAnswers = (questions: readonly ExtraQuestion[]): Record<string, string> =>
  Object.fromEntries(questions.map((_, i) => [extraField(i), '']));

/** Field key → the question, for the error summary. */
export const extraAnswerLabels = (questions: readonly ExtraQuestion[]): Record<string, string> =>
  Object.fromEntries(questions.map((q, i) => [extraField(i), q.label]));

export function checkExtraAnswers(questions: readonly ExtraQuestion[], values: Record<string, string>) {
  const found: FieldErrors = {};
  questions.forEach((q, i) => {
    if (q.kind === 'text' && (values[extraField(i)] ?? '').trim().length > EXTRA_TEXT_MAX)
      found[extraField(i)] = `${EXTRA_TEXT_MAX} caractères au plus.`;
  });
  return found;
}

/** The answers given, as the API takes them; an unanswered question is left out. */
export function extraAnswersBody(questions: readonly ExtraQuestion[], values: Record<string, string>) {
  return questions.flatMap((q, i) => {
    const raw = (values[extraField(i)] ?? '').trim();
    if (!raw) return [];
    const answer = q.kind === 'scale' ? Number(raw) : q.kind === 'yes_no' ? raw === 'oui' : raw;
    return [{ label: q.label, answer }];
  });
}

const scale = ['1', '2', '3', '4', '5'].map((value) => ({
  value,
  label: value === '1' ? '1 — le moins' : value === '5' ? '5 — le plus' : value,
}));
const yesNo = [
  { value: 'oui', label: 'Oui' },
  { value: 'non', label: 'Non' },
];
const optional = <span class="optional"> (facultatif)</span>;

type Props = {
  questions: readonly ExtraQuestion[];
  idFor: (field: string) => string;
  values: Record<string, string>;
  errors: FieldErrors;
  set: (field: string) => (value: string) => void;
};

/** The template's questions, after the built-in ones: a note from 1 to 5, yes or no, or a text. */
export function ExtraQuestionFields({ questions, idFor, values, errors, set }: Props) {
  if (!questions.length) return null;
  return (
    <>
      {questions.map((q, i) => {
        const field = extraField(i);
        const id = idFor(field);
        return (
          <Fragment key={`${i}-${q.label}`}>
            {q.kind === 'text' ? (
              <CommentField
                id={id}
                label={q.label}
                max={EXTRA_TEXT_MAX}
                value={values[field] ?? ''}
                onValue={set(field)}
                error={errors[field]}
              />
            ) : (
              <RadioGroup
                id={id}
                legend={
                  <>
                    {q.label}
                    {optional}
                  </>
                }
                options={q.kind === 'scale' ? scale : yesNo}
                inline
                value={values[field] ?? ''}
                onValue={set(field)}
                error={errors[field]}
              />
            )}
          </Fragment>
        );
      })}
    </>
  );
}

/** A stored answer written out: "Oui"/"Non", "4 / 5", or the text. */
export const extraAnswerText = (a: ExtraAnswer) =>
  typeof a.answer === 'boolean'
    ? a.answer
      ? 'Oui'
      : 'Non'
    : a.kind === 'scale'
      ? `${a.answer} / 5`
      : a.answer;
