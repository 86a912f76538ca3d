import type { Authorisation, DayKind, Gender } from './types.ts';

// Job families are the mentoring catalogue's (packages/domain mentoring/catalogue.ts): one list of
// words for both programs, so a host's family reads the same in mails, exports and screens.
export { jobFamilyLabels } from '../mentoring/labels.ts';

export const genderLabels: Record<Gender, string> = { F: 'Fille', M: 'Garçon', X: 'Autre ou non précisé' };

export const dayKindLabels: Record<DayKind, string> = {
  citizenship: 'Journée citoyenneté',
  service: 'Découverte d’un service',
  restitution: 'Restitution et rencontre avec les élus',
};

export const authorisationLabels: Record<Authorisation, string> = {
  pending: 'En attente',
  given: 'Donnée',
  refused: 'Refusée',
};

export const priorityLabels: Record<string, string> = {
  'REP+': 'REP+',
  REP: 'REP',
  none: 'Hors éducation prioritaire',
};

const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** The date of a day of the week, counted from its Monday (day 0). */
export function dayDate(weekStart: string, dayIndex: number): string {
  const date = utc(weekStart);
  date.setUTCDate(date.getUTCDate() + dayIndex);
  return date.toISOString().slice(0, 10);
}

/** "mardi 3 mars 2026". */
export function formatDay(iso: string): string {
  const date = utc(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "mar. 3 mars": a grid's column head, the full date stays in its accessible name. */
export function formatShortDay(iso: string): string {
  const date = utc(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('fr-FR', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

export const weekTitle = (startDate: string) => `Semaine du ${formatDay(startDate)}`;

export const isMonday = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso) && utc(iso).getUTCDay() === 1;

/** "1,5" — weights and shares as the French write them. */
export const frenchNumber = (value: number, digits = 2) =>
  value.toLocaleString('fr-FR', { maximumFractionDigits: digits });

/** "d’Inès", "de Malo": French elides "de" before a vowel or a mute h. */
export const ofName = (name: string) => (/^[aeiouyhàâéèêëîïôûü]/i.test(name) ? `d’${name}` : `de ${name}`);
