import * as z from 'zod/mini';
import { trimmed } from '../shared/validation.ts';
import { DISCOVERY_DAY_KINDS } from './plan-input.ts';

// The fields that define a discovery-week program apart from its dates: what the API accepts
// when a coordinator saves one, and what a national template carries from one territory to another.

export const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number(`${label} : indiquez un nombre.`)
    .check(
      z.int(`${label} : nombre entier.`),
      z.gte(min, `${label} : au moins ${min}.`),
      z.lte(max, `${label} : au plus ${max}.`),
    );

const weight = (label: string) =>
  z.number(`Poids ${label} : indiquez un nombre.`).check(
    z.gt(0, `Poids ${label} : il doit être positif.`),
    z.lte(10, `Poids ${label} : au plus 10.`),
    z.refine(
      (v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-9,
      `Poids ${label} : au plus trois décimales.`,
    ),
  );

export const discoveryProgramFields = {
  name: trimmed('Le nom du programme', 120),
  season: z.string('Saison : au format 2026-2027.').check(
    z.regex(/^\d{4}-\d{4}$/, 'Saison : au format 2026-2027.'),
    z.refine((s) => Number(s.slice(5)) === Number(s.slice(0, 4)) + 1, 'Saison : deux années qui se suivent.'),
  ),
  totalPlaces: wholeNumber('Nombre de places', 1, 10_000),
  priorityWeights: z.object({
    'REP+': weight('REP+'),
    REP: weight('REP'),
    none: weight('hors éducation prioritaire'),
  }),
  minimumPerSchool: wholeNumber('Minimum par collège', 0, 1000),
  groupSize: wholeNumber('Taille des groupes', 2, 12),
  layout: z
    .array(z.enum(DISCOVERY_DAY_KINDS, 'Type de journée : citizenship, service ou restitution.'))
    .check(
      z.minLength(1, 'La semaine compte au moins une journée.'),
      z.maxLength(7, 'La semaine compte au plus 7 journées.'),
      z.refine((days) => days.includes('service'), 'La semaine compte au moins une journée en service.'),
    ),
};
