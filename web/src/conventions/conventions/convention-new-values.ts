import type { FieldErrors } from '../../lib/use-form.ts';
import { commitmentLabels, signatoryRoleLabels } from '../labels.ts';
import type {
  Convention,
  CreateConventionInput,
  EditConventionInput,
  OrganizationRef,
  TemplateVersionInput,
} from '../types.ts';

// Every field is a string keyed by its API path (`signers.0.email`), so a 422 from the server
// lands on the very field it names.

export type NewConventionValues = Record<string, string>;

/**
 * What the form needs of a template: a template's newest version on creation, or the version a
 * draft was made from when it is corrected (see `versionOf`).
 */
export type FormTemplate = {
  id: string;
  version: Pick<TemplateVersionInput, 'commitmentTypes' | 'durationMonths' | 'signatories' | 'signingOrder'>;
};

/** The version a convention was made from, as the form reads a template. */
export function versionOf(convention: Convention): FormTemplate {
  const { templateVersion } = convention;
  return {
    id: templateVersion.templateId,
    version: {
      commitmentTypes: templateVersion.commitmentTypes,
      durationMonths: templateVersion.durationMonths,
      signingOrder: templateVersion.signingOrder,
      signatories: convention.signers.map((s) => ({ role: s.role, label: s.label })),
    },
  };
}

/**
 * The form filled from an existing convention: its date, commitments (by type; 0 for a type it
 * does not promise) and signers (by role). With `title`, for correcting the draft itself.
 */
export function valuesFrom(
  template: FormTemplate,
  convention: Convention,
  options: { title?: boolean } = {},
): NewConventionValues {
  const values = valuesFor(template, { startDate: convention.startDate });
  if (options.title) values.title = convention.title;
  template.version.commitmentTypes.forEach((type, index) => {
    const commitment = convention.commitments.find((c) => c.type === type);
    values[`commitments.${index}.quantityPerYear`] = String(commitment?.quantityPerYear ?? 0);
    values[`commitments.${index}.note`] = commitment?.note ?? '';
  });
  template.version.signatories.forEach((signatory, index) => {
    const signer = convention.signers.find((s) => s.role === signatory.role);
    values[`signers.${index}.name`] = signer?.name ?? '';
    values[`signers.${index}.title`] = signer?.title ?? '';
    values[`signers.${index}.email`] = signer?.email ?? '';
  });
  return values;
}

export const fieldId = (path: string) => `convention-${path.replaceAll('.', '-')}`;

export function valuesFor(
  template: FormTemplate | undefined,
  previous: NewConventionValues,
): NewConventionValues {
  const values: NewConventionValues = { templateId: template?.id ?? '', startDate: previous.startDate ?? '' };
  if (!template) return values;
  template.version.commitmentTypes.forEach((_, index) => {
    values[`commitments.${index}.quantityPerYear`] = '';
    values[`commitments.${index}.note`] = '';
  });
  template.version.signatories.forEach((_, index) => {
    values[`signers.${index}.name`] = '';
    values[`signers.${index}.title`] = '';
    values[`signers.${index}.email`] = '';
  });
  return values;
}

