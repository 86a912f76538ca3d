import type { FieldErrors } from '../../lib/use-form.ts';
import type { JobFamily, MentorInput, SchoolLevel, Slot } from '../types.ts';
import { parseBounded } from './number-field.tsx';

export const initialMentorValues = (organizationId: string) => ({
  firstName: '',
  lastName: '',
  email: '',
  organizationId,
  jobFamily: '',
  jobTitle: '',
  skills: '',
  communeCode: '',
  capacity: '',
  managerEmail: '',
});
export type MentorValues = ReturnType<typeof initialMentorValues>;

/** What the form holds outside its text boxes. */
export type MentorChoices = {
  mode: 'agent' | 'partner';
  organizationId: string;
  availability: string[];
  languages: string[];
  preferredLevels: string[];
  onWorkTime: boolean;
};

export const mentorLabels: Record<string, string> = {
  firstName: 'Prénom',
  lastName: 'Nom',
  email: 'Adresse électronique',
  organizationId: 'Organisation',
  jobFamily: 'Famille de métiers',
  jobTitle: 'Métier exercé',
  skills: 'Compétences à partager',
  communeCode: 'Commune de travail',
  availability: 'Disponibilités',
  capacity: 'Nombre de jeunes accompagnés',
  languages: 'Langues parlées',
  preferredLevels: 'Niveaux préférés',
  onWorkTime: 'Sur le temps de travail',
  managerEmail: 'Adresse électronique du ou de la responsable',
};

export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const communePattern = /^\d[0-9AB]\d{3}$/;

export function checkMentor(values: MentorValues, choices: MentorChoices): FieldErrors {
  const found: FieldErrors = {};
  if (!values.firstName.trim()) found.firstName = 'Saisissez le prénom.';
  if (!values.lastName.trim()) found.lastName = 'Saisissez le nom.';
  if (!emailPattern.test(values.email.trim())) found.email = 'Saisissez une adresse électronique valide.';
  if (!choices.organizationId) {
    found.organizationId =
      choices.mode === 'agent' ? 'Choisissez le service de l’agent.' : 'Choisissez l’organisation du mentor.';
  }
  if (!values.jobFamily) found.jobFamily = 'Choisissez une famille de métiers.';
  if (!values.jobTitle.trim()) found.jobTitle = 'Saisissez le métier exercé.';
  if (values.communeCode.trim() && !communePattern.test(values.communeCode.trim().toUpperCase())) {
    found.communeCode = 'Code commune INSEE invalide (5 caractères, par exemple 63113).';
  }
  if (!choices.availability.length) found.availability = 'Indiquez au moins un créneau.';
  if (values.capacity.trim() && parseBounded(values.capacity, 1, 5) === null) {
    found.capacity = 'Indiquez un nombre entier entre 1 et 5, ou laissez vide.';
  }
  if (!choices.languages.length) found.languages = 'Cochez au moins une langue.';
  if (choices.mode === 'agent' && choices.onWorkTime && !emailPattern.test(values.managerEmail.trim())) {
    found.managerEmail =
      'Un agent qui mentore sur son temps de travail a besoin de l’accord de son ou sa responsable : saisissez son adresse.';
  }
  return found;
}

export function toMentorInput(values: MentorValues, choices: MentorChoices): MentorInput {
  const skills = values.skills
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const input: MentorInput = {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: values.email.trim(),
    organizationId: choices.organizationId,
    jobFamily: values.jobFamily as JobFamily,
    jobTitle: values.jobTitle.trim(),
    availability: choices.availability as Slot[],
    languages: choices.languages,
    preferredLevels: choices.preferredLevels as SchoolLevel[],
    onWorkTime: choices.mode === 'agent' && choices.onWorkTime,
  };
  if (skills.length) input.skills = skills;
  if (values.communeCode.trim()) input.communeCode = values.communeCode.trim().toUpperCase();
  if (values.capacity.trim()) input.capacity = Number(values.capacity.trim());
  if (input.onWorkTime) input.managerEmail = values.managerEmail.trim();
  return input;
}
