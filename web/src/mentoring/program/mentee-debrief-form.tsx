import { useEffect } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary.tsx';
import {
  checkExtraAnswers,
  type ExtraQuestion,
  ExtraQuestionFields,
  emptyExtraAnswers,
  extraAnswerLabels,
  extraAnswersBody,
} from '../../components/extra-question-fields.tsx';
import { useForm } from '../../lib/use-form.ts';
import { mentoringApi } from '../api.ts';
import {
  checkDebrief,
  DebriefFields,
  type DebriefValues,
  debriefBody,
  debriefFieldLabels,
  emptyDebrief,
  menteeWording,
} from '../components/debrief-fields.tsx';
import { schoolLevelLabels } from '../labels.ts';
import type { PairDebriefs } from '../types.ts';

type Props = {
  tenantSlug: string;
  pair: PairDebriefs;
  /** The program's template questions, asked after the built-in ones. */
  extraQuestions?: readonly ExtraQuestion[];
  onSaved: (pair: PairDebriefs) => void;
  onCancel: () => void;
};

/**
 * The coordination types a young person's answers from the paper questionnaire filled in with the
 * school: young people have no account, so this is how their side of the debrief reaches the program.
 */
export function MenteeDebriefForm({ tenantSlug, pair, extraQuestions = [], onSaved, onCancel }: Props) {
  const { firstName } = pair.youngPerson;
  const fieldId = (field: string) => `bilan-jeune-${field}`;
  const extra = extraQuestions;
  const form = useForm<DebriefValues & Record<string, string>>({
    ...emptyDebrief,
    ...emptyExtraAnswers(extra),
  });
  useEffect(() => document.getElementById(fieldId('titre'))?.focus(), [pair.id]);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      () => ({ ...checkDebrief(form.values), ...checkExtraAnswers(extra, form.values) }),
      async () => {
        await mentoringApi.submitDebrief(tenantSlug, pair.id, {
          ...debriefBody('mentee', form.values),
          ...(extra.length ? { extraAnswers: extraAnswersBody(extra, form.values) } : {}),
        });
        onSaved(pair);
      },
    );
  };

  return (
    <form class="card card--inner" noValidate onSubmit={onSubmit} aria-labelledby={fieldId('titre')}>
      <h3 id={fieldId('titre')} tabIndex={-1}>
        Réponses de {firstName} au questionnaire papier
      </h3>
      <p>
        {firstName} ({schoolLevelLabels[pair.youngPerson.level] ?? pair.youngPerson.level},{' '}
        {pair.youngPerson.schoolName}), accompagné·e par {pair.mentor.name}. Recopiez les réponses telles que{' '}
        {firstName} les a données sur le questionnaire rempli avec l’établissement : les jeunes n’ont pas de
        compte. Une fois enregistrées, elles ne se modifient plus.
      </p>
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={form.errors}
        message={form.message}
        labels={{ ...debriefFieldLabels, ...extraAnswerLabels(extra) }}
        idFor={fieldId}
      />
      <DebriefFields
        idFor={fieldId}
        wording={menteeWording(firstName)}
        values={form.values}
        errors={form.errors}
        set={form.set}
      />
      <ExtraQuestionFields
        questions={extra}
        idFor={fieldId}
        values={form.values}
        errors={form.errors}
        set={form.set}
      />
      <div class="actions">
        <button type="submit" class="button" disabled={form.submitting}>
          Enregistrer les réponses de {firstName}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
