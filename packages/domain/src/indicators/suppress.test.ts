import { describe, expect, it } from 'vitest';
import type { IndicatorKey } from './framework.ts';
import { type IndicatorCell, type RawCell, suppressSmallCells } from './suppress.ts';

const count = (scope: string, dimension: string, n: number, indicator: IndicatorKey = 'young_people') =>
  ({ scope, indicator, dimension, amount: n, base: n }) satisfies RawCell;
const ratio = (indicator: IndicatorKey, amount: number, base: number, scope = 'all', dimension = '') =>
  ({ scope, indicator, dimension, amount, base }) satisfies RawCell;

const find = (cells: IndicatorCell[], scope: string, dimension: string, indicator = 'young_people') =>
  cells.find((c) => c.scope === scope && c.dimension === dimension && c.indicator === indicator)!;

describe('suppressSmallCells: counts', () => {
  it('hides a count of one to four people and keeps zero and five or more', () => {
    const cells = suppressSmallCells({
      cells: [count('all', '', 12), count('all', 'level:3e', 0), count('all', 'level:4e', 5)],
    });
    expect(cells.map((c) => [c.dimension, c.value, c.suppressed])).toEqual([
      ['', 12, false],
      ['level:3e', 0, false],
      ['level:4e', 5, false],
    ]);
    const small = suppressSmallCells({ cells: [count('all', '', 4)] });
    expect(small[0]).toMatchObject({ value: null, suppressed: true, reason: 'small' });
  });

  it('hides a second cell of the breakdown so the first cannot be worked out from the total', () => {
    // 20 = 3 + 8 + 9: with 3 alone hidden, 20 − 8 − 9 gives it back.
    const cells = suppressSmallCells({
      cells: [
        count('all', '', 20),
        count('all', 'level:5e', 3),
        count('all', 'level:4e', 9),
        count('all', 'level:3e', 8),
      ],
    });
    expect(find(cells, 'all', 'level:5e')).toMatchObject({ suppressed: true, reason: 'small' });
    // The next smallest is the one hidden with it; the larger stays, so does the total.
    expect(find(cells, 'all', 'level:3e')).toMatchObject({
      suppressed: true,
      reason: 'secondary',
      value: null,
    });
    expect(find(cells, 'all', 'level:4e')).toMatchObject({ suppressed: false, value: 9 });
    expect(find(cells, 'all', '')).toMatchObject({ suppressed: false, value: 20 });
  });

  it('prefers hiding a cell with people in it over a zero, which would protect nothing', () => {
    const cells = suppressSmallCells({
      cells: [
        count('all', '', 11),
        count('all', 'gender:F', 2),
        count('all', 'gender:M', 9),
        count('all', 'gender:X', 0),
      ],
    });
    expect(find(cells, 'all', 'gender:M').suppressed).toBe(true);
    expect(find(cells, 'all', 'gender:X')).toMatchObject({ suppressed: false, value: 0 });
  });

  it('adds nothing when two cells of a breakdown are already hidden', () => {
    const cells = suppressSmallCells({
      cells: [
        count('all', '', 20),
        count('all', 'level:5e', 3),
        count('all', 'level:4e', 4),
        count('all', 'level:3e', 13),
      ],
    });
    expect(cells.filter((c) => c.suppressed).map((c) => c.dimension)).toEqual(['level:5e', 'level:4e']);
  });

  it('hides across scopes too: a kind cannot be worked out as all minus the other kind', () => {
    const cells = suppressSmallCells({
      cells: [count('all', '', 27), count('mentoring', '', 3), count('discovery', '', 24)],
    });
    expect(find(cells, 'mentoring', '')).toMatchObject({ suppressed: true, reason: 'small' });
    expect(find(cells, 'discovery', '')).toMatchObject({ suppressed: true, reason: 'secondary' });
    expect(find(cells, 'all', '')).toMatchObject({ suppressed: false, value: 27 });
  });

  it('protects a small remainder outside a template: the kind minus the template would reveal it', () => {
    // Mentoring 10, of which 7 in the template's program: 3 in other programs.
    const cells = suppressSmallCells({
      cells: [count('all', '', 10), count('mentoring', '', 10), count('template:tpl_x', '', 7)],
      scopeParents: { 'template:tpl_x': 'mentoring' },
    });
    expect(find(cells, 'template:tpl_x', '')).toMatchObject({ suppressed: true, reason: 'secondary' });
    expect(find(cells, 'mentoring', '').suppressed).toBe(false);
  });

  it('leaves a template alone when what is left outside it is large enough, or nothing', () => {
    const cells = suppressSmallCells({
      cells: [count('all', '', 20), count('mentoring', '', 20), count('template:tpl_x', '', 8)],
      scopeParents: { 'template:tpl_x': 'mentoring' },
    });
    expect(cells.every((c) => !c.suppressed)).toBe(true);
  });

  it('cascades until no relation has a single hidden cell left', () => {
    // Hiding mentoring/3e (secondary, in the level breakdown) would leave it alone among the
    // scopes of 3e, recoverable as all/3e − discovery/3e: discovery/3e is hidden in turn.
    const cells = suppressSmallCells({
      cells: [
        count('all', '', 40),
        count('all', 'level:3e', 30),
        count('all', 'level:4e', 10),
        count('mentoring', '', 16),
        count('mentoring', 'level:3e', 6),
        count('mentoring', 'level:4e', 10),
        count('discovery', '', 24),
        count('discovery', 'level:3e', 24),
        count('mentoring', 'gender:unknown', 16),
      ].concat([count('mentoring', 'level:2nde', 0)]),
    });
    expect(cells.filter((c) => c.suppressed)).toEqual([]);

    const withSmall = suppressSmallCells({
      cells: [
        count('all', '', 33),
        count('all', 'level:3e', 26),
        count('all', 'level:5e', 7),
        count('mentoring', '', 9),
        count('mentoring', 'level:3e', 2),
        count('mentoring', 'level:5e', 7),
        count('discovery', '', 24),
        count('discovery', 'level:3e', 24),
      ],
    });
    const hidden = withSmall.filter((c) => c.suppressed).map((c) => `${c.scope}/${c.dimension}`);
    expect(hidden).toContain('mentoring/level:3e');
    // Every relation now has zero or at least two unknowns.
    expect(hidden).toContain('mentoring/level:5e');
    expect(hidden).toContain('discovery/level:3e');
    for (const [total, parts] of [
      ['mentoring/', ['mentoring/level:3e', 'mentoring/level:5e']],
      ['all/level:3e', ['mentoring/level:3e', 'discovery/level:3e']],
      ['all/level:5e', ['mentoring/level:5e']],
      ['discovery/', ['discovery/level:3e']],
    ] as const) {
      const unknown = [total, ...parts].filter((k) => hidden.includes(k)).length;
      expect(unknown === 0 || unknown >= 2, `${total}: ${unknown} unknown`).toBe(true);
    }
  });
});

