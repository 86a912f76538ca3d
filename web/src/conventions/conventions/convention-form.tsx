import { useState } from 'preact/hooks';
import type { Tenant } from '../../api/types.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useForm } from '../../lib/use-form.ts';
import { Link } from '../../router.tsx';
import { InputField } from '../components/fields.tsx';
import { OrganizationPicker } from '../components/organization-picker.tsx';
import { commitmentLabels, commitmentUnits, signatoryRoleLabels } from '../labels.ts';
import type { OrganizationRef, Template } from '../types.ts';
import {
  checkConvention,
  type FormTemplate,
  fieldId,
  fieldLabel,
  type NewConventionValues,
  needsOperator,
  valuesFor,
} from './convention-new-values.ts';

export type ConventionFormSave = {
  values: NewConventionValues;
  template: FormTemplate;
  partner: OrganizationRef;
  operator: OrganizationRef | null;
};

type Props = {
  tenant: Tenant;
  /** Creation: the templates to choose from. */
  templates?: Template[];
  /** Correction of a draft: its template version and partner stay, its title can change. */
  fixed?: { template: FormTemplate; templateLabel: string; partner: OrganizationRef };
  initial: { values: NewConventionValues; partner: OrganizationRef | null; operator: OrganizationRef | null };
  label: string;
  submitLabel: string;
  cancelHref: string;
  onSave: (save: ConventionFormSave) => Promise<void>;
};

