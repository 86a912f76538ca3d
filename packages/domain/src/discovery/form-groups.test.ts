import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { type DiscoveryGender, formGroups } from './form-groups.ts';
import { aggregateDiscoveryInterests } from './group-interests.ts';
import { seededRandom } from './seeded-random.ts';

type Pupil = { id: string; schoolId: string; gender: DiscoveryGender; interests?: string[] };

/** Pupils listed school by school, the order a naive "take five in a row" would keep together. */
function pupils(bySchool: Record<string, DiscoveryGender[]>): Pupil[] {
  return Object.entries(bySchool).flatMap(([schoolId, genders]) =>
    genders.map((gender, k) => ({ id: `${schoolId}-${k}`, schoolId, gender })),
  );
}
const repeat = (gender: DiscoveryGender, count: number) => Array<DiscoveryGender>(count).fill(gender);

function randomPupils(seed: number, count: number, schools: number): Pupil[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, k) => ({
    id: `p${k}`,
    // Skewed: a few large schools, many small ones.
    schoolId: `s${Math.floor(random() * random() * schools)}`,
    gender: random() < 0.03 ? 'X' : random() < 0.5 ? 'F' : 'M',
  }));
}

const schoolCounts = (group: { studentIds: string[] }, all: Pupil[]) => {
  const counts = new Map<string, number>();
  for (const id of group.studentIds) {
    const school = all.find((p) => p.id === id)!.schoolId;
    counts.set(school, (counts.get(school) ?? 0) + 1);
  }
  return counts;
};