describe('suppressSmallCells: shares and means', () => {
  it('hides a share computed over fewer than five people', () => {
    const [cell] = suppressSmallCells({ cells: [ratio('scholarship_share', 2, 4)] });
    expect(cell).toMatchObject({ value: null, suppressed: true, reason: 'small' });
  });

  it('hides a share whose complement is under five: "100 % of 7 are scholarship holders"', () => {
    expect(suppressSmallCells({ cells: [ratio('scholarship_share', 7, 7)] })[0]).toMatchObject({
      suppressed: true,
      reason: 'complement',
    });
    expect(suppressSmallCells({ cells: [ratio('scholarship_share', 8, 11)] })[0]).toMatchObject({
      suppressed: true,
      reason: 'complement',
    });
    // and one whose counted side is under five (2 of 12 would tell who).
    expect(suppressSmallCells({ cells: [ratio('priority_education_share', 2, 12)] })[0]?.reason).toBe(
      'small',
    );
  });

  it('publishes a share when both sides hold at least five people, rounded', () => {
    expect(suppressSmallCells({ cells: [ratio('scholarship_share', 5, 12)] })[0]).toMatchObject({
      value: 0.4167,
      suppressed: false,
    });
  });

  it('leaves a share over nobody empty but not secret', () => {
    expect(suppressSmallCells({ cells: [ratio('scholarship_share', 0, 0)] })[0]).toMatchObject({
      value: null,
      suppressed: false,
    });
  });

  it('hides a mean over fewer than five people, and shows one over five', () => {
    const [few, enough] = suppressSmallCells({
      cells: [ratio('satisfaction', 18, 4, 'mentoring'), ratio('satisfaction', 21, 5, 'discovery')],
    });
    expect(few).toMatchObject({ suppressed: true, reason: 'small' });
    // discovery alone is the other part of `all`; `all` itself is absent here, so no relation.
    expect(enough).toMatchObject({ suppressed: false, value: 4.2 });
  });

  it('does not apply the people threshold to partners: a rate over two conventions is shown', () => {
    const cells = suppressSmallCells({
      cells: [ratio('commitment_fulfilment', 3, 4), count('all', '', 1, 'partner_conventions')],
    });
    expect(cells.map((c) => [c.value, c.suppressed])).toEqual([
      [0.75, false],
      [1, false],
    ]);
  });
});
