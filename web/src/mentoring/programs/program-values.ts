import type { FieldErrors } from '../../lib/use-form.ts';
import { parseBounded } from '../components/number-field.tsx';
import { currentSeason } from '../labels.ts';
import type { Criterion, ProgramInput, Ref, SchoolLevel } from '../types.ts';

export const criteria: Criterion[] = ['interests', 'distance', 'availability', 'preferences', 'language'];

export const initialProgramValues = () => ({
  name: '',
  mode: 'any',
  season: currentSeason(),
  durationMonths: '10',
  defaultCapacity: '1',
  'weights.interests': '5',
  'weights.distance': '3',
  'weights.availability': '4',
  'weights.preferences': '2',
  'weights.language': '1',
  maxDistanceKm: '',
  agentHoursAllowance: '0',
  noMeetingReminderWeeks: '4',
});
export type ProgramValues = ReturnType<typeof initialProgramValues>;

/** Field path (as the API names it) → visible label, for the error summary. */
export const programLabels: Record<string, string> = {
  name: 'Nom du programme',
  audienceLevels: 'Niveaux visés',
  'eligibility.mode': 'Règle de combinaison',
  'eligibility.custom': 'Critères propres au programme',
  season: 'Année scolaire',
  durationMonths: 'Durée de l’accompagnement',
  defaultCapacity: 'Jeunes par mentor',
  'weights.interests': 'Poids : centres d’intérêt et métier',
  'weights.distance': 'Poids : distance',
  'weights.availability': 'Poids : disponibilités communes',
  'weights.preferences': 'Poids : niveaux souhaités par le mentor',
  'weights.language': 'Poids : langues',
  maxDistanceKm: 'Distance maximale',
  operatorOrganizationId: 'Association opératrice',
  agentHoursAllowance: 'Heures annuelles des agents',
  noMeetingReminderWeeks: 'Relance sans rencontre',
};
for (let i = 0; i < 5; i++) programLabels[`eligibility.custom.${i}`] = `Critère ${i + 1}`;

export const programFieldId = (field: string) => `programme-${field.replaceAll('.', '-')}`;

export type ProgramExtra = { levels: string[]; rules: string[]; custom: string[]; operator: Ref | null };

export function checkProgram(values: ProgramValues, extra: ProgramExtra): FieldErrors {
  const found: FieldErrors = {};
  if (!values.name.trim()) found.name = 'Saisissez le nom du programme.';
  if (!extra.levels.length) found.audienceLevels = 'Choisissez au moins un niveau.';
  extra.custom.forEach((text, index) => {
    if (!text.trim()) found[`eligibility.custom.${index}`] = 'Saisissez le critère, ou retirez-le.';
  });
  const season = /^(20\d{2})-(20\d{2})$/.exec(values.season.trim());
  if (!season || Number(season[2]) !== Number(season[1]) + 1) {
    found.season = 'Indiquez l’année scolaire au format 2026-2027.';
  }
  if (parseBounded(values.durationMonths, 1, 96) === null) {
    found.durationMonths = 'Indiquez une durée entière entre 1 et 96 mois.';
  }
  if (parseBounded(values.defaultCapacity, 1, 5) === null) {
    found.defaultCapacity = 'Indiquez un nombre entier de jeunes entre 1 et 5.';
  }
  for (const criterion of criteria) {
    const key = `weights.${criterion}` as const;
    if (parseBounded(values[key], 0, 10) === null) found[key] = 'Indiquez un poids entier de 0 à 10.';
  }
  if (values.maxDistanceKm.trim() && parseBounded(values.maxDistanceKm, 1, 2000, false) === null) {
    found.maxDistanceKm = 'Indiquez une distance entre 1 et 2 000 km, ou laissez vide.';
  }
  if (parseBounded(values.agentHoursAllowance, 0, 500) === null) {
    found.agentHoursAllowance = 'Indiquez un nombre entier d’heures entre 0 et 500.';
  }
  if (parseBounded(values.noMeetingReminderWeeks, 1, 26) === null) {
    found.noMeetingReminderWeeks = 'Indiquez un nombre entier de semaines entre 1 et 26.';
  }
  return found;
}

export function toProgramInput(values: ProgramValues, extra: ProgramExtra): ProgramInput {
  const n = (text: string) => Number(text.trim().replace(',', '.'));
  const input: ProgramInput = {
    name: values.name.trim(),
    audienceLevels: extra.levels as SchoolLevel[],
    eligibility: {
      mode: values.mode === 'all' ? 'all' : 'any',
      scholarship: extra.rules.includes('scholarship'),
      priorityEducation: extra.rules.includes('priorityEducation'),
      priorityNeighbourhood: extra.rules.includes('priorityNeighbourhood'),
      custom: extra.custom.map((text) => text.trim()),
    },
    season: values.season.trim(),
    durationMonths: n(values.durationMonths),
    defaultCapacity: n(values.defaultCapacity),
    weights: {
      interests: n(values['weights.interests']),
      distance: n(values['weights.distance']),
      availability: n(values['weights.availability']),
      preferences: n(values['weights.preferences']),
      language: n(values['weights.language']),
    },
    agentHoursAllowance: n(values.agentHoursAllowance),
    noMeetingReminderWeeks: n(values.noMeetingReminderWeeks),
  };
  if (values.maxDistanceKm.trim()) input.maxDistanceKm = n(values.maxDistanceKm);
  if (extra.operator) input.operatorOrganizationId = extra.operator.id;
  return input;
}
