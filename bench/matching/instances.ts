// Seeded instances for the matching bench. Pure (no Node API): the workerd bench bundles this file
// with the engine and rebuilds the very same instances from the same seeds.
import type {
  Coordinates,
  MatchInput,
  MenteeCandidate,
  MentorCandidate,
} from '../../packages/domain/src/matching/index.ts';

export const FAMILIES = ['random', 'structured', 'adversarial'] as const;
export type Family = (typeof FAMILIES)[number];

const JOB_FAMILIES = [
  'numerique',
  'sante',
  'industrie',
  'btp',
  'commerce',
  'administration',
  'education',
  'environnement',
  'culture',
  'transport',
  'finance',
  'droit',
  'hotellerie',
  'sport',
];
const SLOTS = ['mon_pm', 'tue_pm', 'wed_am', 'wed_pm', 'thu_pm', 'fri_pm', 'sat_am', 'evening'];
const LEVELS = ['4e', '3e', '2nde', '1re', 'terminale', 'cap', 'bac_pro'];
const TODAY = '2026-11-23';
const WEIGHTS = { interests: 3, distance: 2, availability: 1, preferences: 1, language: 1 };

/** mulberry32: small, fast, and the same sequence in Node and workerd. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]) => items[int(items.length)]!;
  const some = <T>(items: readonly T[], p: number) => {
    const chosen = items.filter(() => next() < p);
    return chosen.length > 0 ? chosen : [pick(items)];
  };
  return { next, int, pick, some };
}
type Rng = ReturnType<typeof rng>;

export function buildInstance(family: Family, mentees: number, seed: number): MatchInput {
  if (family === 'adversarial') return adversarial(mentees);
  return family === 'random' ? uniform(mentees, rng(seed)) : structured(mentees, rng(seed));
}

/** Every attribute drawn uniformly; communes scattered over a 110 × 110 km square. */
function uniform(n: number, r: Rng): MatchInput {
  const coordinates: Record<string, Coordinates> = {};
  const communes = Array.from({ length: 200 }, (_, k) => {
    const code = String(98_000 + k);
    coordinates[code] = { lat: 45 + r.next(), lon: 2 + r.next() * 1.4 };
    return code;
  });
  const mentors = Array.from({ length: Math.round(n / 1.5) }, (_, k) =>
    mentor(r, `m${k}`, r.pick(communes), r.some(SLOTS, 0.35), r.some(LEVELS, 0.2)),
  );
  const mentees = Array.from({ length: n }, (_, k) =>
    mentee(r, `y${k}`, r.pick(communes), r.some(SLOTS, 0.35), r.pick(JOB_FAMILIES)),
  );
  return withDecisions(r, { mentors, mentees, coordinates, maxDistanceKm: 60 });
}

/**
 * What a province looks like: a main town with its suburbs and a few far towns, mentors where the
 * jobs are, a few popular job families, pupils free on Wednesday afternoons, Saturdays and
 * evenings, employees mostly in the evening and agents on weekday afternoons.
 */
function structured(n: number, r: Rng): MatchInput {
  const coordinates: Record<string, Coordinates> = {};
  const towns = [
    { lat: -22.27, lon: 166.45, communes: 30, weight: 0.55 },
    { lat: -22.05, lon: 166.2, communes: 12, weight: 0.15 },
    { lat: -21.6, lon: 165.8, communes: 10, weight: 0.1 },
    { lat: -21.3, lon: 165.4, communes: 8, weight: 0.1 },
    { lat: -20.9, lon: 165.0, communes: 6, weight: 0.1 },
  ];
  const clusters = towns.map((town, t) =>
    Array.from({ length: town.communes }, (_, k) => {
      const code = `988${t}${String(k).padStart(2, '0')}`;
      coordinates[code] = { lat: town.lat + (r.next() - 0.5) * 0.2, lon: town.lon + (r.next() - 0.5) * 0.2 };
      return code;
    }),
  );
  const place = (bias: number) => {
    let x = r.next() * (1 + bias);
    for (const [t, town] of towns.entries()) {
      x -= town.weight + (t === 0 ? bias : 0);
      if (x <= 0) return r.pick(clusters[t]!);
    }
    return r.pick(clusters[0]!);
  };
  // Zipf-like popularity: the first families are asked for far more often.
  const popular = () => JOB_FAMILIES[Math.min(JOB_FAMILIES.length - 1, Math.floor(r.next() ** 2 * 14))]!;
  const pupilSlots = ['wed_pm', 'sat_am', 'evening', 'wed_am', 'fri_pm'];
  const employeeSlots = ['evening', 'sat_am', 'wed_pm', 'mon_pm'];
  const agentSlots = ['mon_pm', 'tue_pm', 'thu_pm', 'fri_pm', 'wed_pm'];
  const mentors = Array.from({ length: Math.round(n / 1.5) }, (_, k) => {
    const agent = r.next() < 0.35;
    const m = mentor(
      r,
      `m${k}`,
      place(0.3),
      r.some(agent ? agentSlots : employeeSlots, 0.4),
      r.next() < 0.5 ? [] : r.some(LEVELS, 0.3),
    );
    m.jobFamily = agent ? r.pick(['administration', 'education', 'environnement', 'sante']) : popular();
    return m;
  });
  const mentees = Array.from({ length: n }, (_, k) =>
    mentee(r, `y${k}`, place(0), r.some(pupilSlots, 0.4), popular()),
  );
  return withDecisions(r, { mentors, mentees, coordinates, maxDistanceKm: 35 });
}

