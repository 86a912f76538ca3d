import { ErrorSummary } from '../../components/error-summary.tsx';
import { InputField } from '../../conventions/components/fields.tsx';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { mentoringApi } from '../api.ts';
import type { MyPair } from '../types.ts';

type Props = { tenantSlug: string; pair: MyPair; onSaved: (date: string) => void };

/** The date of the first meeting, which the coordination confirms to the school and the family. */
export function IntroduceForm({ tenantSlug, pair, onSaved }: Props) {
  const fieldId = (field: string) => `presentation-${pair.id}-${field}`;
  const form = useForm({ date: '' });
  const labels = { date: 'Date de la première rencontre' };

  const check = (): FieldErrors =>
    /^\d{4}-\d{2}-\d{2}$/.test(form.values.date)
      ? {}
      : { date: 'Indiquez la date de la première rencontre.' };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(check, async () => {
      await mentoringApi.introduce(tenantSlug, pair.id, form.values.date);
      onSaved(form.values.date);
    });
  };

  return (
    <form class="card card--inner" noValidate onSubmit={onSubmit} aria-labelledby={fieldId('titre')}>
      <h3 id={fieldId('titre')}>Fixer la première rencontre</h3>
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={form.errors}
        message={form.message}
        labels={labels}
        idFor={fieldId}
      />
      <InputField
        id={fieldId('date')}
        label={labels.date}
        hint="Convenue avec l’établissement ; elle a souvent lieu au collège ou au lycée, en présence d’un adulte."
        kind="date"
        required
        value={form.values.date}
        onValue={form.set('date')}
        error={form.errors.date}
      />
      <button type="submit" class="button" disabled={form.submitting}>
        Enregistrer la date
      </button>
    </form>
  );
}
