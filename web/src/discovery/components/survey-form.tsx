import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary.tsx';
import {
  checkExtraAnswers,
  type ExtraQuestion,
  ExtraQuestionFields,
  emptyExtraAnswers,
  extraAnswerLabels,
  extraAnswersBody,
} from '../../components/extra-question-fields.tsx';
import { Notice } from '../../components/notice.tsx';
import { RadioGroup, TextAreaField } from '../../conventions/components/fields.tsx';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { discoveryPublicApi } from '../api.ts';

const satisfactionOptions = [
  { value: '5', label: '5 — Très satisfait·e' },
  { value: '4', label: '4 — Satisfait·e' },
  { value: '3', label: '3 — Moyennement' },
  { value: '2', label: '2 — Peu satisfait·e' },
  { value: '1', label: '1 — Pas du tout satisfait·e' },
];

type Props = {
  slug: string;
  token: string;
  /** The pupil is addressed as "tu", adults as "vous". */
  familiar: boolean;
  /** The form's own heading (an h2). */
  title: string;
  /** The program's template questions, asked after the note and the comment. */
  extraQuestions?: readonly ExtraQuestion[];
  onAnswered?: () => void;
};

/** The end-of-week survey: a mark from 1 to 5 and, if wished, a comment. Answered once. */
export function SurveyForm({ slug, token, familiar, title, extraQuestions = [], onAnswered }: Props) {
  const extra = extraQuestions;
  const form = useForm<Record<string, string>>({
    satisfaction: '',
    comment: '',
    ...emptyExtraAnswers(extra),
  });
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const { values, errors, set } = form;
  const fieldId = (field: string) => `avis-${field}`;
  const labels = {
    satisfaction: familiar ? 'Es-tu satisfait·e de ta semaine ?' : 'Êtes-vous satisfait·e de la semaine ?',
    comment: familiar ? 'Un mot pour l’équipe' : 'Un commentaire',
  };
  const summaryLabels = { ...labels, ...extraAnswerLabels(extra) };
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const check = (): FieldErrors => ({
    ...(values.satisfaction
      ? {}
      : { satisfaction: familiar ? 'Choisis une note de 1 à 5.' : 'Choisissez une note de 1 à 5.' }),
    ...checkExtraAnswers(extra, values),
  });

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    return form.submit(check, async () => {
      const comment = (values.comment ?? '').trim();
      await discoveryPublicApi.answerSurvey(slug, token, {
        satisfaction: Number(values.satisfaction),
        ...(comment ? { comment } : {}),
        ...(extra.length ? { extraAnswers: extraAnswersBody(extra, values) } : {}),
      });
      setDone(true);
      onAnswered?.();
    });
  };

  if (done) {
    return (
      <Notice tone="success" noticeRef={doneRef}>
        <strong>Merci : {familiar ? 'ton' : 'votre'} avis est enregistré.</strong>
      </Notice>
    );
  }
  return (
    <form class="card survey" noValidate onSubmit={onSubmit} aria-labelledby={fieldId('titre')}>
      <h2 id={fieldId('titre')}>{title}</h2>
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={errors}
        message={form.message}
        labels={summaryLabels}
        idFor={fieldId}
      />
      <RadioGroup
        id={fieldId('satisfaction')}
        legend={labels.satisfaction}
        options={satisfactionOptions}
        value={values.satisfaction ?? ''}
        onValue={set('satisfaction')}
        error={errors.satisfaction}
      />
      <TextAreaField
        id={fieldId('comment')}
        label={labels.comment}
        hint={
          familiar
            ? 'Ce qui t’a plu, ce qu’il faudrait changer.'
            : 'Ce qui a bien marché, ce qu’il faudrait améliorer.'
        }
        rows={3}
        maxLength={1000}
        value={values.comment ?? ''}
        onValue={set('comment')}
        error={errors.comment}
      />
      <ExtraQuestionFields questions={extra} idFor={fieldId} values={values} errors={errors} set={set} />
      <button type="submit" class="button" aria-disabled={form.submitting ? 'true' : undefined}>
        Envoyer mon avis
      </button>
    </form>
  );
}