export function fieldLabel(path: string, template: FormTemplate | undefined): string {
  const fixed: Record<string, string> = {
    title: 'Titre',
    templateId: 'Modèle',
    partnerOrganizationId: 'Partenaire',
    operatorOrganizationId: 'Association opératrice',
    startDate: 'Date de début',
    commitments: 'Engagements',
    signers: 'Signataires',
  };
  if (fixed[path]) return fixed[path];
  const commitment = /^commitments\.(\d+)\.(quantityPerYear|note)$/.exec(path);
  if (commitment) {
    const type = template?.version.commitmentTypes[Number(commitment[1])];
    const name = type ? commitmentLabels[type] : `Engagement ${Number(commitment[1]) + 1}`;
    return commitment[2] === 'note' ? `${name} — précision` : `${name} — nombre par an`;
  }
  const signer = /^signers\.(\d+)\.(name|title|email)$/.exec(path);
  if (signer) {
    const signatory = template?.version.signatories[Number(signer[1])];
    const who = signatory ? signatoryRoleLabels[signatory.role] : `Signataire ${Number(signer[1]) + 1}`;
    const what = { name: 'nom', title: 'qualité', email: 'adresse électronique' }[signer[2]!];
    return `${who} — ${what}`;
  }
  return path;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkConvention(input: {
  values: NewConventionValues;
  template: FormTemplate | undefined;
  partner: OrganizationRef | null;
  operator: OrganizationRef | null;
}): FieldErrors {
  const { values, template, partner } = input;
  const errors: FieldErrors = {};
  if (!template) {
    errors.templateId = 'Choisissez le modèle de la convention.';
    return errors;
  }
  if ('title' in values && !values.title?.trim()) errors.title = 'Saisissez le titre de la convention.';
  if (!partner) errors.partnerOrganizationId = 'Choisissez le partenaire dans l’annuaire.';
  if (needsOperator(template) && !input.operator) {
    errors.operatorOrganizationId = 'Ce modèle fait signer une association opératrice : choisissez-la.';
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.startDate ?? '')) errors.startDate = 'Indiquez la date de début.';
  let promised = 0;
  template.version.commitmentTypes.forEach((_, index) => {
    const path = `commitments.${index}.quantityPerYear`;
    const raw = (values[path] ?? '').trim();
    if (!/^\d+$/.test(raw))
      errors[path] = 'Indiquez un nombre entier, 0 si le partenaire ne s’engage pas sur ce point.';
    else promised += Number(raw);
  });
  if (!Object.keys(errors).some((k) => k.startsWith('commitments.')) && promised === 0) {
    errors['commitments.0.quantityPerYear'] = 'Le partenaire doit s’engager sur au moins un point.';
  }
  template.version.signatories.forEach((_, index) => {
    if (!values[`signers.${index}.name`]?.trim())
      errors[`signers.${index}.name`] = 'Saisissez le nom du signataire.';
    if (!values[`signers.${index}.title`]?.trim()) {
      errors[`signers.${index}.title`] =
        'Saisissez la qualité du signataire, par exemple « Directrice générale ».';
    }
    const email = values[`signers.${index}.email`]?.trim() ?? '';
    if (!emailPattern.test(email))
      errors[`signers.${index}.email`] = 'Saisissez une adresse électronique valide.';
  });
  return errors;
}

export function toInput(input: {
  values: NewConventionValues;
  template: FormTemplate;
  partner: OrganizationRef;
  operator: OrganizationRef | null;
}): CreateConventionInput {
  const { values, template } = input;
  return {
    templateId: template.id,
    partnerOrganizationId: input.partner.id,
    ...(input.operator ? { operatorOrganizationId: input.operator.id } : {}),
    startDate: values.startDate!,
    commitments: template.version.commitmentTypes.map((type, index) => {
      const note = values[`commitments.${index}.note`]?.trim();
      return {
        type,
        quantityPerYear: Number(values[`commitments.${index}.quantityPerYear`]!.trim()),
        ...(note ? { note } : {}),
      };
    }),
    signers: template.version.signatories.map((signatory, index) => ({
      role: signatory.role,
      name: values[`signers.${index}.name`]!.trim(),
      title: values[`signers.${index}.title`]!.trim(),
      email: values[`signers.${index}.email`]!.trim(),
    })),
  };
}

/** A correction sends the whole form: the server keeps only what changed for its trail. */
export function toEditInput(input: {
  values: NewConventionValues;
  template: FormTemplate;
  operator: OrganizationRef | null;
}): EditConventionInput {
  const {
    templateId: _template,
    partnerOrganizationId: _partner,
    ...rest
  } = toInput({
    ...input,
    partner: { id: '', name: '' },
  });
  return {
    ...rest,
    title: input.values.title?.trim() ?? '',
    operatorOrganizationId: input.operator?.id ?? null,
  };
}

export const needsOperator = (template: FormTemplate | undefined) =>
  Boolean(template?.version.signatories.some((s) => s.role === 'operator'));
