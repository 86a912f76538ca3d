import { useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { CheckboxGroup, choices, InputField } from '../../conventions/components/fields.tsx';
import { OrganizationPicker } from '../../conventions/components/organization-picker.tsx';
import { bindForm } from '../../lib/bind-form.ts';
import { useForm } from '../../lib/use-form.ts';
import { mentoringApi } from '../api.ts';
import { jobFamilyLabels, languageLabels, schoolLevelLabels, slotLabels } from '../labels.ts';
import type { Mentor, Program, Ref } from '../types.ts';
import { Checkbox } from './checkbox.tsx';
import { checkMentor, initialMentorValues, mentorLabels as labels, toMentorInput } from './mentor-values.ts';
import { NumberField } from './number-field.tsx';

type Props = {
  tenantSlug: string;
  program: Program;
  /** `agent`: the authority names one of its agents; `partner`: a company names an employee. */
  mode: 'agent' | 'partner';
  /** The partner's own organizations; the agent form searches the directory's services. */
  organizations?: Ref[];
  idPrefix: string;
  title: string;
  onSaved: (mentor: Mentor) => void;
};

/** Names a mentor for a program: who, what job, when free. The person is invited by mail. */
export function MentorForm({
  tenantSlug,
  program,
  mode,
  organizations = [],
  idPrefix,
  title,
  onSaved,
}: Props) {
  const fieldId = (field: string) => `${idPrefix}-${field}`;
  const form = useForm(initialMentorValues(organizations.length === 1 ? organizations[0]!.id : ''));
  const [service, setService] = useState<Ref | null>(null);
  const [availability, setAvailability] = useState<string[]>([]);
  const [languages, setLanguages] = useState<string[]>(['fr']);
  const [preferredLevels, setPreferredLevels] = useState<string[]>([]);
  const [onWorkTime, setOnWorkTime] = useState(mode === 'agent');
  const { values, errors } = form;
  const { summary, field } = bindForm(form, fieldId, labels);
  const organizationId = mode === 'agent' ? (service?.id ?? '') : values.organizationId;
  const picked = { mode, organizationId, availability, languages, preferredLevels, onWorkTime };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      () => checkMentor(values, picked),
      async () => {
        const input = toMentorInput(values, picked);
        const mentor = await mentoringApi.addMentor(tenantSlug, program.id, input);
        // The next mentor most often shares the organization and the slots: only the person changes.
        form.setValues((previous) => ({
          ...previous,
          firstName: '',
          lastName: '',
          email: '',
          jobTitle: '',
          skills: '',
          managerEmail: '',
        }));
        onSaved(mentor);
      },
    );
  };

  const headingId = fieldId('titre');
  return (
    <form class="card" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {title}
      </h3>
      <ErrorSummary {...summary} />
      <p class="hint">
        La personne reçoit une invitation par courriel pour se connecter, signer la charte du mentor puis
        découvrir le ou les jeunes qui lui sont proposés.
      </p>
      <div class="form-row">
        <InputField {...field('firstName')} required autoComplete="off" maxLength={80} />
        <InputField {...field('lastName')} required autoComplete="off" maxLength={80} />
      </div>
      <InputField {...field('email')} kind="email" required autoComplete="off" />
      {mode === 'agent' ? (
        <OrganizationPicker
          id={fieldId('organizationId')}
          legend="Service de l’agent"
          tenantSlug={tenantSlug}
          kind="service"
          required
          value={service}
          onValue={setService}
          error={errors.organizationId}
        />
      ) : organizations.length === 1 ? (
        <p>
          <strong>{labels.organizationId} :</strong> {organizations[0]!.name}
        </p>
      ) : (
        <SelectField
          {...field('organizationId')}
          required
          options={[
            { value: '', label: 'Choisir une organisation' },
            ...organizations.map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
      )}
      <SelectField
        {...field('jobFamily')}
        hint="Elle est rapprochée des centres d’intérêt des jeunes."
        required
        options={[{ value: '', label: 'Choisir une famille' }, ...choices(jobFamilyLabels)]}
      />
      <InputField
        {...field('jobTitle')}
        hint="Par exemple « Technicienne de maintenance »."
        required
        maxLength={120}
      />
      <InputField {...field('skills')} hint="Séparées par des virgules, dix au plus." maxLength={600} />
      <InputField
        {...field('communeCode')}
        hint="Code INSEE à 5 caractères, par exemple 63113 : il sert à estimer la distance avec les jeunes."
        class="input--short"
        maxLength={5}
      />
      <CheckboxGroup
        id={fieldId('availability')}
        legend={labels.availability!}
        hint="Les créneaux où des rencontres sont possibles, chaque semaine."
        inline
        options={choices(slotLabels)}
        values={availability}
        onValues={setAvailability}
        error={errors.availability}
      />
      <NumberField
        {...field('capacity')}
        hint={`Laissez vide pour la valeur du programme : ${program.defaultCapacity}.`}
        min={1}
        max={5}
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
      <CheckboxGroup
        id={fieldId('preferredLevels')}
        legend={`${labels.preferredLevels!} (facultatif)`}
        hint="Aucun coché : tous les niveaux du programme."
        inline
        options={choices(schoolLevelLabels, program.audienceLevels)}
        values={preferredLevels}
        onValues={setPreferredLevels}
        error={errors.preferredLevels}
      />
      {mode === 'agent' ? (
        <>
          <Checkbox
            id={fieldId('onWorkTime')}
            label="Mentorat sur le temps de travail"
            hint={
              program.agentHoursAllowance
                ? `Dans la limite de ${program.agentHoursAllowance} heures par an. Son ou sa responsable reçoit un lien pour donner son accord.`
                : 'Son ou sa responsable reçoit un lien pour donner son accord.'
            }
            checked={onWorkTime}
            onChecked={setOnWorkTime}
          />
          {onWorkTime ? (
            <InputField {...field('managerEmail')} kind="email" required autoComplete="off" />
          ) : null}
        </>
      ) : null}
      <button type="submit" class="button" disabled={form.submitting}>
        {mode === 'agent' ? 'Ajouter l’agent comme mentor' : 'Proposer ce mentor'}
      </button>
    </form>
  );
}
