// Seeded Pass'3e instances: collèges with 3e enrolment and priority education, pupils with
// ranked job families, the city's services with tutors who are not there every day, and
// reception weeks. The city is Clermont-Ferrand's 2019 scale (100 pupils, 75 tutors, 4 weeks);
// the département is what the same scheme would face across a whole département.
import type {
  DiscoveryHost,
  DiscoveryStudent,
  PlanInput,
} from '../../packages/domain/src/discovery/index.ts';
import { seededRandom } from '../../packages/domain/src/discovery/seeded-random.ts';

/** Job families with how often a pupil ranks them first: some are popular, some rare. */
const FAMILIES: [string, number][] = [
  ['numerique', 9],
  ['sante', 8],
  ['culture', 7],
  ['droit', 6],
  ['environnement', 5],
  ['education', 5],
  ['btp', 4],
  ['transport', 3],
  ['administration', 3],
  ['commerce', 2],
  ['industrie', 2],
  ['finance', 1],
];

const CITY_SERVICES: [string, string, boolean][] = [
  ['Médiathèque', 'culture', true],
  ['Musée d’art Roger-Quilliot', 'culture', false],
  ['Conservatoire', 'culture', false],
  ['Direction du numérique', 'numerique', true],
  ['Communication', 'numerique', false],
  ['Police municipale', 'droit', true],
  ['État civil', 'administration', true],
  ['Finances', 'finance', true],
  ['Ressources humaines', 'administration', false],
  ['Petite enfance', 'education', true],
  ['Écoles et périscolaire', 'education', false],
  ['CCAS', 'sante', true],
  ['Santé publique', 'sante', false],
  ['Espaces verts', 'environnement', true],
  ['Eau et assainissement', 'environnement', false],
  ['Propreté urbaine', 'environnement', false],
  ['Bâtiments communaux', 'btp', true],
  ['Urbanisme', 'btp', false],
  ['Garage municipal', 'transport', true],
  ['Cuisine centrale', 'commerce', false],
];

export type Instance = {
  schools: { id: string; name: string; enrolment3e: number; priority: 'REP+' | 'REP' | 'none' }[];
  totalPlaces: number;
  weeks: PlanInput['weeks'];
  hosts: DiscoveryHost[];
};

const pickWeighted = (random: () => number, items: [string, number][], exclude: Set<string>) => {
  const pool = items.filter(([f]) => !exclude.has(f));
  let r = random() * pool.reduce((sum, [, w]) => sum + w, 0);
  for (const [f, w] of pool) {
    r -= w;
    if (r <= 0) return f;
  }
  return pool.at(-1)![0];
};

export function buildInstance(
  kind: 'city' | 'departement',
  seed: number,
  scale?: { pupils: number; schools: number; hosts: number; weeks: number },
): Instance {
  const random = seededRandom(seed);
  const size =
    scale ??
    (kind === 'city'
      ? { pupils: 100, schools: 10, hosts: 20, weeks: 4 }
      : { pupils: 20_000, schools: 1000, hosts: 300, weeks: 30 });
  const schools = Array.from({ length: size.schools }, (_, k) => {
    const r = random();
    return {
      id: `clg_${String(k).padStart(4, '0')}`,
      name: `Collège ${k + 1}`,
      enrolment3e: 60 + Math.floor(random() * 200),
      priority: (r < 0.2 ? 'REP+' : r < 0.4 ? 'REP' : 'none') as 'REP+' | 'REP' | 'none',
    };
  });
  const weeks = Array.from({ length: size.weeks }, (_, k) => ({
    id: `wk_${k + 1}`,
    startDate: new Date(Date.UTC(2026, 0, 5 + 7 * k)).toISOString().slice(0, 10),
  }));
  const hosts: DiscoveryHost[] = Array.from({ length: size.hosts }, (_, k) => {
    const [name, jobFamily, mixedJob] =
      kind === 'city' && k < CITY_SERVICES.length
        ? CITY_SERVICES[k]!
        : [`Service ${k + 1}`, pickWeighted(random, FAMILIES, new Set()), random() < 0.35];
    const capacityGroupsPerDay = random() < 0.5 ? 1 : 2;
    // Most tutors come every day; some only part of the week, so the places vary by day.
    const tutorCount = capacityGroupsPerDay + Math.floor(random() * 3);
    const tutors = Array.from({ length: tutorCount }, (_, t) => ({
      id: `tut_${k}_${t}`,
      name: `Tuteur ${k + 1}.${t + 1}`,
      ...(random() < 0.3 ? { days: [1, 2, 3].filter(() => random() < 0.6) } : {}),
    }));
    // Département hosts receive some weeks only; the city's receive all four.
    const availableWeeks = kind === 'city' ? undefined : weeks.filter(() => random() < 0.35).map((w) => w.id);
    return { id: `hst_${k}`, name, jobFamily, mixedJob, capacityGroupsPerDay, availableWeeks, tutors };
  });
  return { schools, totalPlaces: size.pupils, weeks, hosts };
}

/** Pupils for the allocated quotas, with gender and three ranked job families each. */
export function buildStudents(
  quotas: { schoolId: string; quota: number }[],
  seed: number,
): DiscoveryStudent[] {
  const random = seededRandom(seed);
  const students: DiscoveryStudent[] = [];
  for (const { schoolId, quota } of quotas) {
    for (let k = 0; k < quota; k++) {
      const chosen = new Set<string>();
      for (let r = 0; r < 3; r++) chosen.add(pickWeighted(random, FAMILIES, chosen));
      students.push({
        id: `elv_${schoolId}_${k}`,
        schoolId,
        gender: random() < 0.02 ? 'X' : random() < 0.5 ? 'F' : 'M',
        interests: [...chosen],
      });
    }
  }
  return students;
}
