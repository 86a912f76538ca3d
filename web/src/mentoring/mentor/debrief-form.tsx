import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import {
  checkExtraAnswers,
  ExtraQuestionFields,
  emptyExtraAnswers,
  extraAnswerLabels,
  extraAnswersBody,
} from '../../components/extra-question-fields.tsx';
import { formatDay } from '../../conventions/labels.ts';
import { useForm } from '../../lib/use-form.ts';
import { mentoringApi } from '../api.ts';
import { DebriefAnswerFacts } from '../components/debrief-answer.tsx';
import {
  checkDebrief,
  DebriefFields,
  type DebriefValues,
  debriefBody,
  debriefFieldLabels,
  emptyDebrief,
  mentorWording,
} from '../components/debrief-fields.tsx';
import type { MyPair } from '../types.ts';

type Announce = (text: string, tone?: 'success' | 'error') => void;
type Props = { tenantSlug: string; pair: MyPair; done: Announce };

function DebriefForm({ tenantSlug, pair, done }: Props) {
  const fieldId = (field: string) => `bilan-${pair.id}-${field}`;
  const extra = pair.extraQuestions ?? [];
  const form = useForm<DebriefValues & Record<string, string>>({
    ...emptyDebrief,
    ...emptyExtraAnswers(extra),
  });

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      () => ({ ...checkDebrief(form.values), ...checkExtraAnswers(extra, form.values) }),
      async () => {
        try {
          await mentoringApi.submitDebrief(tenantSlug, pair.id, {
            ...debriefBody('mentor', form.values),
            ...(extra.length ? { extraAnswers: extraAnswersBody(extra, form.values) } : {}),
          });
        } catch (error) {
          // Already answered (another tab, a double click): show the answer kept, and say so.
          if ((error as ApiError).status === 409) return done((error as ApiError).message, 'error');
          throw error;
        }
        done(`Merci : votre bilan de l’accompagnement de ${pair.mentee.firstName} est enregistré.`);
      },
    );
  };

  return (
    <form class="card card--inner" noValidate onSubmit={onSubmit} aria-labelledby={fieldId('titre')}>
      <h3 id={fieldId('titre')} tabIndex={-1}>
        Bilan de fin d’année avec {pair.mentee.firstName}
      </h3>
      <p>
        {extra.length ? 'Quelques' : 'Quatre'} questions sur l’année écoulée. La coordination s’en sert pour
        préparer l’an prochain ; une fois envoyé, le bilan ne se modifie plus.
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
        wording={mentorWording}
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
      <button type="submit" class="button" disabled={form.submitting}>
        Envoyer mon bilan
      </button>
    </form>
  );
}

/**
 * The mentor's end-of-year debrief of one pair: the form until answered, then the answer as given.
 * A living pair keeps it folded behind a button (the year is not over); a closed one shows it.
 */
export function DebriefSection({ tenantSlug, pair, done }: Props) {
  const open = pair.canDebrief ?? (pair.status === 'active' || pair.status === 'closed');
  const [unfolded, setUnfolded] = useState(pair.status === 'closed');
  if (!open) return null;
  const headingId = `bilan-${pair.id}-donne`;

  if (pair.debrief) {
    return (
      <section class="card card--inner" aria-labelledby={headingId}>
        <h3 id={headingId}>Votre bilan de fin d’année</h3>
        <p>
          Envoyé le {formatDay(pair.debrief.submittedAt.slice(0, 10))}. Merci ! Pour ajouter quelque chose,
          écrivez à la coordination du programme.
        </p>
        <DebriefAnswerFacts answer={pair.debrief} />
      </section>
    );
  }
  if (!unfolded) {
    return (
      <p>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            setUnfolded(true);
            requestAnimationFrame(() => document.getElementById(`bilan-${pair.id}-titre`)?.focus());
          }}
        >
          Remplir le bilan de fin d’année<span class="visually-hidden"> avec {pair.mentee.firstName}</span>
        </button>
      </p>
    );
  }
  return <DebriefForm tenantSlug={tenantSlug} pair={pair} done={done} />;
}
