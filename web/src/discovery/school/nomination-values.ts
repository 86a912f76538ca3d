import type { FieldErrors } from '../../lib/use-form.ts';
import type { Gender, JobFamily, NominationInput } from '../types.ts';

export const initialNominationValues = (schoolId: string) => ({
  schoolId,
  firstName: '',
  lastName: '',
  gender: '',
  interest1: '',
  interest2: '',
  interest3: '',
  reason: '',
  guardianEmail: '',
});
export type NominationValues = ReturnType<typeof initialNominationValues>;

export const nominationLabels: Record<string, string> = {
  schoolId: 'Collège',
  firstName: 'Prénom',
  lastName: 'Nom',
  gender: 'Genre',
  interest1: 'Centre d’intérêt, 1er choix',
  interest2: 'Centre d’intérêt, 2e choix',
  interest3: 'Centre d’intérêt, 3e choix',
  interests: 'Centres d’intérêt',
  reason: 'Pourquoi cet élève',
  guardianEmail: 'Adresse électronique du ou de la responsable légal·e',
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ranks = ['interest1', 'interest2', 'interest3'] as const;

export function checkNomination(values: NominationValues): FieldErrors {
  const found: FieldErrors = {};
  if (!values.schoolId) found.schoolId = 'Choisissez le collège.';
  if (!values.firstName.trim()) found.firstName = 'Saisissez le prénom de l’élève.';
  if (!values.lastName.trim()) found.lastName = 'Saisissez le nom de l’élève.';
  if (!values.gender)
    found.gender = 'Indiquez le genre : il sert à équilibrer filles et garçons dans les groupes.';
  if (!values.interest1) found.interest1 = 'Choisissez au moins un centre d’intérêt.';
  ranks.forEach((key, index) => {
    const value = values[key];
    if (!value) return;
    if (index > 0 && !values[ranks[index - 1]!]) {
      found[ranks[index - 1]!] ??= 'Remplissez les choix dans l’ordre, sans en laisser un vide avant.';
    }
    if (ranks.slice(0, index).some((earlier) => values[earlier] === value)) {
      found[key] = 'Ce centre d’intérêt est déjà choisi plus haut.';
    }
  });
  if (!values.reason.trim()) found.reason = 'Dites en une phrase pourquoi cet élève est proposé.';
  if (!emailPattern.test(values.guardianEmail.trim())) {
    found.guardianEmail = 'Saisissez une adresse électronique valide : le lien d’autorisation y est envoyé.';
  }
  return found;
}

export function toNominationInput(values: NominationValues): NominationInput {
  return {
    schoolId: values.schoolId,
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    gender: values.gender as Gender,
    interests: ranks.map((key) => values[key]).filter(Boolean) as JobFamily[],
    reason: values.reason.trim(),
    guardianEmail: values.guardianEmail.trim(),
  };
}

/** The server names the list `interests` and its items `interests.0`…: each lands on its box. */
export function nominationFieldId(programId: string) {
  return (field: string) => {
    const item = /^interests\.(\d)$/.exec(field);
    const name = item ? `interest${Number(item[1]) + 1}` : field === 'interests' ? 'interest1' : field;
    return `pass3e-eleve-${programId}-${name}`;
  };
}
