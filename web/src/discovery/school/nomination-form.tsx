import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { choices, InputField, RadioGroup, TextAreaField } from '../../conventions/components/fields.tsx';
import { bindForm } from '../../lib/bind-form.ts';
import { useForm } from '../../lib/use-form.ts';
import { discoveryApi } from '../api.ts';
import { genderLabels, jobFamilyLabels } from '../labels.ts';
import type { Program, Ref, Student } from '../types.ts';
import {
  checkNomination,
  initialNominationValues,
  nominationLabels as labels,
  nominationFieldId,
  toNominationInput,
} from './nomination-values.ts';

type Props = {
  tenantSlug: string;
  program: Program;
  schools: Ref[];
  onNominated: (student: Student) => void;
};

const interestOptions = [{ value: '', label: 'Aucun' }, ...choices(jobFamilyLabels)];

/** Proposes one pupil for the week: what the groups and the planning need, nothing more. */
export function NominationForm({ tenantSlug, program, schools, onNominated }: Props) {
  const fieldId = nominationFieldId(program.id);
  const form = useForm(initialNominationValues(schools.length === 1 ? schools[0]!.id : ''));
  const { values, errors, set } = form;
  const { summary, field } = bindForm(form, fieldId, labels);
  // The server's `interests` error belongs to the first choice.
  const error = (key: string) => errors[key] ?? (key === 'interest1' ? errors.interests : undefined);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    return form.submit(
      () => checkNomination(values),
      async () => {
        const student = await discoveryApi.nominate(tenantSlug, program.id, toNominationInput(values));
        form.setValues((previous) => initialNominationValues(previous.schoolId));
        onNominated(student);
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
        Le tuteur ne verra que le prénom et le collège, et seulement après l’autorisation du ou de la
        responsable légal·e.
      </p>
      {schools.length === 1 ? (
        <p>
          <strong>{labels.schoolId} :</strong> {schools[0]!.name}
        </p>
      ) : (
        <SelectField
          {...field('schoolId')}
          required
          options={[
            { value: '', label: 'Choisir un collège' },
            ...schools.map((s) => ({ value: s.id, label: s.name })),
          ]}
        />
      )}
      <div class="form-row">
        <InputField {...field('firstName')} required autoComplete="off" maxLength={80} />
        <InputField {...field('lastName')} required autoComplete="off" maxLength={80} />
      </div>
      <RadioGroup
        id={fieldId('gender')}
        legend={labels.gender!}
        hint="Il sert seulement à équilibrer filles et garçons dans les groupes."
        inline
        options={choices(genderLabels)}
        value={values.gender}
        onValue={set('gender')}
        error={errors.gender}
      />
      <fieldset class="ranked-choices">
        <legend>Centres d’intérêt, par ordre de préférence</legend>
        <p class="hint">
          Jusqu’à trois familles de métiers : le planning cherche des services qui y correspondent.
        </p>
        {(['interest1', 'interest2', 'interest3'] as const).map((key, index) => (
          <SelectField
            key={key}
            id={fieldId(key)}
            label={index === 0 ? '1er choix' : `${index + 1}e choix`}
            required={index === 0}
            options={
              index === 0
                ? [{ value: '', label: 'Choisir une famille' }, ...choices(jobFamilyLabels)]
                : interestOptions
            }
            value={values[key]}
            onValue={set(key)}
            error={error(key)}
          />
        ))}
      </fieldset>
      <TextAreaField
        {...field('reason')}
        hint="Par exemple : pas de réseau pour trouver un stage, orientation à construire. Seule la coordination la lit."
        required
        rows={3}
        maxLength={500}
      />
      <InputField
        {...field('guardianEmail')}
        hint="Il ou elle reçoit un lien pour autoriser la participation. Rien n’est partagé avant."
        kind="email"
        required
        autoComplete="off"
      />
      <button type="submit" class="button" aria-disabled={form.submitting ? 'true' : undefined}>
        Proposer l’élève
      </button>
    </form>
  );
}
