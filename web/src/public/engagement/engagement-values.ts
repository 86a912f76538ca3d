import type { FieldErrors } from '../../lib/use-form.ts';
import { commitmentLabels } from '../labels.ts';
import type { CommitmentType, EngagementInput, EngagementProgram, Establishment } from '../types.ts';

export const steps = [
  { title: 'Programme' },
  { title: 'Votre structure' },
  { title: 'Signataire et référent' },
  { title: 'Engagements' },
  { title: 'Vérification et envoi' },
] as const;

export const reviewStep = steps.length - 1;

/**
 * Everything typed on the path, flat and keyed by the contract's field paths (`signatory.email`),
 * so that a server error lands on its field without translation. Quantities are keyed by type
 * (`quantity.site_visits`): they survive switching programs, unlike array indices.
 */
export type Values = Record<string, string>;

export const initialValues: Values = {
  templateId: '',
  siret: '',
  'signatory.name': '',
  'signatory.title': '',
  'signatory.email': '',
  'referent.name': '',
  'referent.email': '',
  startDate: '',
};

export const quantityField = (type: CommitmentType) => `quantity.${type}`;

/** A quantity nobody touched is 0: the field shows it, so nothing is implied. */
export const quantityText = (values: Values, type: CommitmentType) =>
  (values[quantityField(type)] ?? '0').trim();

export const fieldId = (field: string) => `engager-${field.replaceAll('.', '-')}`;

export function fieldLabels(program: EngagementProgram | undefined): Record<string, string> {
  const labels: Record<string, string> = {
    templateId: 'Programme',
    siret: 'Numéro SIRET',
    'signatory.name': 'Nom et prénom du ou de la signataire',
    'signatory.title': 'Qualité du ou de la signataire',
    'signatory.email': 'Adresse électronique du ou de la signataire',
    'referent.name': 'Nom et prénom du ou de la référente',
    'referent.email': 'Adresse électronique du ou de la référente',
    startDate: 'Date de début de la convention',
  };
  for (const type of program?.commitmentTypes ?? [])
    labels[quantityField(type)] = commitmentLabels[type].label;
  return labels;
}

/** Which step shows a field; what no step shows is listed on the review step. */
export function stepOfField(field: string): number {
  if (field === 'templateId') return 0;
  if (field === 'siret') return 1;
  if (field.startsWith('signatory.') || field.startsWith('referent.')) return 2;
  if (field === 'startDate' || field.startsWith('quantity.')) return 3;
  return reviewStep;
}

export function errorsOfStep(errors: FieldErrors, step: number): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => stepOfField(field) === step));
}

export function withoutStep(errors: FieldErrors, step: number): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => stepOfField(field) !== step));
}

/**
 * `commitments.1.quantityPerYear` → `quantity.<the type sent second>`; an error about the whole
 * list goes to its first field, where the person starts reading it.
 */
export function fromServerFields(fields: FieldErrors, sent: readonly CommitmentType[]): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [field, message] of Object.entries(fields)) {
    const match = /^commitments(?:\.(\d+))?(\.|$)/.exec(field);
    const type = match ? sent[Number(match[1] ?? 0)] : undefined;
    const target = type ? quantityField(type) : field;
    mapped[target] ??= message;
  }
  return mapped;
}

export const normalizeSiret = (value: string) => value.replace(/[\s.\u00a0\u202f]/g, '');

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkText(errors: FieldErrors, values: Values, field: string, missing: string, max: number) {
  const value = values[field]?.trim() ?? '';
  if (!value) errors[field] = missing;
  else if (value.length > max) errors[field] = `${max} caractères au plus.`;
}

function checkEmail(errors: FieldErrors, values: Values, field: string, missing: string) {
  const value = values[field]?.trim() ?? '';
  if (!value) errors[field] = missing;
  else if (!emailPattern.test(value)) {
    errors[field] = 'Saisissez une adresse électronique valide, par exemple prenom.nom@entreprise.fr.';
  }
}

