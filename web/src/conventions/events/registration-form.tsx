import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { Notice } from '../../components/notice.tsx';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { conventionsApi } from '../api.ts';
import { InputField } from '../components/fields.tsx';
import { schoolLevelLabels } from '../labels.ts';
import type { OrganizationRef, PartnerEventDetail, SchoolLevel } from '../types.ts';

const labels: Record<string, string> = {
  schoolId: 'Établissement',
  firstName: 'Prénom de l’élève',
  level: 'Niveau',
};
const fieldId = (field: string) => `inscription-${field}`;

type Props = {
  tenantSlug: string;
  event: PartnerEventDetail;
  schools: OrganizationRef[];
  /** The admin picks among the directory's schools; a school referent registers for its own. */
  forAdmin: boolean;
  onSaved: (message: string) => void;
};

/** One pupil at a time, and only a first name and a level: nothing more is needed or kept. */
export function RegistrationForm({ tenantSlug, event, schools, forAdmin, onSaved }: Props) {
  const form = useForm({
    schoolId: schools.length === 1 ? schools[0]!.id : '',
    firstName: '',
    level: event.audienceLevels.length === 1 ? event.audienceLevels[0]! : '',
  });
  const { values, errors } = form;

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!values.schoolId) found.schoolId = 'Choisissez l’établissement.';
    if (!values.firstName.trim()) found.firstName = 'Saisissez le prénom de l’élève.';
    if (!values.level) found.level = 'Choisissez le niveau de l’élève.';
    return found;
  };

  const onSubmit = (submitted: Event) => {
    submitted.preventDefault();
    return form.submit(check, async () => {
      const firstName = values.firstName.trim();
      await conventionsApi.register(tenantSlug, event.id, {
        schoolId: values.schoolId,
        firstName,
        level: values.level as SchoolLevel,
      });
      // Keep the school and level: the next pupil is most often from the same class.
      form.setValues((previous) => ({ ...previous, firstName: '' }));
      onSaved(`${firstName} est inscrit·e.`);
    });
  };

  if (!schools.length) {
    return (
      <Notice tone="info">
        {forAdmin
          ? 'Aucun établissement scolaire dans l’annuaire : ajoutez-en depuis la page Organisations pour y inscrire des élèves.'
          : 'Aucun établissement scolaire n’est rattaché à votre compte : la coordination de la collectivité peut le faire.'}
      </Notice>
    );
  }

  return (
    <form class="card" onSubmit={onSubmit} noValidate aria-labelledby="inscription-titre">
      <h3 id="inscription-titre">Inscrire un·e élève</h3>
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={errors}
        message={form.message}
        labels={labels}
        idFor={fieldId}
      />
      {schools.length === 1 ? (
        <p>
          <strong>{labels.schoolId} :</strong> {schools[0]!.name}
        </p>
      ) : (
        <SelectField
          id={fieldId('schoolId')}
          label={labels.schoolId!}
          required
          options={[
            { value: '', label: 'Choisir un établissement' },
            ...schools.map((s) => ({ value: s.id, label: s.name })),
          ]}
          value={values.schoolId}
          onValue={form.set('schoolId')}
          error={errors.schoolId}
        />
      )}
      <InputField
        id={fieldId('firstName')}
        label={labels.firstName!}
        hint="Le prénom seul : aucune autre donnée sur l’élève n’est demandée."
        required
        autoComplete="off"
        maxLength={80}
        value={values.firstName}
        onValue={form.set('firstName')}
        error={errors.firstName}
      />
      <SelectField
        id={fieldId('level')}
        label={labels.level!}
        required
        options={[
          ...(event.audienceLevels.length > 1 ? [{ value: '', label: 'Choisir un niveau' }] : []),
          ...event.audienceLevels.map((level) => ({
            value: level,
            label: schoolLevelLabels[level] ?? level,
          })),
        ]}
        value={values.level}
        onValue={form.set('level')}
        error={errors.level}
      />
      <button type="submit" class="button" disabled={form.submitting}>
        Inscrire l’élève
      </button>
    </form>
  );
}
