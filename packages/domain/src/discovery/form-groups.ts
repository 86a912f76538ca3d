import * as z from 'zod/mini';
import { parseInput, trimmed } from '../shared/validation.ts';
import { countOf } from './french-format.ts';
import { aggregateDiscoveryInterests } from './group-interests.ts';
import { type GroupLayout, improveGroups } from './improve-groups.ts';
import { seededRandom, shuffleInPlace } from './seeded-random.ts';

export const DISCOVERY_GENDERS = ['F', 'M', 'X'] as const;
export type DiscoveryGender = (typeof DISCOVERY_GENDERS)[number];

export const DiscoveryStudent = z.object({
  id: trimmed('L’identifiant de l’élève', 100),
  schoolId: trimmed('Le collège de l’élève', 100),
  gender: z.enum(DISCOVERY_GENDERS, 'Genre : F, M ou X.'),
  /** Job families, preferred first. */
  interests: z._default(
    z.array(trimmed('Un centre d’intérêt', 60)).check(z.maxLength(10, 'Au plus 10 centres d’intérêt.')),
    () => [],
  ),
});
export type DiscoveryStudent = z.infer<typeof DiscoveryStudent>;

export const GroupFormationInput = z.object({
  students: z.array(DiscoveryStudent).check(
    z.maxLength(100_000, 'Au plus 100 000 élèves.'),
    z.refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'Un élève figure deux fois.'),
  ),
  size: z._default(
    z
      .number('Taille des groupes : indiquez un nombre.')
      .check(
        z.int('Taille des groupes : nombre entier.'),
        z.gte(2, 'Au moins 2 élèves par groupe.'),
        z.lte(12, 'Au plus 12 élèves par groupe.'),
      ),
    5,
  ),
  /** Same seed, same students: same groups. */
  seed: z._default(z.number().check(z.int('La graine est un nombre entier.')), 1),
  /** Names shown in the explanations; an unknown school is shown by its id. */
  schools: z._default(
    z.array(z.object({ id: trimmed('Le collège', 100), name: trimmed('Le nom', 200) })),
    () => [],
  ),
});
export type GroupFormationInput = z.infer<typeof GroupFormationInput>;

export type DiscoveryGroupScore = {
  size: number;
  distinctSchools: number;
  maxSameSchool: number;
  girls: number;
  boys: number;
  otherGender: number;
  /** |girls − boys| */
  genderGap: number;
};

export type DiscoveryGroup = {
  /** 1-based, as shown to users ("Groupe 3"). */
  index: number;
  studentIds: string[];
  /** The members' job families merged by rank (Borda count), preferred first. */
  interests: string[];
  score: DiscoveryGroupScore;
  explanation: string;
};

export type GroupFormation = {
  groups: DiscoveryGroup[];
  sizes: number[];
  summary: {
    groupCount: number;
    maxSameSchool: number;
    /** Groups with more than two pupils of one school; each is explained as unavoidable. */
    groupsOverTwoFromOneSchool: number;
    totalGenderGap: number;
  };
  warnings: string[];
};

const GENDER_CODE: Record<DiscoveryGender, number> = { F: 0, M: 1, X: 2 };

/**
 * Splits pupils into groups of `size` (one fewer only where the count forces it: 23 → 5,5,5,4,4),
 * mixing schools and genders. Pupils are laid out school by school, each school's pupils
 * alternating genders, then dealt round the groups: a school with c pupils lands ⌊c/g⌋ or ⌈c/g⌉
 * times in each of the g groups, the fewest possible. A seeded local search then swaps pupils
 * between groups to even out girls and boys without breaking the school rule.
 */
export function formGroups(raw: z.input<typeof GroupFormationInput>): GroupFormation {
  const input = parseInput(GroupFormationInput, raw);
  const { students, size } = input;
  const n = students.length;
  const warnings: string[] = [];
  if (n === 0) {
    warnings.push('Aucun élève : aucun groupe formé.');
    return {
      groups: [],
      sizes: [],
      summary: { groupCount: 0, maxSameSchool: 0, groupsOverTwoFromOneSchool: 0, totalGenderGap: 0 },
      warnings,
    };
  }

  const groupCount = Math.ceil(n / size);
  const schoolIds: string[] = [];
  const schoolIndex = new Map<string, number>();
  const school = new Int32Array(n);
  const gender = new Int8Array(n);
  students.forEach((s, k) => {
    let index = schoolIndex.get(s.schoolId);
    if (index === undefined) {
      index = schoolIds.length;
      schoolIndex.set(s.schoolId, index);
      schoolIds.push(s.schoolId);
    }
    school[k] = index;
    gender[k] = GENDER_CODE[s.gender];
  });
  const schoolSize = new Int32Array(schoolIds.length);
  for (let k = 0; k < n; k++) schoolSize[school[k]!]! += 1;

  const random = seededRandom(input.seed);
  const order = dealingOrder({ school, gender, schoolIds, schoolSize, random });
  const members: number[][] = Array.from({ length: groupCount }, () => []);
  order.forEach((pupil, position) => {
    members[position % groupCount]!.push(pupil);
  });

  const layout: GroupLayout = { members, school, gender, schoolSize, groupCount };
  improveGroups(layout, random);

  const names = new Map(input.schools.map((s) => [s.id, s.name]));
  const nameOf = (index: number) => names.get(schoolIds[index]!) ?? schoolIds[index]!;
  const girlsShare = students.filter((s) => s.gender === 'F').length / n;
  const groups = members.map((list, g) => {
    const sorted = [...list].sort((a, b) => a - b);
    const score = scoreGroup(sorted, school, gender);
    const top = mostFrequentSchool(sorted, school);
    return {
      index: g + 1,
      studentIds: sorted.map((k) => students[k]!.id),
      interests: aggregateDiscoveryInterests(sorted.map((k) => students[k]!.interests)),
      score,
      explanation: explainGroup({
        index: g + 1,
        score,
        schoolName: nameOf(top),
        schoolPupils: schoolSize[top]!,
        pupils: n,
        groupCount,
        girlsShare,
      }),
    };
  });
  const sizes = groups.map((g) => g.score.size);
  if (Math.min(...sizes) < size - 1)
    warnings.push(
      `${countOf(n, 'élève', 'élèves')} seulement : ${countOf(groupCount, 'groupe', 'groupes')} de ${sizes.join(', ')}, trop peu d’élèves pour des groupes de ${size} ou ${size - 1}.`,
    );
  return {
    groups,
    sizes,
    summary: {
      groupCount,
      maxSameSchool: Math.max(...groups.map((g) => g.score.maxSameSchool)),
      groupsOverTwoFromOneSchool: groups.filter((g) => g.score.maxSameSchool > 2).length,
      totalGenderGap: groups.reduce((sum, g) => sum + g.score.genderGap, 0),
    },
    warnings,
  };
}

