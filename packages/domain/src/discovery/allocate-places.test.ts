import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { type AllocationSchool, allocatePlaces } from './allocate-places.ts';
import { seededRandom } from './seeded-random.ts';

const NB = '\u202f'; // thousands separator in French numbers

const school = (id: string, enrolment3e: number, priority: AllocationSchool['priority'] = 'none') => ({
  id,
  name: `Collège ${id}`,
  enrolment3e,
  priority,
});

const quotaOf = (result: ReturnType<typeof allocatePlaces>, id: string) =>
  result.quotas.find((q) => q.schoolId === id)!.quota;

function randomSchools(seed: number, count: number) {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, k) => {
    const r = random();
    return school(`c${k}`, 20 + Math.floor(random() * 300), r < 0.25 ? 'REP+' : r < 0.5 ? 'REP' : 'none');
  });
}

describe('allocatePlaces', () => {
  it('explains a share the way the city writes it', () => {
    const result = allocatePlaces({
      totalPlaces: 100,
      schools: [school('a', 142, 'REP+'), school('b', 300), school('c', 200, 'REP'), school('d', 252)],
    });
    expect(result.totalWeighted).toBe(1015);
    const a = result.quotas[0]!;
    expect(a).toMatchObject({ quota: 21, weightedShare: 213, capped: false });
    expect(a.exactShare).toBeCloseTo(20.985, 3);
    expect(a.explanation).toBe(
      `142 élèves de 3e × 1,5 (REP+) = 213 parts sur 1${NB}015 → 20,99 places : 20 + 1 au plus fort reste.`,
    );
    expect(result.quotas[1]!.explanation).toContain('29, reste de 0,56 trop faible pour une place de plus');
    expect(result.quotas.map((q) => q.quota)).toEqual([21, 29, 25, 25]);
  });

  it('always hands out exactly the places, each school within one place of its exact share', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const schools = randomSchools(seed, 3 + (seed % 15));
      const totalPlaces = 10 + ((seed * 37) % 400);
      const result = allocatePlaces({ totalPlaces, schools });
      const pupils = schools.reduce((sum, s) => sum + s.enrolment3e, 0);
      expect(result.quotas.reduce((sum, q) => sum + q.quota, 0)).toBe(Math.min(totalPlaces, pupils));
      for (const q of result.quotas) {
        expect(q.quota).toBeGreaterThanOrEqual(Math.floor(q.exactShare));
        expect(q.quota).toBeLessThanOrEqual(Math.ceil(q.exactShare));
      }
    }
  });

  it('never gives a REP+ school fewer places than a REP or plain school of the same size', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const enrolment = 30 + ((seed * 53) % 250);
      const schools = [
        ...randomSchools(seed, 6),
        school('plain', enrolment),
        school('rep', enrolment, 'REP'),
        school('repplus', enrolment, 'REP+'),
      ];
      for (const totalPlaces of [5, 17, 60, 143]) {
        const result = allocatePlaces({ totalPlaces, schools });
        expect(quotaOf(result, 'repplus')).toBeGreaterThanOrEqual(quotaOf(result, 'rep'));
        expect(quotaOf(result, 'rep')).toBeGreaterThanOrEqual(quotaOf(result, 'plain'));
      }
    }
  });

  it('gives more places to more pupils under the same priority', () => {
    const result = allocatePlaces({
      totalPlaces: 37,
      schools: [school('small', 90, 'REP'), school('large', 91, 'REP'), school('other', 200)],
    });
    expect(quotaOf(result, 'large')).toBeGreaterThanOrEqual(quotaOf(result, 'small'));
  });

  it('uses the weights it is given', () => {
    const schools = [school('a', 100, 'REP+'), school('b', 100)];
    expect(allocatePlaces({ totalPlaces: 30, schools }).quotas.map((q) => q.quota)).toEqual([18, 12]);
    const doubled = allocatePlaces({ totalPlaces: 30, schools, weights: { 'REP+': 2, REP: 1.25, none: 1 } });
    expect(doubled.quotas.map((q) => q.quota)).toEqual([20, 10]);
    expect(doubled.quotas[0]!.explanation).toContain('× 2 (REP+)');
  });

  it('takes at most one place from a school when one place is added (monotonic totals)', () => {
    const schools = randomSchools(7, 10);
    let previous = allocatePlaces({ totalPlaces: 0, schools });
    for (let places = 1; places <= 300; places++) {
      const next = allocatePlaces({ totalPlaces: places, schools });
      expect(next.allocated).toBe(previous.allocated + 1);
      next.quotas.forEach((q, k) => {
        expect(q.quota).toBeGreaterThanOrEqual(previous.quotas[k]!.quota - 1);
      });
      previous = next;
    }
  });

  it('shows the Alabama paradox Hamilton is known for: one more place can cost a school one', () => {
    // Largest remainders are not "house-monotone"; the quota rule above is what holds.
    const schools = [school('a', 6), school('b', 6), school('c', 2)];
    expect(allocatePlaces({ totalPlaces: 10, schools }).quotas.map((q) => q.quota)).toEqual([4, 4, 2]);
    expect(allocatePlaces({ totalPlaces: 11, schools }).quotas.map((q) => q.quota)).toEqual([5, 5, 1]);
  });

  it('gives each school its minimum first and shares the rest in proportion', () => {
    const result = allocatePlaces({
      totalPlaces: 40,
      minimumPerSchool: 2,
      schools: [school('big', 400), school('mid', 150, 'REP+'), school('tiny', 10), school('one', 1)],
    });
    expect(result.quotas.reduce((sum, q) => sum + q.quota, 0)).toBe(40);
    expect(quotaOf(result, 'tiny')).toBeGreaterThanOrEqual(2);
    expect(quotaOf(result, 'one')).toBe(1); // a single pupil: one place, not two
    const tiny = result.quotas.find((q) => q.schoolId === 'tiny')!;
    expect(tiny.minimum).toBe(2);
    expect(tiny.explanation).toMatch(
      /^2 places au minimum, puis 10 élèves de 3e × 1 .* des 33 places restantes/,
    );
    expect(result.quotas.find((q) => q.schoolId === 'one')!.explanation).toBe(
      '1 place au minimum : autant que d’élèves de 3e.',
    );
  });

  it('lowers a minimum the places cannot give everyone, and says so', () => {
    const result = allocatePlaces({
      totalPlaces: 7,
      minimumPerSchool: 3,
      schools: [school('a', 50), school('b', 40), school('c', 30)],
    });
    expect(result.quotas.map((q) => q.quota)).toEqual([3, 2, 2]);
    expect(result.notes[0]).toBe(
      'Minimum de 3 places par collège impossible : 3 collèges avec des élèves de 3e pour 7 places. Minimum ramené à 2.',
    );
  });

  it('never gives a school more places than pupils; the others share what it leaves', () => {
    const result = allocatePlaces({
      totalPlaces: 60,
      schools: [school('few', 5, 'REP+'), school('a', 40), school('b', 30)],
    });
    expect(quotaOf(result, 'few')).toBe(5);
    expect(result.quotas[0]).toMatchObject({ capped: true });
    expect(result.quotas[0]!.explanation).toContain('plafonné à 5 : pas plus de places que d’élèves de 3e');
    expect(quotaOf(result, 'a') + quotaOf(result, 'b')).toBe(55);
    expect(result.quotas[1]!.explanation).toContain('(hors collèges déjà servis)');
  });

  it('gives every pupil a place when there are fewer pupils than places, and says so', () => {
    const result = allocatePlaces({ totalPlaces: 100, schools: [school('a', 30, 'REP+'), school('b', 20)] });
    expect(result.quotas.map((q) => q.quota)).toEqual([30, 20]);
    expect(result.allocated).toBe(50);
    expect(result.notes).toEqual([
      'Moins d’élèves de 3e (50) que de places (100) : chaque collège reçoit une place par élève et 50 places restent libres.',
    ]);
  });

  it('gives nothing to a school without 3e pupils', () => {
    const result = allocatePlaces({
      totalPlaces: 10,
      minimumPerSchool: 1,
      schools: [school('a', 0), school('b', 80)],
    });
    expect(result.quotas[0]).toMatchObject({ quota: 0, explanation: 'Aucun élève de 3e déclaré : 0 place.' });
    expect(quotaOf(result, 'b')).toBe(10);
  });

  it('breaks equal remainders by weighted enrolment, then by id, whatever the input order', () => {
    const schools = [school('b', 100), school('a', 100), school('c', 100)];
    const result = allocatePlaces({ totalPlaces: 10, schools });
    expect(result.quotas.map((q) => [q.schoolId, q.quota])).toEqual([
      ['b', 3],
      ['a', 4],
      ['c', 3],
    ]);
    expect(result.notes[0]).toContain('Restes égaux');
    const reversed = allocatePlaces({ totalPlaces: 10, schools: [...schools].reverse() });
    expect(quotaOf(reversed, 'a')).toBe(4);
    expect(allocatePlaces({ totalPlaces: 10, schools })).toEqual(result);
  });

  it('refuses bad input with French messages', () => {
    const attempt = () =>
      allocatePlaces({ totalPlaces: -1, schools: [school('a', -3), school('a', 10)] } as never);
    expect(attempt).toThrow(DomainError);
    try {
      attempt();
    } catch (error) {
      const fields = (error as DomainError).fields!;
      expect(fields.totalPlaces).toBe('Le nombre de places ne peut pas être négatif.');
      expect(fields['schools.0.enrolment3e']).toBe('Un effectif ne peut pas être négatif.');
    }
    expect(() => allocatePlaces({ totalPlaces: 3, schools: [school('a', 1), school('a', 2)] })).toThrow(
      /champ est à corriger/,
    );
    expect(() =>
      allocatePlaces({
        totalPlaces: 3,
        schools: [school('a', 1)],
        weights: { 'REP+': 1.2345, REP: 1, none: 1 },
      }),
    ).toThrow(DomainError);
  });
});
