import { useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/field.tsx';
import { choices, InputField } from '../../conventions/components/fields.tsx';
import { OrganizationPicker } from '../../conventions/components/organization-picker.tsx';
import type { OrganizationRef } from '../../conventions/types.ts';
import { bindForm } from '../../lib/bind-form.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { Checkbox } from '../../mentoring/components/checkbox.tsx';
import { NumberField, parseBounded } from '../../mentoring/components/number-field.tsx';
import { discoveryApi } from '../api.ts';
import { type TutorDraft, TutorList } from '../components/tutor-list.tsx';
import { jobFamilyLabels } from '../labels.ts';
import type { Host, JobFamily } from '../types.ts';

const fieldId = (field: string) => `accueillant-${field.replaceAll('.', '-')}`;
const labels: Record<string, string> = {
  organizationId: 'Service ou entreprise',
  name: 'Nom affiché aux élèves',
  jobFamily: 'Famille de métiers',
  capacityGroupsPerDay: 'Groupes accueillis par jour',
  tutors: 'Tuteurs et tutrices',
};
for (let i = 0; i < 20; i++) {
  labels[`tutors.${i}.name`] = `Tuteur ${i + 1} : nom`;
  labels[`tutors.${i}.email`] = `Tuteur ${i + 1} : adresse électronique`;
}
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Props = { tenantSlug: string; programId: string; onAdded: (host: Host) => void; onCancel: () => void };

/** A service of the authority, or a partner company, that welcomes groups for a day. */
export function HostForm({ tenantSlug, programId, onAdded, onCancel }: Props) {
  const form = useForm({ name: '', jobFamily: '', capacityGroupsPerDay: '1' });
  const [organization, setOrganization] = useState<OrganizationRef | null>(null);
  const [mixedJob, setMixedJob] = useState(false);
  const [tutors, setTutors] = useState<TutorDraft[]>([{ name: '', email: '' }]);
  const { values, errors } = form;
  const { summary, field } = bindForm(form, fieldId, labels);

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!organization) found.organizationId = 'Choisissez le service ou l’entreprise dans l’annuaire.';
    if (!values.jobFamily) found.jobFamily = 'Choisissez la famille de métiers.';
    if (parseBounded(values.capacityGroupsPerDay, 1, 10) === null) {
      found.capacityGroupsPerDay = 'Indiquez un nombre entier de groupes entre 1 et 10.';
    }
    if (!tutors.length) found.tutors = 'Ajoutez au moins un tuteur ou une tutrice.';
    tutors.forEach((tutor, index) => {
      if (!tutor.name.trim()) found[`tutors.${index}.name`] = 'Saisissez le nom.';
      if (!emailPattern.test(tutor.email.trim())) {
        found[`tutors.${index}.email`] =
          'Saisissez une adresse électronique valide : l’invitation y est envoyée.';
      }
    });
    return found;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    return form.submit(check, async () => {
      const host = await discoveryApi.addHost(tenantSlug, programId, {
        organizationId: organization!.id,
        name: values.name.trim() || organization!.name,
        jobFamily: values.jobFamily as JobFamily,
        mixedJob,
        capacityGroupsPerDay: Number(values.capacityGroupsPerDay.trim()),
        tutors: tutors.map((t) => ({ name: t.name.trim(), email: t.email.trim() })),
      });
      onAdded(host);
    });
  };

  return (
    <form class="card" noValidate onSubmit={onSubmit} aria-labelledby="accueillant-titre">
      <h3 id="accueillant-titre" tabIndex={-1}>
        Ajouter un accueillant
      </h3>
      <ErrorSummary {...summary} />
      <OrganizationPicker
        id={fieldId('organizationId')}
        legend={labels.organizationId!}
        tenantSlug={tenantSlug}
        exclude={['school', 'association']}
        required
        hint="Un service de la collectivité ou une entreprise partenaire, déjà dans l’annuaire."
        value={organization}
        onValue={setOrganization}
        error={errors.organizationId}
      />
      <InputField
        {...field('name')}
        hint="Par exemple « Serres municipales ». Laissez vide pour reprendre le nom de l’organisation."
        maxLength={120}
      />
      <SelectField
        {...field('jobFamily')}
        required
        options={[{ value: '', label: 'Choisir une famille' }, ...choices(jobFamilyLabels)]}
      />
      <Checkbox
        id={fieldId('mixedJob')}
        label="Métiers mixtes"
        hint="Des métiers exercés par des femmes et des hommes, à différents niveaux de qualification : le planning les privilégie."
        checked={mixedJob}
        onChecked={setMixedJob}
      />
      <NumberField {...field('capacityGroupsPerDay')} unit="groupes" required min={1} max={10} />
      <TutorList
        id={fieldId('tutors')}
        values={tutors}
        onValues={setTutors}
        errors={errors}
        error={errors.tutors}
      />
      <div class="actions">
        <button type="submit" class="button" aria-disabled={form.submitting ? 'true' : undefined}>
          Ajouter l’accueillant
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
