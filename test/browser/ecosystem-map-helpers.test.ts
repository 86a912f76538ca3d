import { describe, expect, it } from 'vitest';
import { describeCommune, symbolKind } from '../../web/src/ecosystem/diagnosis/map-symbols.ts';
import { fitProjection, isPlaced, radiusFor } from '../../web/src/ecosystem/projection.ts';
import type { Commune } from '../../web/src/ecosystem/types.ts';

const size = { width: 640, height: 400, paddingX: 110, paddingY: 44 };
const commune = (extra: Partial<Commune>): Commune => ({
  code: '63113',
  name: 'Clermont-Ferrand',
  lat: 45.7772,
  lon: 3.087,
  actors: 0,
  schools: 0,
  rep: 0,
  repPlus: 0,
  prioritySchoolsWithoutProgram: 0,
  programs: [],
  ...extra,
});

describe('the offline map of communes', () => {
  it('fits the communes in the frame, west on the left and north at the top, keeping the aspect', () => {
    const clermont = { lat: 45.7772, lon: 3.087 };
    const cournon = { lat: 45.7354, lon: 3.1961 };
    const riom = { lat: 45.8939, lon: 3.1131 };
    const project = fitProjection([clermont, cournon, riom], size);
    const [a, b, c] = [project(clermont), project(cournon), project(riom)];
    expect(a.x).toBeLessThan(b.x);
    expect(c.y).toBeLessThan(a.y);
    for (const p of [a, b, c]) {
      expect(p.x).toBeGreaterThanOrEqual(110 - 0.1);
      expect(p.x).toBeLessThanOrEqual(530 + 0.1);
      expect(p.y).toBeGreaterThanOrEqual(44 - 0.1);
      expect(p.y).toBeLessThanOrEqual(356 + 0.1);
    }
    // North-south is the long side here: it fills the height.
    expect(Math.max(a.y, b.y, c.y) - Math.min(a.y, b.y, c.y)).toBeCloseTo(312, 0);
    // One degree of longitude at 45.8° N is about 0.70 of a degree of latitude on the page.
    const dx = (b.x - a.x) / (cournon.lon - clermont.lon);
    const dy = (b.y - a.y) / (clermont.lat - cournon.lat);
    expect(dx / dy).toBeCloseTo(Math.cos((45.8 * Math.PI) / 180), 1);
  });

  it('puts a lone commune, or the southern hemisphere, where it belongs', () => {
    expect(fitProjection([{ lat: -22.27, lon: 166.45 }], size)({ lat: -22.27, lon: 166.45 })).toEqual({
      x: 320,
      y: 200,
    });
    const noumea = { lat: -22.2758, lon: 166.458 };
    const bourail = { lat: -21.5667, lon: 165.4833 };
    const project = fitProjection([noumea, bourail], size);
    expect(project(bourail).y).toBeLessThan(project(noumea).y);
    expect(project(bourail).x).toBeLessThan(project(noumea).x);
  });

  it('sizes symbols by their count, by area, between a floor and a ceiling', () => {
    expect(radiusFor(0, 10)).toBe(6);
    expect(radiusFor(10, 10)).toBe(22);
    expect(radiusFor(1, 4)).toBe(14);
  });

  it('tells a gap by its kind and in words, and leaves unknown communes unplaced', () => {
    const gap = commune({ actors: 13, schools: 4, rep: 2, repPlus: 1, prioritySchoolsWithoutProgram: 1 });
    expect(symbolKind({ ...gap, programs: [{ id: 'p', kind: 'discovery', name: 'Pass’3e' }] })).toBe('gap');
    expect(symbolKind(commune({ programs: [{ id: 'p', kind: 'discovery', name: 'Pass’3e' }] }))).toBe(
      'covered',
    );
    expect(symbolKind(commune({}))).toBe('none');
    expect(describeCommune(gap)).toBe(
      'Clermont-Ferrand : 13 acteurs, 4 établissements scolaires, dont 2 REP et 1 REP+ ; aucun programme ; 1 établissement REP ou REP+ sans programme.',
    );
    expect(isPlaced(commune({ lat: null, lon: null }))).toBe(false);
    expect(isPlaced(commune({ code: null }))).toBe(false);
  });
});
