import { useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { CheckboxGroup, choices, InputField, TextAreaField } from '../../conventions/components/fields.tsx';
import { bindForm } from '../../lib/bind-form.ts';
import { useForm } from '../../lib/use-form.ts';
import { mentoringApi } from '../api.ts';
import {
  eligibilityRuleLabels,
  jobFamilyLabels,
  languageLabels,
  nominationReasonLabels,
  schoolLevelLabels,
  slotLabels,
} from '../labels.ts';
import type { Nominated, Program, Ref } from '../types.ts';
import {
  checkNomination,
  initialNominationValues,
  nominationLabels as labels,
  toNominationInput,
} from './nomination-values.ts';

type Props = {
  tenantSlug: string;
  program: Program;
  schools: Ref[];
  onNominated: (result: Nominated) => void;
};

/** Proposes one pupil: the least data the matching and the eligibility need, nothing more. */
export function NominationForm({ tenantSlug, program, schools, onNominated }: Props) {
  const fieldId = (field: string) => `eleve-${program.id}-${field}`;
  const onlyLevel = program.audienceLevels.length === 1 ? program.audienceLevels[0]! : '';
  const form = useForm(initialNominationValues(schools.length === 1 ? schools[0]!.id : '', onlyLevel));
  const [interests, setInterests] = useState<string[]>([]);
  const [availability, setAvailability] = useState<string[]>([]);
  const [languages, setLanguages] = useState<string[]>(['fr']);
  const [flags, setFlags] = useState<string[]>([]);
  const [customCriteria, setCustomCriteria] = useState<string[]>([]);
  const { values, errors } = form;
  const { summary, field } = bindForm(form, fieldId, labels);
  const picked = { interests, availability, languages, flags, customCriteria };
  // Sensitive facts are asked only when the program's rules use them.
  const askedFlags = (['scholarship', 'priorityNeighbourhood'] as const).filter(
    (flag) => program.eligibility[flag],
  );

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      () => checkNomination(values, picked),
      async () => {
        const result = await mentoringApi.nominate(tenantSlug, program.id, toNominationInput(values, picked));
        // The school and level stay: the next pupil is most often from the same class.
        form.setValues((previous) => ({
          ...initialNominationValues(previous.schoolId, previous.level),
        }));
        setInterests([]);
        setFlags([]);
        setCustomCriteria([]);
        onNominated(result);
      },
    );
  };

  return (
    <form class="card" noValidate onSubmit={onSubmit} aria-labelledby={fieldId('titre')}>
      <h3 id={fieldId('titre')} tabIndex={-1}>
        Proposer un·e élève pour « {program.name} »
      </h3>
      <ErrorSummary {...summary} />
      <p class="hint">
        Le mentor ne verra que le prénom, le niveau, l’établissement et les centres d’intérêt, et seulement
        après l’autorisation du ou de la responsable légal·e.
      </p>
      <div class="form-row">
        <InputField {...field('firstName')} required autoComplete="off" maxLength={80} />
        <InputField
          {...field('lastName')}
          hint="Il sert à repérer un élève déjà suivi ailleurs ; le mentor ne le voit pas."
          required
          autoComplete="off"
          maxLength={80}
        />
      </div>
      <InputField {...field('birthDate')} kind="date" required />
      <SelectField
        {...field('level')}
        required
        options={[
          ...(onlyLevel ? [] : [{ value: '', label: 'Choisir un niveau' }]),
          ...choices(schoolLevelLabels, program.audienceLevels),
        ]}
      />
      {schools.length === 1 ? (
        <p>
          <strong>{labels.schoolId} :</strong> {schools[0]!.name}
        </p>
      ) : (
        <SelectField
          {...field('schoolId')}
          required
          options={[
            { value: '', label: 'Choisir un établissement' },
            ...schools.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
      )}
      <InputField
        {...field('communeCode')}
        hint="Code INSEE à 5 caractères : il sert à proposer un mentor pas trop loin."
        class="input--short"
        maxLength={5}
      />
      <CheckboxGroup
        id={fieldId('interests')}
        legend={labels.interests!}
        hint="De 1 à 5 familles de métiers qui l’attirent ou l’intriguent."
        options={choices(jobFamilyLabels)}
        values={interests}
        onValues={setInterests}
        error={errors.interests}
      />
      <CheckboxGroup
        id={fieldId('availability')}
        legend={labels.availability!}
        hint="Les créneaux où l’élève peut rencontrer son mentor."
        inline
        options={choices(slotLabels)}
        values={availability}
        onValues={setAvailability}
        error={errors.availability}
      />
      <CheckboxGroup
        id={fieldId('languages')}
        legend={labels.languages!}
        inline
        options={choices(languageLabels)}
        values={languages}
        onValues={setLanguages}
        error={errors.languages}
      />
      <SelectField
        {...field('reason')}
        required
        options={[{ value: '', label: 'Choisir un motif' }, ...choices(nominationReasonLabels)]}
      />
      <TextAreaField
        {...field('reasonDetail')}
        hint="Obligatoire pour le motif « Autre ». Restez factuel : la coordination seule la lit."
        required={values.reason === 'other'}
        rows={3}
        maxLength={500}
      />
      {askedFlags.length || program.eligibility.custom.length ? (
        <div class="sensitive">
          <h4>Éligibilité</h4>
          <p class="hint">
            Ces informations servent à vérifier l’éligibilité, rien d’autre : elles ne sont jamais montrées au
            mentor ni au partenaire.
          </p>
          {askedFlags.length ? (
            <CheckboxGroup
              id={fieldId('flags')}
              legend="Critères sociaux qui s’appliquent à l’élève"
              options={choices(eligibilityRuleLabels, askedFlags)}
              values={flags}
              onValues={setFlags}
              error={errors.scholarship ?? errors.priorityNeighbourhood}
            />
          ) : null}
          {program.eligibility.custom.length ? (
            <CheckboxGroup
              id={fieldId('customCriteria')}
              legend="Critères propres au programme qui s’appliquent à l’élève"
              options={program.eligibility.custom.map((c) => ({ value: c, label: c }))}
              values={customCriteria}
              onValues={setCustomCriteria}
              error={errors.customCriteria}
            />
          ) : null}
        </div>
      ) : null}
      <InputField
        {...field('guardianEmail')}
        hint="Il ou elle reçoit un lien pour autoriser la participation. Rien n’est partagé avant."
        kind="email"
        required
        autoComplete="off"
      />
      <button type="submit" class="button" disabled={form.submitting}>
        Proposer l’élève
      </button>
    </form>
  );
}
