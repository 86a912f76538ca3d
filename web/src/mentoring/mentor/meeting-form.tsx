import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { choices, InputField, TextAreaField } from '../../conventions/components/fields.tsx';
import { todayIso } from '../../conventions/labels.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { mentoringApi } from '../api.ts';
import { NumberField, parseBounded } from '../components/number-field.tsx';
import { meetingKindLabels } from '../labels.ts';
import type { MeetingKind, MyPair } from '../types.ts';

const labels: Record<string, string> = {
  date: 'Date de la rencontre',
  durationMinutes: 'Durée',
  kind: 'Type de rencontre',
  note: 'Note pour la coordination',
};

type Props = { tenantSlug: string; pair: MyPair; onLogged: (date: string) => void };

/** A meeting, once held: when, how long, how. The note is for the coordination only. */
export function MeetingForm({ tenantSlug, pair, onLogged }: Props) {
  const fieldId = (field: string) => `rencontre-${pair.id}-${field}`;
  const form = useForm({ date: todayIso(), durationMinutes: '60', kind: 'in_person', note: '' });
  const { values, errors, set } = form;

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) found.date = 'Indiquez la date de la rencontre.';
    else if (values.date > todayIso()) found.date = 'Notez une rencontre une fois qu’elle a eu lieu.';
    if (parseBounded(values.durationMinutes, 5, 600) === null) {
      found.durationMinutes = 'Indiquez une durée entière entre 5 et 600 minutes.';
    }
    if (!values.kind) found.kind = 'Choisissez le type de rencontre.';
    return found;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(check, async () => {
      const note = values.note.trim();
      await mentoringApi.logMeeting(tenantSlug, pair.id, {
        date: values.date,
        durationMinutes: Number(values.durationMinutes.trim()),
        kind: values.kind as MeetingKind,
        ...(note ? { note } : {}),
      });
      form.setValues((previous) => ({ ...previous, note: '' }));
      onLogged(values.date);
    });
  };

  return (
    <form class="card card--inner" noValidate onSubmit={onSubmit} aria-labelledby={fieldId('titre')}>
      <h3 id={fieldId('titre')}>Noter une rencontre avec {pair.mentee.firstName}</h3>
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={errors}
        message={form.message}
        labels={labels}
        idFor={fieldId}
      />
      <div class="form-row">
        <InputField
          id={fieldId('date')}
          label={labels.date!}
          kind="date"
          required
          value={values.date}
          onValue={set('date')}
          error={errors.date}
        />
        <NumberField
          id={fieldId('durationMinutes')}
          label={labels.durationMinutes!}
          unit="minutes"
          required
          min={5}
          max={600}
          step={5}
          value={values.durationMinutes}
          onValue={set('durationMinutes')}
          error={errors.durationMinutes}
        />
      </div>
      <SelectField
        id={fieldId('kind')}
        label={labels.kind!}
        required
        options={choices(meetingKindLabels)}
        value={values.kind}
        onValue={set('kind')}
        error={errors.kind}
      />
      <TextAreaField
        id={fieldId('note')}
        label={labels.note!}
        hint="Visible uniquement par la coordination, jamais par le jeune ni sa famille. Quelques mots suffisent : ce que vous avez fait, une difficulté à signaler."
        rows={3}
        maxLength={500}
        value={values.note}
        onValue={set('note')}
        error={errors.note}
      />
      <button type="submit" class="button" disabled={form.submitting}>
        Noter la rencontre
      </button>
    </form>
  );
}