/**
 * Largest school first; inside a school, each gender spread evenly along the block so that
 * consecutive pupils, who go to consecutive groups, alternate.
 */
function dealingOrder(input: {
  school: Int32Array;
  gender: Int8Array;
  schoolIds: string[];
  schoolSize: Int32Array;
  random: () => number;
}): number[] {
  const { school, gender, schoolIds, schoolSize, random } = input;
  const bySchool: number[][] = schoolIds.map(() => []);
  for (let k = 0; k < school.length; k++) bySchool[school[k]!]!.push(k);
  const schools = schoolIds
    .map((_, s) => s)
    .sort(
      (a, b) =>
        schoolSize[b]! - schoolSize[a]! ||
        (schoolIds[a]! < schoolIds[b]! ? -1 : schoolIds[a]! > schoolIds[b]! ? 1 : 0),
    );
  const order: number[] = [];
  for (const s of schools) {
    const pupils = shuffleInPlace(bySchool[s]!, random);
    const rank = new Map<number, number>();
    const seen = [0, 0, 0];
    const total = [0, 0, 0];
    for (const k of pupils) total[gender[k]!]! += 1;
    for (const k of pupils) {
      const g = gender[k]!;
      rank.set(k, (seen[g]! + 0.5) / total[g]! + g * 1e-9);
      seen[g]! += 1;
    }
    order.push(...pupils.sort((a, b) => rank.get(a)! - rank.get(b)!));
  }
  return order;
}

function scoreGroup(list: readonly number[], school: Int32Array, gender: Int8Array): DiscoveryGroupScore {
  const counts = new Map<number, number>();
  let girls = 0;
  let boys = 0;
  for (const k of list) {
    counts.set(school[k]!, (counts.get(school[k]!) ?? 0) + 1);
    if (gender[k] === 0) girls += 1;
    else if (gender[k] === 1) boys += 1;
  }
  return {
    size: list.length,
    distinctSchools: counts.size,
    maxSameSchool: Math.max(0, ...counts.values()),
    girls,
    boys,
    otherGender: list.length - girls - boys,
    genderGap: Math.abs(girls - boys),
  };
}

function mostFrequentSchool(list: readonly number[], school: Int32Array): number {
  const counts = new Map<number, number>();
  let best = school[list[0]!]!;
  for (const k of list) {
    const c = (counts.get(school[k]!) ?? 0) + 1;
    counts.set(school[k]!, c);
    if (c > counts.get(best)!) best = school[k]!;
  }
  return best;
}

function explainGroup(input: {
  index: number;
  score: DiscoveryGroupScore;
  schoolName: string;
  schoolPupils: number;
  pupils: number;
  groupCount: number;
  girlsShare: number;
}): string {
  const { score, schoolPupils, groupCount } = input;
  const schools =
    score.maxSameSchool <= 1
      ? `${countOf(score.size, 'élève', 'élèves')} de ${score.distinctSchools === 1 ? '1 collège' : `${score.distinctSchools} collèges différents`}`
      : `${countOf(score.size, 'élève', 'élèves')} de ${countOf(score.distinctSchools, 'collège', 'collèges')} (au plus ${score.maxSameSchool} du même collège)`;
  const genders = `${countOf(score.girls, 'fille', 'filles')} et ${countOf(score.boys, 'garçon', 'garçons')}${score.otherGender ? `, ${countOf(score.otherGender, 'élève', 'élèves')} de genre X` : ''}`;
  let text = `Groupe ${input.index} : ${schools}, ${genders}.`;
  if (score.maxSameSchool > 2) {
    const forced = Math.ceil(schoolPupils / groupCount);
    text +=
      score.maxSameSchool <= forced
        ? ` ${score.maxSameSchool} élèves du collège ${input.schoolName} : inévitable, il compte ${schoolPupils} des ${input.pupils} élèves pour ${countOf(groupCount, 'groupe', 'groupes')}.`
        : ` ${score.maxSameSchool} élèves du collège ${input.schoolName} : à revoir, ${forced} suffiraient.`;
  }
  const share = input.girlsShare;
  if (score.genderGap >= 2 && (share >= 0.6 || share <= 0.4))
    text += ` Les filles sont ${Math.round(share * 100)} % des élèves inscrits : l’équilibre parfait n’est pas possible partout.`;
  return text;
}
