import { useEffect, useRef } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Organization, OrganizationInput, OrganizationKind } from '../api/types.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { SelectField, TextField } from '../components/field.tsx';
import { TextAreaField } from '../conventions/components/fields.tsx';
import { bindForm } from '../lib/bind-form.ts';
import { organizationKindLabels, priorityEducationLabels, schoolKindLabels } from '../lib/labels.ts';
import { useForm } from '../lib/use-form.ts';
import { checkOrganization, fieldLabels, type OrganizationValues, toInput } from './organization-values.ts';

const options = (labels: Record<string, string>, placeholder?: string) => [
  ...(placeholder ? [{ value: '', label: placeholder }] : []),
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];

function initialValues(organization: Organization | undefined): OrganizationValues {
  return {
    kind: organization?.kind ?? '',
    name: organization?.name ?? '',
    siret: organization?.siret ?? '',
    rna: organization?.rna ?? '',
    uai: organization?.uai ?? '',
    schoolKind: organization?.schoolKind ?? '',
    priorityEducation: organization?.priorityEducation ?? 'none',
    communeCode: organization?.communeCode ?? '',
    communeName: organization?.communeName ?? '',
    activities: organization?.activities ?? '',
    audience: organization?.audience ?? '',
    email: organization?.email ?? '',
  };
}

type Props = {
  tenantSlug: string;
  organization?: Organization | undefined;
  onSaved: (organization: Organization, created: boolean) => void;
  onCancel: () => void;
};

export function OrganizationForm({ tenantSlug, organization, onSaved, onCancel }: Props) {
  const form = useForm(initialValues(organization));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { values } = form;
  const id = (field: string) => `organisation-${field.replaceAll('.', '-')}`;
  const kind = values.kind as OrganizationKind | '';

  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      () => checkOrganization(values),
      async () => {
        const input: OrganizationInput = toInput(values, organization ? 'update' : 'create');
        // A PATCH carries no kind: the kind of an existing organization is fixed.
        const { kind: _kind, ...changes } = input;
        const saved = organization
          ? await api.updateOrganization(tenantSlug, organization.id, changes)
          : await api.createOrganization(tenantSlug, input);
        onSaved(saved, !organization);
      },
    );
  };

  const { summary, field } = bindForm(form, id, fieldLabels);
  const text = (name: keyof OrganizationValues, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField {...field(name)} spellcheck={false} {...extra} />
  );

  return (
    <form class="card" onSubmit={onSubmit} noValidate aria-labelledby="organisation-form-titre">
      <h2 id="organisation-form-titre" ref={headingRef} tabIndex={-1}>
        {organization ? `Modifier « ${organization.name} »` : 'Ajouter une organisation'}
      </h2>
      <ErrorSummary {...summary} />
      <p class="muted">Sauf mention contraire, tous les champs sont obligatoires.</p>
      <SelectField
        {...field('kind')}
        hint={organization ? 'Le type d’une organisation existante ne change pas.' : undefined}
        required
        disabled={Boolean(organization)}
        options={options(organizationKindLabels, 'Choisir un type')}
        onValue={(next) => {
          // Errors about another kind's identifiers would point at fields no longer on screen.
          form.set('kind')(next);
          form.clear();
        }}
      />
      {text('name', { required: true, spellcheck: true, autoComplete: 'organization' })}
      {kind === 'company'
        ? text('siret', { required: true, inputMode: 'numeric', hint: '14 chiffres.' })
        : null}
      {kind === 'association' || kind === 'business_club' ? (
        <fieldset>
          <legend>
            {kind === 'association'
              ? 'Identifiant de l’association : RNA, SIRET, ou les deux'
              : 'Identifiant du club d’entreprises : RNA, SIRET, ou les deux'}
          </legend>
          {text('rna', { hint: 'W suivi de 9 chiffres, par exemple W631234567.', class: 'input--short' })}
          {text('siret', { inputMode: 'numeric', hint: '14 chiffres.' })}
        </fieldset>
      ) : null}
      {kind === 'school' ? (
        <>
          {text('uai', {
            required: true,
            hint: '7 chiffres et une lettre, par exemple 0631234A.',
            class: 'input--short',
          })}
          <SelectField
            {...field('schoolKind')}
            required
            options={options(schoolKindLabels, 'Choisir un type d’établissement')}
          />
          <SelectField {...field('priorityEducation')} required options={options(priorityEducationLabels)} />
        </>
      ) : null}
      {kind ? (
        <>
          {text('communeCode', { hint: '5 caractères, par exemple 63113.', class: 'input--short' })}
          {text('communeName', { spellcheck: true, maxLength: 100, hint: 'Par exemple Clermont-Ferrand.' })}
          <TextAreaField
            {...field('activities')}
            hint="Ce que l’organisation propose aux jeunes ou à la collectivité : visites, stages, mentorat… 500 caractères au plus."
            maxLength={500}
            rows={3}
          />
          <TextAreaField
            {...field('audience')}
            hint="Le public visé : collégiens de REP+, lycéens professionnels, entreprises du département… 300 caractères au plus."
            maxLength={300}
            rows={2}
          />
          {text('email', { type: 'email', autoComplete: 'email' })}
        </>
      ) : null}
      <div class="actions">
        <button type="submit" class="button" disabled={form.submitting}>
          {organization ? 'Enregistrer les modifications' : 'Créer l’organisation'}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          Fermer sans enregistrer
        </button>
      </div>
    </form>
  );
}
