import type { FieldErrors } from '../../lib/use-form.ts';
import { communePattern } from '../components/mentor-values.ts';
import type { JobFamily, NominationInput, NominationReason, SchoolLevel, Slot } from '../types.ts';

export const initialNominationValues = (schoolId: string, level: string) => ({
  firstName: '',
  lastName: '',
  birthDate: '',
  level,
  schoolId,
  communeCode: '',
  reason: '',
  reasonDetail: '',
  guardianEmail: '',
});
export type NominationValues = ReturnType<typeof initialNominationValues>;

export type NominationChoices = {
  interests: string[];
  availability: string[];
  languages: string[];
  /** `scholarship`, `priorityNeighbourhood`: only asked when the program's rules use them. */
  flags: string[];
  customCriteria: string[];
};

export const nominationLabels: Record<string, string> = {
  firstName: 'Prénom',
  lastName: 'Nom',
  birthDate: 'Date de naissance',
  level: 'Niveau',
  schoolId: 'Établissement',
  communeCode: 'Commune de résidence',
  interests: 'Centres d’intérêt',
  availability: 'Disponibilités',
  languages: 'Langues parlées',
  reason: 'Motif de la proposition',
  reasonDetail: 'Précision',
  scholarship: 'Bourse',
  priorityNeighbourhood: 'Quartier prioritaire',
  customCriteria: 'Critères du programme',
  guardianEmail: 'Adresse électronique du ou de la responsable légal·e',
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkNomination(values: NominationValues, choices: NominationChoices): FieldErrors {
  const found: FieldErrors = {};
  if (!values.firstName.trim()) found.firstName = 'Saisissez le prénom de l’élève.';
  if (!values.lastName.trim()) found.lastName = 'Saisissez le nom de l’élève.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.birthDate)) found.birthDate = 'Indiquez la date de naissance.';
  if (!values.level) found.level = 'Choisissez le niveau de l’élève.';
  if (!values.schoolId) found.schoolId = 'Choisissez l’établissement.';
  if (values.communeCode.trim() && !communePattern.test(values.communeCode.trim().toUpperCase())) {
    found.communeCode = 'Code commune INSEE invalide (5 caractères, par exemple 63113).';
  }
  if (!choices.interests.length) found.interests = 'Choisissez au moins un centre d’intérêt.';
  else if (choices.interests.length > 5) found.interests = 'Choisissez au plus 5 centres d’intérêt.';
  if (!choices.availability.length) found.availability = 'Indiquez au moins un créneau.';
  if (!choices.languages.length) found.languages = 'Cochez au moins une langue.';
  if (!values.reason) found.reason = 'Choisissez le motif de la proposition.';
  if (values.reason === 'other' && !values.reasonDetail.trim()) {
    found.reasonDetail = 'Précisez le motif.';
  }
  if (!emailPattern.test(values.guardianEmail.trim())) {
    found.guardianEmail = 'Saisissez une adresse électronique valide : le lien d’autorisation y est envoyé.';
  }
  return found;
}

export function toNominationInput(values: NominationValues, choices: NominationChoices): NominationInput {
  const input: NominationInput = {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    birthDate: values.birthDate,
    level: values.level as SchoolLevel,
    schoolId: values.schoolId,
    interests: choices.interests as JobFamily[],
    availability: choices.availability as Slot[],
    languages: choices.languages,
    reason: values.reason as NominationReason,
    scholarship: choices.flags.includes('scholarship'),
    priorityNeighbourhood: choices.flags.includes('priorityNeighbourhood'),
    customCriteria: choices.customCriteria,
    guardianEmail: values.guardianEmail.trim(),
  };
  if (values.communeCode.trim()) input.communeCode = values.communeCode.trim().toUpperCase();
  if (values.reasonDetail.trim()) input.reasonDetail = values.reasonDetail.trim();
  return input;
}
