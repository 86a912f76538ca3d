import type { IndicatorUnit } from './types.ts';

const number = (value: number, digits: number) =>
  value.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A figure as a French reader expects it: "69,6 %", "4,5 mois", "4,20 sur 5". */
export function formatValue(unit: IndicatorUnit, value: number | null): string {
  if (value === null) return '—';
  switch (unit) {
    case 'share':
    case 'rate':
      return `${number(value * 100, 1)} %`;
    case 'months':
      return `${number(value, 1)} mois`;
    case 'score':
      return `${number(value, 2)} sur 5`;
    default:
      return number(value, Number.isInteger(value) ? 0 : 1);
  }
}

/** `2026-11` → "novembre 2026" (or "nov. 2026" when short). */
export function formatPeriod(period: string, short = false): string {
  const [year, month] = period.split('-').map(Number);
  if (!year || !month) return period;
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString('fr-FR', {
    month: short ? 'short' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The threshold of the statistical secret, as the screens write it. */
export const SECRET = '< 5';
