import { addDays, addMonths } from '../shared/dates.ts';
import type { CommitmentType } from './commitments.ts';

export type ConventionYear = { index: number; from: string; to: string };

/** Year k of a convention runs from its start + (k−1) years to the day before start + k years. */
export function conventionYears(input: { startDate: string; endDate: string }): ConventionYear[] {
  const years: ConventionYear[] = [];
  for (let index = 1; index <= 20; index++) {
    const from = addMonths(input.startDate, (index - 1) * 12);
    if (from > input.endDate) break;
    const next = addDays(addMonths(input.startDate, index * 12), -1);
    // ISO dates compare as strings: the last year stops at the convention's own end.
    const to = next.localeCompare(input.endDate) < 0 ? next : input.endDate;
    years.push({ index, from, to });
  }
  return years;
}

export function yearOf(years: readonly ConventionYear[], date: string): number | null {
  return years.find((y) => y.from <= date && date <= y.to)?.index ?? null;
}

export type LedgerRow = {
  year: number;
  from: string;
  to: string;
  type: CommitmentType;
  promised: number;
  delivered: number;
  /** 0..1, or null when nothing was promised. */
  fulfilment: number | null;
};

/** Promised vs delivered per year and commitment; deliveries outside the convention's years are ignored. */
export function buildLedger(input: {
  years: readonly ConventionYear[];
  commitments: readonly { type: CommitmentType; quantityPerYear: number }[];
  deliveries: readonly { type: CommitmentType; year: number; quantity: number }[];
}): LedgerRow[] {
  const rows: LedgerRow[] = [];
  for (const year of input.years) {
    for (const commitment of input.commitments) {
      const delivered = input.deliveries
        .filter((d) => d.year === year.index && d.type === commitment.type)
        .reduce((sum, d) => sum + d.quantity, 0);
      rows.push({
        year: year.index,
        from: year.from,
        to: year.to,
        type: commitment.type,
        promised: commitment.quantityPerYear,
        delivered,
        fulfilment: commitment.quantityPerYear > 0 ? delivered / commitment.quantityPerYear : null,
      });
    }
  }
  return rows;
}

/** One figure for a partner: delivered over promised, each commitment capped at 100 %. */
export function overallFulfilment(rows: readonly LedgerRow[]): number | null {
  const promised = rows.reduce((sum, r) => sum + r.promised, 0);
  if (promised === 0) return null;
  return rows.reduce((sum, r) => sum + Math.min(r.delivered, r.promised), 0) / promised;
}
