import * as z from 'zod/mini';
import { INDICATOR_KEYS } from './framework.ts';

/** A month, the time step of the series: `2026-11`. */
export const IndicatorPeriod = z
  .string('Période au format AAAA-MM.')
  .check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Période au format AAAA-MM (par exemple 2026-11).'));

/** `all`, a program kind, or `template:<id>` (the programs replicated from one national template). */
export const IndicatorScope = z
  .string('Périmètre inconnu.')
  .check(
    z.regex(
      /^(all|mentoring|discovery|template:[a-z]+_[0-9a-z]{26})$/,
      'Périmètre inconnu : all, mentoring, discovery ou template:<identifiant>.',
    ),
  );

export const IndicatorKeyInput = z.enum(INDICATOR_KEYS, 'Indicateur inconnu.');

const Dimension = z
  .string()
  .check(z.maxLength(80, 'Dimension trop longue.'), z.regex(/^[a-z_]*(:[\w+-]+)?$/, 'Dimension inconnue.'));

export const IndicatorTableQuery = z.object({
  period: z.optional(IndicatorPeriod),
  scope: z._default(IndicatorScope, 'all'),
});
export type IndicatorTableQuery = z.infer<typeof IndicatorTableQuery>;

export const IndicatorSeriesQuery = z.object({
  indicator: z._default(IndicatorKeyInput, 'young_people'),
  scope: z._default(IndicatorScope, 'all'),
  dimension: z._default(Dimension, ''),
});
export type IndicatorSeriesQuery = z.infer<typeof IndicatorSeriesQuery>;

export const IndicatorExportQuery = z.object({
  period: z.optional(IndicatorPeriod),
  scope: z.optional(IndicatorScope),
});
export type IndicatorExportQuery = z.infer<typeof IndicatorExportQuery>;

/** The month a push belongs to, in UTC: each daily push replaces that month's figures. */
export function periodOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}
