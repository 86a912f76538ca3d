import * as z from 'zod/mini';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists (no 31 février). */
export const isoDate = (label: string) =>
  z.string().check(
    z.regex(ISO_DATE, `${label} : date au format AAAA-MM-JJ.`),
    z.refine(
      (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && toIsoDate(fromIsoDate(v)) === v,
      `${label} : cette date n’existe pas.`,
    ),
  );

export function fromIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds whole months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(value: string, months: number): string {
  const date = fromIsoDate(value);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return toIsoDate(date);
}

export function addDays(value: string, days: number): string {
  return toIsoDate(new Date(fromIsoDate(value).getTime() + days * 86_400_000));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((fromIsoDate(to).getTime() - fromIsoDate(from).getTime()) / 86_400_000);
}

export function formatFrenchDate(value: string): string {
  const months = [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ];
  const date = fromIsoDate(value);
  const day = date.getUTCDate();
  return `${day === 1 ? '1er' : day} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
