import type { OrganizationInput, OrganizationKind, PriorityEducation, SchoolKind } from '../api/types.ts';
import type { FieldErrors } from '../lib/use-form.ts';

export type OrganizationValues = {
  kind: string;
  name: string;
  siret: string;
  rna: string;
  uai: string;
  schoolKind: string;
  priorityEducation: string;
  communeCode: string;
  communeName: string;
  activities: string;
  audience: string;
  email: string;
};

export const fieldLabels: Record<keyof OrganizationValues, string> = {
  kind: 'Type d’organisation',
  name: 'Nom',
  siret: 'Numéro SIRET',
  rna: 'Numéro RNA',
  uai: 'Code UAI',
  schoolKind: 'Type d’établissement',
  priorityEducation: 'Éducation prioritaire',
  communeCode: 'Code INSEE de la commune',
  communeName: 'Nom de la commune',
  activities: 'Ce que fait l’organisation',
  audience: 'Pour qui',
  email: 'Adresse électronique de contact',
};

const compact = (value: string) => value.replace(/\s+/g, '');

/**
 * Catches typos before a round trip. The SIRET key (Luhn) and every other rule stay the server's
 * call: its French field messages are shown the same way.
 */
export function checkOrganization(values: OrganizationValues): FieldErrors {
  const errors: FieldErrors = {};
  const siret = compact(values.siret);
  const rna = compact(values.rna).toUpperCase();
  const uai = compact(values.uai).toUpperCase();
  if (!values.kind) errors.kind = 'Choisissez le type d’organisation.';
  if (!values.name.trim()) errors.name = 'Saisissez le nom de l’organisation.';
  if (siret && !/^\d{14}$/.test(siret)) errors.siret = 'Le SIRET compte 14 chiffres.';
  if (rna && !/^W\d{9}$/.test(rna)) errors.rna = 'Le numéro RNA s’écrit W suivi de 9 chiffres.';
  if (values.kind === 'company' && !siret) errors.siret = 'Saisissez le SIRET de l’entreprise.';
  if (values.kind === 'association' && !siret && !rna) {
    errors.rna = 'Saisissez le numéro RNA ou le SIRET de l’association.';
  }
  if (values.kind === 'business_club' && !siret && !rna) {
    errors.rna = 'Saisissez le numéro RNA ou le SIRET du club d’entreprises.';
  }
  for (const [field, max] of [
    ['communeName', 100],
    ['activities', 500],
    ['audience', 300],
  ] as const) {
    if (values[field].trim().length > max) errors[field] = `${max} caractères au plus.`;
  }
  if (values.kind === 'school') {
    if (!uai) errors.uai = 'Saisissez le code UAI de l’établissement.';
    else if (!/^\d{7}[A-Z]$/.test(uai)) errors.uai = 'Le code UAI s’écrit 7 chiffres suivis d’une lettre.';
    if (!values.schoolKind) errors.schoolKind = 'Choisissez le type d’établissement.';
  }
  if (values.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) {
    errors.email = 'Saisissez une adresse électronique valide.';
  }
  return errors;
}

/**
 * Only the identifiers that belong to the chosen kind are sent. An empty optional field is left
 * out of a creation, and sent as '' in an update, which is how the API clears it.
 */
export function toInput(values: OrganizationValues, mode: 'create' | 'update'): OrganizationInput {
  const kind = values.kind as OrganizationKind;
  const input: OrganizationInput = { kind, name: values.name.trim() };
  const optional = (value: string) => (value || mode === 'update' ? value : undefined);
  const siret = compact(values.siret);
  if (kind === 'company') input.siret = siret;
  if (kind === 'association' || kind === 'business_club') {
    input.siret = optional(siret);
    input.rna = optional(compact(values.rna).toUpperCase());
  }
  if (kind === 'school') {
    input.uai = compact(values.uai).toUpperCase();
    input.schoolKind = values.schoolKind as SchoolKind;
    input.priorityEducation = (values.priorityEducation || 'none') as PriorityEducation;
  }
  input.communeCode = optional(compact(values.communeCode).toUpperCase());
  input.communeName = optional(values.communeName.trim());
  input.activities = optional(values.activities.trim());
  input.audience = optional(values.audience.trim());
  input.email = optional(values.email.trim());
  for (const key of Object.keys(input) as (keyof OrganizationInput)[]) {
    if (input[key] === undefined) delete input[key];
  }
  return input;
}
