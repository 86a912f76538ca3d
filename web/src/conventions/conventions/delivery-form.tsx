import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { conventionsApi } from '../api.ts';
import { InputField } from '../components/fields.tsx';
import { commitmentLabels, formatDay } from '../labels.ts';
import type { CommitmentType, ConventionYear } from '../types.ts';

const labels: Record<string, string> = {
  type: 'Engagement',
  year: 'Année de la convention',
  quantity: 'Quantité réalisée',
  note: 'Précision',
};
const fieldId = (field: string) => `realisation-${field}`;

type Props = {
  tenantSlug: string;
  conventionId: string;
  types: CommitmentType[];
  years: ConventionYear[];
  currentYear: number | undefined;
  onSaved: (message: string) => void;
};

/** A hand entry in the ledger: what was delivered outside the actions run through Passerelle. */
export function DeliveryForm({ tenantSlug, conventionId, types, years, currentYear, onSaved }: Props) {
  const form = useForm({
    type: types[0] ?? '',
    year: String(currentYear ?? years[0]?.index ?? ''),
    quantity: '',
    note: '',
  });
  const { values, errors } = form;

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!values.type) found.type = 'Choisissez l’engagement.';
    if (!values.year) found.year = 'Choisissez l’année.';
    if (!/^\d+$/.test(values.quantity.trim())) found.quantity = 'Indiquez un nombre entier, 0 ou plus.';
    return found;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(check, async () => {
      const note = values.note.trim();
      const quantity = Number(values.quantity.trim());
      await conventionsApi.addDelivery(tenantSlug, conventionId, {
        type: values.type as CommitmentType,
        year: Number(values.year),
        quantity,
        ...(note ? { note } : {}),
      });
      form.setValues((previous) => ({ ...previous, quantity: '', note: '' }));
      onSaved(
        `Réalisation enregistrée : ${quantity} pour « ${commitmentLabels[values.type as CommitmentType]} », année ${values.year}.`,
      );
    });
  };

  return (
    <form class="card" onSubmit={onSubmit} noValidate aria-labelledby="realisation-titre">
      <h3 id="realisation-titre">Saisir une réalisation</h3>
      <p class="hint">
        Les actions tenues dans Passerelle sont comptées d’elles-mêmes. Saisissez ici ce qui a été fait en
        dehors : mentors engagés, places de stage pourvues, heures de mentorat…
      </p>
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={errors}
        message={form.message}
        labels={labels}
        idFor={fieldId}
      />
      <div class="form-row">
        <SelectField
          id={fieldId('type')}
          label={labels.type!}
          required
          options={types.map((type) => ({ value: type, label: commitmentLabels[type] ?? type }))}
          value={values.type}
          onValue={form.set('type')}
          error={errors.type}
        />
        <SelectField
          id={fieldId('year')}
          label={labels.year!}
          required
          options={years.map((year) => ({
            value: String(year.index),
            label: `Année ${year.index} (${formatDay(year.from)} – ${formatDay(year.to)})`,
          }))}
          value={values.year}
          onValue={form.set('year')}
          error={errors.year}
        />
        <InputField
          id={fieldId('quantity')}
          label={labels.quantity!}
          kind="integer"
          required
          value={values.quantity}
          onValue={form.set('quantity')}
          error={errors.quantity}
        />
      </div>
      <InputField
        id={fieldId('note')}
        label={labels.note!}
        hint="Par exemple : « 3 mentors formés en mars »."
        maxLength={300}
        value={values.note}
        onValue={form.set('note')}
        error={errors.note}
      />
      <button type="submit" class="button" disabled={form.submitting}>
        Enregistrer la réalisation
      </button>
    </form>
  );
}