/**
 * Built to trap a greedy choice: in each group the best pair (A–X) takes the only mentor that
 * B can meet, while A could just as well go to Y. Greedy forms one pair per group, the optimum
 * two. Groups sit 25 km apart with a 30 km limit, so neighbours compete too.
 */
function adversarial(n: number): MatchInput {
  const coordinates: Record<string, Coordinates> = {};
  const mentors: MentorCandidate[] = [];
  const mentees: MenteeCandidate[] = [];
  const side = Math.ceil(Math.sqrt(n / 2));
  const base = (id: string, commune: string): MentorCandidate => ({
    id,
    jobFamily: 'numerique',
    skills: [],
    communeCode: commune,
    availability: [],
    capacity: 1,
    currentLoad: 0,
    languages: ['fr'],
    preferredLevels: [],
    honorabilityValidUntil: '2027-06-30',
    charterSigned: true,
    managerApproval: 'not_needed',
  });
  for (let g = 0; mentees.length < n; g++) {
    const commune = `g${g}`;
    coordinates[commune] = { lat: 45 + Math.floor(g / side) * 0.225, lon: 2 + (g % side) * 0.318 };
    mentors.push({ ...base(`x${g}`, commune), availability: ['wed_pm', 'sat_am'] });
    mentors.push({ ...base(`w${g}`, commune), jobFamily: 'sante', availability: ['sat_am'] });
    const young = (id: string, slots: string[]): MenteeCandidate => ({
      id,
      level: '3e',
      interests: ['numerique'],
      communeCode: commune,
      availability: slots,
      languages: ['fr'],
      authorisationGiven: true,
    });
    mentees.push(young(`a${g}`, ['wed_pm', 'sat_am']));
    if (mentees.length < n) mentees.push(young(`b${g}`, ['wed_pm']));
  }
  return {
    // Mentors ≈ n/1.5 as elsewhere: the last groups have none and lean on their neighbours'.
    mentors: mentors.slice(0, Math.round(n / 1.5)),
    mentees,
    weights: WEIGHTS,
    today: TODAY,
    coordinates,
    maxDistanceKm: 30,
    locked: [],
    rejected: [],
  };
}

function mentor(r: Rng, id: string, commune: string, slots: string[], levels: string[]): MentorCandidate {
  const roll = r.next();
  return {
    id,
    jobFamily: r.pick(JOB_FAMILIES),
    skills: r.next() < 0.5 ? [r.pick(JOB_FAMILIES)] : [],
    communeCode: r.next() < 0.03 ? null : commune,
    availability: slots,
    capacity: 1 + r.int(2),
    currentLoad: r.next() < 0.1 ? 1 : 0,
    languages: r.next() < 0.2 ? ['fr', r.pick(['en', 'es', 'wls'])] : ['fr'],
    preferredLevels: levels,
    honorabilityValidUntil: roll < 0.04 ? null : roll < 0.08 ? '2026-09-30' : '2027-09-30',
    charterSigned: r.next() > 0.05,
    managerApproval: r.next() < 0.05 ? 'pending' : r.next() < 0.4 ? 'approved' : 'not_needed',
  };
}

function mentee(r: Rng, id: string, commune: string, slots: string[], interest: string): MenteeCandidate {
  return {
    id,
    level: r.pick(LEVELS),
    interests: r.next() < 0.4 ? [interest, r.pick(JOB_FAMILIES)] : [interest],
    communeCode: r.next() < 0.03 ? null : commune,
    availability: slots,
    languages: r.next() < 0.1 ? ['fr', r.pick(['en', 'es', 'wls'])] : ['fr'],
    authorisationGiven: r.next() > 0.06,
  };
}

/** A coordinator's earlier decisions: about 1 % of pairs locked, 2 % of proposals rejected. */
function withDecisions(
  r: Rng,
  people: Pick<MatchInput, 'mentors' | 'mentees' | 'coordinates' | 'maxDistanceKm'>,
): MatchInput {
  const locked = people.mentees
    .filter(() => r.next() < 0.01)
    .map((y) => ({ menteeId: y.id, mentorId: r.pick(people.mentors).id }));
  const rejected = people.mentees
    .filter(() => r.next() < 0.02)
    .map((y) => ({ menteeId: y.id, mentorId: r.pick(people.mentors).id }));
  return { ...people, weights: WEIGHTS, today: TODAY, locked, rejected };
}
