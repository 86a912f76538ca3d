import { useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { TextField } from '../../components/field.tsx';
import { InputField } from '../../conventions/components/fields.tsx';
import { bindForm } from '../../lib/bind-form.ts';
import { useForm } from '../../lib/use-form.ts';
import { NumberField } from '../../mentoring/components/number-field.tsx';
import { discoveryApi } from '../api.ts';
import { DateList } from '../components/date-list.tsx';
import type { Program } from '../types.ts';
import {
  checkProgram,
  programFieldId as fieldId,
  initialProgramValues,
  programLabels as labels,
  toProgramInput,
} from './program-values.ts';

type Props = {
  tenantSlug: string;
  onCreated: (program: Program) => void;
  /** Absent when the form is all the page offers (no program yet). */
  onCancel?: (() => void) | undefined;
};

/** A new Pass'3e season: places to share between collèges, how, and the weeks of welcome. */
export function ProgramForm({ tenantSlug, onCreated, onCancel }: Props) {
  const form = useForm(initialProgramValues());
  const [weeks, setWeeks] = useState<string[]>(['']);
  const { values, errors } = form;
  const { summary, field } = bindForm(form, fieldId, labels);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    return form.submit(
      () => checkProgram(values, weeks),
      async () => onCreated(await discoveryApi.createProgram(tenantSlug, toProgramInput(values, weeks))),
    );
  };

  const weekErrors: Record<number, string | undefined> = {};
  weeks.forEach((_, index) => {
    weekErrors[index] = errors[`weeks.${index}`];
  });

  return (
    <form class="card" noValidate onSubmit={onSubmit} aria-labelledby="nouveau-pass3e-titre">
      <h2 id="nouveau-pass3e-titre" tabIndex={-1}>
        Nouveau programme Pass’3e
      </h2>
      <ErrorSummary {...summary} />
      <p class="muted">Les champs sans mention « facultatif » sont obligatoires.</p>
      <InputField {...field('name')} hint="Par exemple « Pass’3e 2026-2027 »." required maxLength={120} />
      <InputField
        {...field('season')}
        hint="Au format 2026-2027."
        required
        maxLength={9}
        class="input--short"
      />

      <h3>Répartition des places entre collèges</h3>
      <p class="hint">
        Chaque collège reçoit des places en proportion de ses élèves de 3e, multipliés par le coefficient de
        son éducation prioritaire. Un élève hors éducation prioritaire compte pour 1.
      </p>
      <div class="form-row">
        <NumberField {...field('totalPlaces')} unit="places" required min={1} max={10000} />
        <NumberField
          {...field('minimumPerSchool')}
          hint="Donné à chaque collège avant la répartition. 0 : pas de minimum."
          unit="places"
          required
          min={0}
          max={1000}
        />
      </div>
      <div class="form-row">
        <TextField
          {...field('priorityWeights.REP+')}
          hint="Un élève de REP+ compte pour ce nombre d’élèves (1,5 par défaut)."
          required
          inputMode="decimal"
          class="input--short"
        />
        <TextField
          {...field('priorityWeights.REP')}
          hint="Un élève de REP compte pour ce nombre d’élèves (1,25 par défaut)."
          required
          inputMode="decimal"
          class="input--short"
        />
      </div>

      <h3>Déroulé</h3>
      <NumberField
        {...field('groupSize')}
        hint="Les élèves font la semaine en petits groupes, mêlant collèges, filles et garçons."
        unit="élèves"
        required
        min={2}
        max={12}
      />
      <p>
        Chaque semaine : le lundi, journée citoyenneté ; du mardi au jeudi, un service différent chaque jour ;
        le vendredi, restitution et rencontre avec les élus.
      </p>
      <DateList
        id={fieldId('weeks')}
        legend={labels.weeks!}
        itemLabel="Semaine"
        hint="La date du lundi de chaque semaine d’accueil."
        values={weeks}
        onValues={setWeeks}
        max={12}
        errors={weekErrors}
        error={errors.weeks}
      />
      <div class="actions">
        <button type="submit" class="button" aria-disabled={form.submitting ? 'true' : undefined}>
          Créer le programme
        </button>
        {onCancel ? (
          <button type="button" class="button button--secondary" onClick={onCancel}>
            Annuler
          </button>
        ) : null}
      </div>
    </form>
  );
}
