import type { FieldErrors } from '../../lib/use-form.ts';
import { parseBounded } from '../../mentoring/components/number-field.tsx';
import { currentSeason } from '../../mentoring/labels.ts';
import { isMonday } from '../labels.ts';
import type { ProgramInput } from '../types.ts';

export const initialProgramValues = () => ({
  name: '',
  season: currentSeason(),
  totalPlaces: '100',
  'priorityWeights.REP+': '1,5',
  'priorityWeights.REP': '1,25',
  minimumPerSchool: '0',
  groupSize: '5',
});
export type ProgramValues = ReturnType<typeof initialProgramValues>;

/** Field path (as the API names it) → visible label, for the error summary. */
export const programLabels: Record<string, string> = {
  name: 'Nom du programme',
  season: 'Année scolaire',
  totalPlaces: 'Nombre total de places',
  'priorityWeights.REP+': 'Coefficient REP+',
  'priorityWeights.REP': 'Coefficient REP',
  minimumPerSchool: 'Minimum de places par collège',
  groupSize: 'Taille des groupes',
  weeks: 'Semaines d’accueil',
};
for (let i = 0; i < 12; i++) programLabels[`weeks.${i}`] = `Semaine ${i + 1}`;

export const programFieldId = (field: string) => `pass3e-${field.replaceAll('.', '-').replace('+', 'plus')}`;

/** A coefficient as typed ("1,5"), or null: above 0, at most 10, three decimals at most. */
export function parseWeight(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,3})?$/.test(clean)) return null;
  const n = Number(clean);
  return n > 0 && n <= 10 ? n : null;
}

export function checkProgram(values: ProgramValues, weeks: string[]): FieldErrors {
  const found: FieldErrors = {};
  if (!values.name.trim()) found.name = 'Saisissez le nom du programme.';
  const season = /^(20\d{2})-(20\d{2})$/.exec(values.season.trim());
  if (!season || Number(season[2]) !== Number(season[1]) + 1) {
    found.season = 'Indiquez l’année scolaire au format 2026-2027.';
  }
  if (parseBounded(values.totalPlaces, 1, 10_000) === null) {
    found.totalPlaces = 'Indiquez un nombre entier de places entre 1 et 10 000.';
  }
  for (const key of ['priorityWeights.REP+', 'priorityWeights.REP'] as const) {
    if (parseWeight(values[key]) === null) {
      found[key] = 'Indiquez un coefficient entre 0 et 10, par exemple 1,5 (trois décimales au plus).';
    }
  }
  if (parseBounded(values.minimumPerSchool, 0, 1000) === null) {
    found.minimumPerSchool = 'Indiquez un nombre entier de places, 0 s’il n’y a pas de minimum.';
  }
  if (parseBounded(values.groupSize, 2, 12) === null) {
    found.groupSize = 'Indiquez une taille de groupe entière entre 2 et 12 élèves.';
  }
  weeks.forEach((week, index) => {
    if (!week) found[`weeks.${index}`] = 'Choisissez la date du lundi de cette semaine.';
    else if (!isMonday(week))
      found[`weeks.${index}`] = 'Cette date n’est pas un lundi : une semaine commence le lundi.';
    else if (weeks.indexOf(week) !== index) found[`weeks.${index}`] = 'Cette semaine figure déjà plus haut.';
  });
  return found;
}

export function toProgramInput(values: ProgramValues, weeks: string[]): ProgramInput {
  const n = (text: string) => Number(text.trim().replace(',', '.'));
  return {
    name: values.name.trim(),
    season: values.season.trim(),
    totalPlaces: n(values.totalPlaces),
    priorityWeights: {
      'REP+': parseWeight(values['priorityWeights.REP+'])!,
      REP: parseWeight(values['priorityWeights.REP'])!,
      none: 1,
    },
    minimumPerSchool: n(values.minimumPerSchool),
    groupSize: n(values.groupSize),
    weeks: [...weeks].sort(),
  };
}
