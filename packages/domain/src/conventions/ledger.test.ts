import { describe, expect, it } from 'vitest';
import { buildLedger, conventionYears, overallFulfilment, yearOf } from './ledger.ts';

describe('convention years and ledger', () => {
  it('splits a 3-year convention into years that follow its start date', () => {
    const years = conventionYears({ startDate: '2024-10-23', endDate: '2027-10-22' });
    expect(years).toEqual([
      { index: 1, from: '2024-10-23', to: '2025-10-22' },
      { index: 2, from: '2025-10-23', to: '2026-10-22' },
      { index: 3, from: '2026-10-23', to: '2027-10-22' },
    ]);
    expect(yearOf(years, '2025-10-23')).toBe(2);
    expect(yearOf(years, '2028-01-01')).toBeNull();
  });

  it('counts deliveries per year and type, and caps each commitment at 100 % in the overall figure', () => {
    const years = conventionYears({ startDate: '2026-01-01', endDate: '2027-12-31' });
    const rows = buildLedger({
      years,
      commitments: [
        { type: 'volunteer_mentors', quantityPerYear: 2 },
        { type: 'site_visits', quantityPerYear: 1 },
      ],
      deliveries: [
        { type: 'volunteer_mentors', year: 1, quantity: 3 },
        { type: 'site_visits', year: 2, quantity: 1 },
        { type: 'site_visits', year: 5, quantity: 9 },
      ],
    });
    expect(rows.map((r) => [r.year, r.type, r.promised, r.delivered])).toEqual([
      [1, 'volunteer_mentors', 2, 3],
      [1, 'site_visits', 1, 0],
      [2, 'volunteer_mentors', 2, 0],
      [2, 'site_visits', 1, 1],
    ]);
    expect(overallFulfilment(rows)).toBe(3 / 6);
  });
});