describe('formGroups', () => {
  it('makes groups of five, four only where the count forces it', () => {
    expect(formGroups({ students: randomPupils(1, 23, 4) }).sizes).toEqual([5, 5, 5, 4, 4]);
    expect(formGroups({ students: randomPupils(1, 25, 4) }).sizes).toEqual([5, 5, 5, 5, 5]);
    for (let n = 20; n <= 150; n++) {
      const { sizes } = formGroups({ students: randomPupils(n, n, 6) });
      expect(sizes.length).toBe(Math.ceil(n / 5));
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      expect(sizes.every((size) => size === 5 || size === 4)).toBe(true);
    }
  });

  it('puts every pupil in exactly one group', () => {
    const students = randomPupils(3, 137, 9);
    const ids = formGroups({ students }).groups.flatMap((g) => g.studentIds);
    expect(ids.sort()).toEqual(students.map((s) => s.id).sort());
  });

  it('warns when there are too few pupils for groups of four or five', () => {
    const result = formGroups({ students: randomPupils(2, 6, 2) });
    expect(result.sizes).toEqual([3, 3]);
    expect(result.warnings[0]).toBe(
      '6 élèves seulement : 2 groupes de 3, 3, trop peu d’élèves pour des groupes de 5 ou 4.',
    );
  });

  it('never puts more than two pupils of a school together when that can be avoided', () => {
    // 8 of 20 pupils from one school, listed together: 4 groups, so 2 per group is possible.
    const students = pupils({
      A: [...repeat('F', 4), ...repeat('M', 4)],
      B: ['F', 'M', 'F', 'M'],
      C: ['M', 'F', 'M', 'F'],
      D: ['F', 'F', 'M', 'M'],
    });
    const result = formGroups({ students });
    for (const group of result.groups) {
      expect(Math.max(...schoolCounts(group, students).values())).toBeLessThanOrEqual(2);
      expect(group.score.maxSameSchool).toBeLessThanOrEqual(2);
    }
    expect(result.summary.groupsOverTwoFromOneSchool).toBe(0);
  });

  it('explains more than two pupils of a school as unavoidable when it is', () => {
    // 8 of 10 pupils from one school, 2 groups: at least 4 of them in each.
    const students = pupils({ A: [...repeat('F', 4), ...repeat('M', 4)], B: ['F', 'M'] });
    const result = formGroups({ students, schools: [{ id: 'A', name: 'Lucie-Aubrac' }] });
    expect(result.groups.map((g) => g.score.maxSameSchool)).toEqual([4, 4]);
    expect(result.groups[0]!.explanation).toContain(
      '4 élèves du collège Lucie-Aubrac : inévitable, il compte 8 des 10 élèves pour 2 groupes.',
    );
  });

  it('spreads each school as evenly as possible over large random intakes', () => {
    for (const seed of [4, 5, 6]) {
      const students = randomPupils(seed, 600, 25);
      const result = formGroups({ students, seed });
      const perSchool = new Map<string, number>();
      for (const p of students) perSchool.set(p.schoolId, (perSchool.get(p.schoolId) ?? 0) + 1);
      for (const group of result.groups)
        for (const [school, count] of schoolCounts(group, students))
          expect(count).toBeLessThanOrEqual(
            Math.max(2, Math.ceil(perSchool.get(school)! / result.groups.length)),
          );
    }
  });

  it('balances girls and boys even when schools send only girls or only boys', () => {
    const students = pupils({
      A: repeat('F', 5),
      B: repeat('M', 5),
      C: repeat('F', 5),
      D: repeat('M', 5),
    });
    const result = formGroups({ students });
    for (const group of result.groups) {
      expect(group.score.genderGap).toBeLessThanOrEqual(1);
      expect(group.score.maxSameSchool).toBeLessThanOrEqual(2);
    }
    expect(result.groups[0]!.explanation).toMatch(
      /^Groupe 1 : 5 élèves de \d collèges.*, [23] filles et [23] garçons\.$/,
    );
  });

  it('keeps each group within one of the intake’s gender ratio on random intakes', () => {
    const students = randomPupils(8, 500, 30).map((p) => ({
      ...p,
      gender: p.gender === 'X' ? 'F' : p.gender,
    }));
    const result = formGroups({ students });
    const gaps = result.groups.map((g) => g.score.genderGap);
    // Five pupils cannot split evenly; a gap of 3 (4 against 1) should be rare and never worse.
    expect(Math.max(...gaps)).toBeLessThanOrEqual(3);
    expect(gaps.filter((gap) => gap <= 1).length / gaps.length).toBeGreaterThan(0.9);
  });

  it('gives the same groups for the same seed and pupils', () => {
    const students = randomPupils(9, 120, 8);
    expect(formGroups({ students, seed: 42 })).toEqual(formGroups({ students, seed: 42 }));
    const other = formGroups({ students, seed: 43 });
    expect(other.summary.groupsOverTwoFromOneSchool).toBe(
      formGroups({ students, seed: 42 }).summary.groupsOverTwoFromOneSchool,
    );
  });

  it('merges the members’ ranked job families into the group’s', () => {
    expect(
      aggregateDiscoveryInterests([
        ['culture', 'sante', 'numerique'],
        ['sante', 'culture'],
        ['numerique', 'sante', 'btp'],
      ]),
    ).toEqual(['sante', 'culture', 'numerique', 'btp']);
    const students = pupils({ A: ['F', 'M'], B: ['F'] }).map((p, k) => ({
      ...p,
      interests: k === 0 ? ['culture'] : ['droit', 'culture'],
    }));
    expect(formGroups({ students }).groups[0]!.interests).toEqual(['culture', 'droit']);
  });

  it('returns no group for no pupil, and refuses a pupil listed twice', () => {
    expect(formGroups({ students: [] })).toMatchObject({ groups: [], sizes: [] });
    expect(() =>
      formGroups({
        students: [
          { id: 'x', schoolId: 'A', gender: 'F' },
          { id: 'x', schoolId: 'B', gender: 'M' },
        ],
      }),
    ).toThrow(DomainError);
    expect(() => formGroups({ students: [{ id: 'x', schoolId: 'A', gender: 'Z' as never }] })).toThrow(
      /champ est à corriger/,
    );
  });
});
