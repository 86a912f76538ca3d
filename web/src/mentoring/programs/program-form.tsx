import { useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CheckboxGroup, choices, InputField, RadioGroup } from '../../conventions/components/fields.tsx';
import { OrganizationPicker } from '../../conventions/components/organization-picker.tsx';
import { bindForm } from '../../lib/bind-form.ts';
import { useForm } from '../../lib/use-form.ts';
import { mentoringApi } from '../api.ts';
import { NumberField } from '../components/number-field.tsx';
import { TextList } from '../components/text-list.tsx';
import { criterionHints, criterionLabels, eligibilityRuleLabels, schoolLevelLabels } from '../labels.ts';
import type { Program, Ref } from '../types.ts';
import {
  checkProgram,
  criteria,
  programFieldId as fieldId,
  initialProgramValues,
  programLabels as labels,
  toProgramInput,
} from './program-values.ts';

const modeChoices = [
  { value: 'any', label: 'Un seul critère rempli suffit (par exemple : boursier ou en REP)' },
  { value: 'all', label: 'Tous les critères cochés sont exigés' },
];

type Props = {
  tenantSlug: string;
  onCreated: (program: Program) => void;
  /** Absent when the form is all the page offers (no program yet). */
  onCancel?: (() => void) | undefined;
};

/** A new program: who it is for, who is eligible, how the matching weighs each criterion. */
export function ProgramForm({ tenantSlug, onCreated, onCancel }: Props) {
  const form = useForm(initialProgramValues());
  const [levels, setLevels] = useState<string[]>([]);
  const [rules, setRules] = useState<string[]>([]);
  const [custom, setCustom] = useState<string[]>([]);
  const [operator, setOperator] = useState<Ref | null>(null);
  const { values, errors, set } = form;
  const { summary, field } = bindForm(form, fieldId, labels);
  const extra = { levels, rules, custom, operator };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      () => checkProgram(values, extra),
      async () => onCreated(await mentoringApi.createProgram(tenantSlug, toProgramInput(values, extra))),
    );
  };

  const customErrors: Record<number, string | undefined> = {};
  custom.forEach((_, index) => {
    customErrors[index] = errors[`eligibility.custom.${index}`];
  });

  return (
    <form class="card" noValidate onSubmit={onSubmit} aria-labelledby="nouveau-programme-titre">
      <h2 id="nouveau-programme-titre" tabIndex={-1}>
        Nouveau programme
      </h2>
      <ErrorSummary {...summary} />
      <p class="muted">Les champs sans mention « facultatif » sont obligatoires.</p>

      <h3>Le programme</h3>
      <InputField
        {...field('name')}
        hint="Par exemple « Mentorat collégiens 2026-2027 »."
        required
        maxLength={120}
      />
      <InputField
        {...field('season')}
        hint="Au format 2026-2027."
        required
        maxLength={9}
        class="input--short"
      />
      <CheckboxGroup
        id={fieldId('audienceLevels')}
        legend={labels.audienceLevels!}
        inline
        options={choices(schoolLevelLabels)}
        values={levels}
        onValues={setLevels}
        error={errors.audienceLevels}
      />
      <div class="form-row">
        <NumberField {...field('durationMonths')} unit="mois" required min={1} max={96} />
        <NumberField
          {...field('defaultCapacity')}
          hint="Ce que chaque mentor accompagne, sauf s’il indique autre chose."
          required
          min={1}
          max={5}
        />
      </div>

      <h3>Éligibilité des jeunes</h3>
      <CheckboxGroup
        id={fieldId('eligibility.rules')}
        legend="Critères sociaux"
        hint="Aucun critère coché : le programme est ouvert à tous les jeunes des niveaux visés. Ces informations servent à l’éligibilité seulement et ne sont jamais montrées aux mentors."
        options={choices(eligibilityRuleLabels)}
        values={rules}
        onValues={setRules}
      />
      <TextList
        id={fieldId('eligibility.custom')}
        legend={labels['eligibility.custom']!}
        itemLabel="Critère"
        hint="Par exemple « Premier de sa famille à viser le lycée général ». L’établissement coche pour chaque élève ceux qui s’appliquent."
        values={custom}
        onValues={setCustom}
        max={5}
        maxLength={120}
        errors={customErrors}
        error={errors['eligibility.custom']}
      />
      <RadioGroup
        id={fieldId('eligibility.mode')}
        legend={labels['eligibility.mode']!}
        options={modeChoices}
        value={values.mode}
        onValue={set('mode')}
        error={errors['eligibility.mode']}
      />

      <h3>Appariement</h3>
      <fieldset class="weights" aria-describedby="poids-aide">
        <legend>Poids des critères, de 0 à 10</legend>
        <p class="hint" id="poids-aide">
          Chaque poids va de 0 (critère ignoré) à 10 (critère décisif). Le score d’un binôme, sur 100, est la
          moyenne des critères pondérée par ces poids.
        </p>
        {criteria.map((criterion) => {
          const key = `weights.${criterion}` as const;
          return (
            <NumberField
              key={criterion}
              id={fieldId(key)}
              label={criterionLabels[criterion]}
              hint={criterionHints[criterion]}
              required
              min={0}
              max={10}
              value={values[key]}
              onValue={set(key)}
              error={errors[key]}
            />
          );
        })}
      </fieldset>
      <NumberField
        {...field('maxDistanceKm')}
        hint="Au-delà, aucun binôme n’est proposé. Laissez vide pour ne pas limiter."
        unit="km"
        min={1}
        max={2000}
      />

      <h3>Organisation</h3>
      <OrganizationPicker
        id={fieldId('operatorOrganizationId')}
        legend={labels.operatorOrganizationId!}
        tenantSlug={tenantSlug}
        kind="association"
        hint="L’association qui anime le programme avec vous, s’il y en a une."
        value={operator}
        onValue={setOperator}
        error={errors.operatorOrganizationId}
      />
      <div class="form-row">
        <NumberField
          {...field('agentHoursAllowance')}
          hint="Ce qu’un agent peut consacrer au mentorat sur son temps de travail, par an. 0 : pas d’enveloppe."
          unit="heures"
          required
          min={0}
          max={500}
        />
        <NumberField
          {...field('noMeetingReminderWeeks')}
          hint="Le mentor reçoit un rappel après ce nombre de semaines sans rencontre notée."
          unit="semaines"
          required
          min={1}
          max={26}
        />
      </div>

      <div class="actions">
        <button type="submit" class="button" disabled={form.submitting}>
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