export const siretFormatError = 'Le numéro SIRET compte 14 chiffres, par exemple 732 829 320 00074.';
export const closedError =
  'Cet établissement est fermé selon le répertoire SIRENE. Indiquez le SIRET d’un établissement en activité.';

export type Context = {
  programs: readonly EngagementProgram[];
  establishment: Establishment | null;
  today: string;
};

export function selectedProgram(values: Values, programs: readonly EngagementProgram[]) {
  return programs.find((program) => program.templateId === values.templateId);
}

/** The establishment found for the SIRET as typed now, if it was looked up. */
export function confirmedEstablishment(values: Values, establishment: Establishment | null) {
  if (!establishment) return null;
  return normalizeSiret(establishment.siret) === normalizeSiret(values.siret ?? '') ? establishment : null;
}

/** Client-side checks of one step: the same wording as the server's, so nothing reads twice. */
export function checkStep(step: number, values: Values, context: Context): FieldErrors {
  const errors: FieldErrors = {};
  if (step === 0) {
    if (!selectedProgram(values, context.programs)) errors.templateId = 'Choisissez un programme.';
  } else if (step === 1) {
    const found = confirmedEstablishment(values, context.establishment);
    if (!/^\d{14}$/.test(normalizeSiret(values.siret ?? ''))) errors.siret = siretFormatError;
    else if (!found) errors.siret = 'Recherchez l’établissement pour confirmer qu’il s’agit du vôtre.';
    else if (!found.active) errors.siret = closedError;
  } else if (step === 2) {
    checkText(errors, values, 'signatory.name', 'Indiquez le nom de la personne qui signera.', 120);
    checkText(
      errors,
      values,
      'signatory.title',
      'Indiquez sa qualité, par exemple « Directrice générale ».',
      120,
    );
    checkEmail(errors, values, 'signatory.email', 'Indiquez l’adresse où envoyer la convention à signer.');
    checkText(
      errors,
      values,
      'referent.name',
      'Indiquez le nom de la personne qui suivra le partenariat.',
      120,
    );
    checkEmail(errors, values, 'referent.email', 'Indiquez l’adresse électronique du ou de la référente.');
  } else if (step === 3) {
    const program = selectedProgram(values, context.programs);
    let total = 0;
    for (const type of program?.commitmentTypes ?? []) {
      const field = quantityField(type);
      const text = quantityText(values, type);
      if (!/^\d+$/.test(text))
        errors[field] = 'Indiquez un nombre entier, 0 si vous ne prenez pas cet engagement.';
      else if (Number(text) > 100_000) errors[field] = 'Nombre trop élevé.';
      else total += Number(text);
    }
    const first = program?.commitmentTypes[0];
    if (first && !Object.keys(errors).length && total === 0) {
      errors[quantityField(first)] = 'Indiquez au moins un engagement supérieur à 0.';
    }
    const start = values.startDate ?? '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start))
      errors.startDate = 'Indiquez la date de début, par exemple 01/09/2026.';
    else if (start < context.today) errors.startDate = 'La date de début ne peut pas être passée.';
  }
  return errors;
}

/** The first step that is not complete yet: no later step may be shown before it. */
export function firstIncompleteStep(values: Values, context: Context): number {
  for (let step = 0; step < reviewStep; step++) {
    if (Object.keys(checkStep(step, values, context)).length) return step;
  }
  return reviewStep;
}

export function toInput(values: Values, program: EngagementProgram): EngagementInput {
  const text = (field: string) => (values[field] ?? '').trim();
  return {
    templateId: program.templateId,
    siret: normalizeSiret(values.siret ?? ''),
    signatory: {
      name: text('signatory.name'),
      title: text('signatory.title'),
      email: text('signatory.email'),
    },
    referent: { name: text('referent.name'), email: text('referent.email') },
    startDate: text('startDate'),
    commitments: program.commitmentTypes.map((type) => ({
      type,
      quantityPerYear: Number(quantityText(values, type)),
    })),
  };
}

/** Today as `YYYY-MM-DD` where the person is, which is what a date input compares with. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