/** The convention form, to create a draft (possibly pre-filled) or to correct one. */
export function ConventionForm(props: Props) {
  const { tenant, templates = [], fixed } = props;
  const form = useForm<NewConventionValues>(props.initial.values);
  const [partner, setPartner] = useState<OrganizationRef | null>(fixed?.partner ?? props.initial.partner);
  const [operator, setOperator] = useState<OrganizationRef | null>(props.initial.operator);
  const { values, errors } = form;
  const template: FormTemplate | undefined =
    fixed?.template ?? templates.find((t) => t.id === values.templateId);

  const chooseTemplate = (id: string) => {
    form.setValues((previous) =>
      valuesFor(
        templates.find((t) => t.id === id),
        previous,
      ),
    );
    form.clear();
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    return form.submit(
      () => checkConvention({ values, template, partner, operator }),
      () => props.onSave({ values, template: template!, partner: partner!, operator }),
    );
  };

  const labels = Object.fromEntries(Object.keys(errors).map((path) => [path, fieldLabel(path, template)]));
  const text = (path: string, label: string, extra: Partial<Parameters<typeof InputField>[0]> = {}) => (
    <InputField
      id={fieldId(path)}
      label={label}
      required
      value={values[path] ?? ''}
      onValue={form.set(path)}
      error={errors[path]}
      {...extra}
    />
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.label}>
      <ErrorSummary
        summaryRef={form.summaryRef}
        errors={errors}
        message={form.message}
        labels={labels}
        idFor={fieldId}
      />
      <p class="muted">Sauf mention contraire, tous les champs sont obligatoires.</p>

      <section class="card" aria-labelledby="convention-cadre">
        <h2 id="convention-cadre">Cadre</h2>
        {fixed ? (
          <>
            {text('title', 'Titre', {
              maxLength: 200,
              hint: 'Il figure en tête du document envoyé pour signature.',
            })}
            <dl class="facts">
              <div>
                <dt>Modèle</dt>
                <dd>{fixed.templateLabel}</dd>
              </div>
              <div>
                <dt>Partenaire</dt>
                <dd>{fixed.partner.name}</dd>
              </div>
            </dl>
            <p class="hint">
              Le modèle et le partenaire ne changent pas : pour un autre partenaire, créez une autre
              convention.
            </p>
          </>
        ) : (
          <>
            <div class={errors.templateId ? 'field field--error' : 'field'}>
              <label for={fieldId('templateId')}>Modèle</label>
              <p id={`${fieldId('templateId')}-aide`} class="hint">
                Les engagements et les signataires proposés dépendent du modèle.
              </p>
              {errors.templateId ? (
                <p id={`${fieldId('templateId')}-erreur`} class="field-error">
                  <span class="visually-hidden">Erreur : </span>
                  {errors.templateId}
                </p>
              ) : null}
              <select
                id={fieldId('templateId')}
                value={values.templateId}
                aria-invalid={errors.templateId ? 'true' : undefined}
                aria-describedby={`${fieldId('templateId')}-aide${errors.templateId ? ` ${fieldId('templateId')}-erreur` : ''}`}
                onChange={(event) => chooseTemplate(event.currentTarget.value)}
              >
                <option value="">Choisir un modèle</option>
                {templates.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name} (version {t.currentVersion})
                  </option>
                ))}
              </select>
            </div>
            <OrganizationPicker
              id={fieldId('partnerOrganizationId')}
              legend="Partenaire"
              hint="L’entreprise, l’association ou le service qui s’engage."
              tenantSlug={tenant.slug}
              required
              exclude={['school']}
              value={partner}
              onValue={setPartner}
              error={errors.partnerOrganizationId}
            />
          </>
        )}
        <OrganizationPicker
          id={fieldId('operatorOrganizationId')}
          legend="Association opératrice"
          hint="L’association qui accompagne le programme, par exemple Télémaque ou C’Possible."
          tenantSlug={tenant.slug}
          required={needsOperator(template)}
          kind="association"
          value={operator}
          onValue={setOperator}
          error={errors.operatorOrganizationId}
        />
        {text('startDate', 'Date de début', {
          kind: 'date',
          hint: template
            ? `La convention court ${template.version.durationMonths} mois à partir de cette date.`
            : undefined,
        })}
      </section>

      {template ? (
        <>
          <section class="card" aria-labelledby="convention-engagements">
            <h2 id="convention-engagements">Engagements par an</h2>
            <p class="hint">Indiquez 0 pour un type d’engagement que le partenaire ne prend pas.</p>
            {template.version.commitmentTypes.map((type, index) => (
              <fieldset key={type}>
                <legend>{commitmentLabels[type] ?? type}</legend>
                {text(
                  `commitments.${index}.quantityPerYear`,
                  `Nombre de ${commitmentUnits[type] ?? 'unités'} par an`,
                  { kind: 'integer' },
                )}
                {text(`commitments.${index}.note`, 'Précision', { required: false, maxLength: 300 })}
              </fieldset>
            ))}
          </section>

          <section class="card" aria-labelledby="convention-signataires">
            <h2 id="convention-signataires">Signataires</h2>
            <p class="hint">
              {template.version.signingOrder === 'sequential'
                ? 'Ils signeront dans cet ordre, chacun recevant son lien quand vient son tour.'
                : 'Ils recevront tous leur lien en même temps.'}
            </p>
            <ol class="plain-list">
              {template.version.signatories.map((signatory, index) => (
                <li key={`${signatory.role}-${index}`}>
                  <fieldset>
                    <legend>
                      {index + 1}. {signatoryRoleLabels[signatory.role] ?? signatory.role}
                      <span class="muted block">{signatory.label}</span>
                    </legend>
                    {text(`signers.${index}.name`, 'Nom et prénom', { autoComplete: 'off', maxLength: 120 })}
                    {text(`signers.${index}.title`, 'Qualité', {
                      hint: 'Sa fonction, par exemple « Directrice générale » ou « Maire ».',
                      maxLength: 120,
                    })}
                    {text(`signers.${index}.email`, 'Adresse électronique', {
                      kind: 'email',
                      autoComplete: 'off',
                      hint: 'Le lien de signature personnel y sera envoyé.',
                    })}
                  </fieldset>
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : null}

      <div class="actions">
        <button type="submit" class="button" disabled={form.submitting}>
          {props.submitLabel}
        </button>
        <Link href={props.cancelHref} class="button button--secondary">
          Annuler
        </Link>
      </div>
    </form>
  );
}
