import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { menteeBlockers, mentorBlockers } from './blockers.ts';
import { matchMentors } from './match-mentors.ts';
import { scorePair } from './score-pair.ts';
import type { MatchInput, MatchResult, MenteeCandidate, MentorCandidate } from './types.ts';

const mentor = (id: string, over: Partial<MentorCandidate> = {}): MentorCandidate => ({
  id,
  jobFamily: 'numerique',
  skills: [],
  communeCode: '98818',
  availability: ['wed_pm'],
  capacity: 1,
  currentLoad: 0,
  languages: ['fr'],
  preferredLevels: [],
  honorabilityValidUntil: '2027-06-30',
  charterSigned: true,
  managerApproval: 'not_needed',
  ...over,
});

const mentee = (id: string, over: Partial<MenteeCandidate> = {}): MenteeCandidate => ({
  id,
  level: '3e',
  interests: ['numerique'],
  communeCode: '98818',
  availability: ['wed_pm'],
  languages: ['fr'],
  authorisationGiven: true,
  ...over,
});

const run = (over: Partial<MatchInput>): MatchInput => ({
  mentors: [],
  mentees: [],
  weights: { interests: 3, distance: 2, availability: 1, preferences: 1, language: 1 },
  today: '2026-11-23',
  coordinates: {
    '98818': { lat: -22.27, lon: 166.45 }, // Nouméa
    '98817': { lat: -22.22, lon: 166.51 }, // Mont-Dore, ~8 km
    '98809': { lat: -21.6, lon: 165.85 }, // far north-west, ~95 km
  },
  locked: [],
  rejected: [],
  ...over,
});

const pairsOf = (result: MatchResult) => result.pairs.map((p) => `${p.mentorId}-${p.menteeId}`).sort();
const reasonsOf = (result: MatchResult, id: string) =>
  [...result.unmatchedMentees, ...result.unmatchedMentors].find((u) =>
    'menteeId' in u ? u.menteeId === id : u.mentorId === id,
  )?.reasons;

function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const some = <T>(items: readonly T[]) => items.filter(() => next() < 0.5);
  return { next, pick, some };
}

function randomRun(seed: number): MatchInput {
  const r = seeded(seed);
  const slots = ['wed_pm', 'sat_am', 'evening', 'mon_pm'];
  const families = ['numerique', 'sante', 'btp'];
  const communes = ['98818', '98817', '98809', '99999', null];
  const mentors = Array.from({ length: 1 + Math.floor(r.next() * 4) }, (_, k) =>
    mentor(`m${k}`, {
      jobFamily: r.pick(families),
      skills: r.some(families),
      communeCode: r.pick(communes),
      availability: r.some(slots),
      capacity: 1 + Math.floor(r.next() * 2),
      currentLoad: r.next() < 0.2 ? 1 : 0,
      languages: r.some(['fr', 'en']),
      preferredLevels: r.some(['3e', '2nde']),
      honorabilityValidUntil: r.next() < 0.1 ? '2026-01-31' : '2027-06-30',
      charterSigned: r.next() > 0.1,
      managerApproval: r.pick(['not_needed', 'approved', 'approved', 'pending']),
    }),
  );
  const mentees = Array.from({ length: 1 + Math.floor(r.next() * 7) }, (_, k) =>
    mentee(`y${k}`, {
      level: r.pick(['3e', '2nde', 'cap']),
      interests: r.some(families),
      communeCode: r.pick(communes),
      availability: r.some(slots),
      languages: r.some(['fr', 'en']),
      authorisationGiven: r.next() > 0.1,
    }),
  );
  const decisions = (p: number) =>
    mentees.filter(() => r.next() < p).map((y) => ({ menteeId: y.id, mentorId: r.pick(mentors).id }));
  return run({
    mentors,
    mentees,
    weights: {
      interests: r.next() * 3,
      distance: r.next(),
      availability: 1,
      preferences: r.next(),
      language: 1,
    },
    ...(r.next() < 0.5 ? { maxDistanceKm: 20 } : {}),
    locked: decisions(0.15),
    rejected: decisions(0.3),
  });
}

/** Every assignment of the free young people, straight from `scorePair` and the rules. */
function bruteForce(input: MatchInput): { matched: number; hundredths: number } {
  const lockedMentees = new Set(input.locked.map((l) => l.menteeId));
  const room = input.mentors.map(
    (m) => m.capacity - m.currentLoad - input.locked.filter((l) => l.mentorId === m.id).length,
  );
  const rejected = new Set(input.rejected.map((p) => `${p.mentorId}-${p.menteeId}`));
  const free = input.mentees.filter((y) => menteeBlockers(y).length === 0 && !lockedMentees.has(y.id));
  const options = free.map((y) =>
    input.mentors.flatMap((m, index) => {
      if (mentorBlockers(m, input.today).length > 0 || rejected.has(`${m.id}-${y.id}`)) return [];
      const pair = scorePair({ ...input, mentor: m, mentee: y });
      return pair.feasible ? [{ index, hundredths: Math.round(pair.score * 100) }] : [];
    }),
  );
  let best = { matched: 0, hundredths: 0 };
  const visit = (k: number, matched: number, hundredths: number) => {
    if (k === free.length) {
      if (matched > best.matched || (matched === best.matched && hundredths > best.hundredths))
        best = { matched, hundredths };
      return;
    }
    visit(k + 1, matched, hundredths);
    for (const option of options[k]!) {
      if (room[option.index]! <= 0) continue;
      room[option.index]!--;
      visit(k + 1, matched + 1, hundredths + option.hundredths);
      room[option.index]!++;
    }
  };
  visit(0, 0, 0);
  return best;
}

function expectRulesKept(input: MatchInput, result: MatchResult) {
  const rejected = new Set(input.rejected.map((p) => `${p.mentorId}-${p.menteeId}`));
  const locked = new Set(input.locked.map((p) => `${p.mentorId}-${p.menteeId}`));
  for (const l of locked) expect(pairsOf(result)).toContain(l);
  const load = new Map<string, number>();
  for (const pair of result.pairs) {
    load.set(pair.mentorId, (load.get(pair.mentorId) ?? 0) + 1);
    if (pair.locked) continue;
    const m = input.mentors.find((x) => x.id === pair.mentorId)!;
    const y = input.mentees.find((x) => x.id === pair.menteeId)!;
    expect(rejected.has(`${m.id}-${y.id}`)).toBe(false);
    expect(mentorBlockers(m, input.today)).toEqual([]);
    expect(y.authorisationGiven).toBe(true);
    expect(scorePair({ ...input, mentor: m, mentee: y }).feasible).toBe(true);
  }
  for (const [id, count] of load) {
    const m = input.mentors.find((x) => x.id === id)!;
    const lockedHere = input.locked.filter((l) => l.mentorId === id).length;
    expect(count - lockedHere).toBeLessThanOrEqual(Math.max(0, m.capacity - m.currentLoad - lockedHere));
  }
  expect(new Set(result.pairs.map((p) => p.menteeId)).size).toBe(result.pairs.length);
  const everyone = result.pairs.length + result.unmatchedMentees.length;
  expect(everyone).toBe(input.mentees.length);
  for (const u of [...result.unmatchedMentees, ...result.unmatchedMentors])
    expect(u.reasons.length).toBeGreaterThan(0);
}

describe('matching young people with mentors', () => {
  it('finds as many pairs and as high a total as a brute force, on 300 small random programs', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const input = randomRun(seed);
      const result = matchMentors(input);
      expect(result.method).toBe('exact');
      expectRulesKept(input, result);
      const proposed = result.pairs.filter((p) => !p.locked);
      const hundredths = proposed.reduce((sum, p) => sum + Math.round(p.score * 100), 0);
      expect({ seed, matched: proposed.length, hundredths }).toEqual({ seed, ...bruteForce(input) });
    }
  });

  it('explains each criterion of a pair in French, the points adding up to the score', () => {
    const result = matchMentors(
      run({
        mentors: [
          mentor('m1', { jobTitle: 'développeur', availability: ['wed_pm', 'sat_am'], communeCode: '98817' }),
        ],
        mentees: [mentee('y1')],
      }),
    );
    const [pair] = result.pairs;
    expect(pair!.breakdown.map((b) => b.criterion)).toEqual([
      'interests',
      'distance',
      'availability',
      'preferences',
      'language',
    ]);
    expect(pair!.breakdown.map((b) => b.explanation)).toEqual([
      'Intérêt pour « Numérique et informatique » ↔ métier : développeur',
      '8,3 km entre les communes (0 point à 50 km)',
      '1 créneau commun sur 2 : mercredi après-midi',
      'Le mentor accepte tous les niveaux',
      'Langue commune : français',
    ]);
    const points = pair!.breakdown.reduce((sum, b) => sum + b.points, 0);
    expect(Math.abs(points - pair!.score)).toBeLessThanOrEqual(0.03);
    expect(result.totalScore).toBe(pair!.score);
  });

  it('never proposes a mentor who is not cleared, and says why', () => {
    const result = matchMentors(
      run({
        mentors: [
          mentor('expired', { honorabilityValidUntil: '2026-11-22' }),
          mentor('unchecked', { honorabilityValidUntil: null }),
          mentor('no-charter', { charterSigned: false }),
          mentor('pending', { managerApproval: 'pending' }),
          mentor('refused', { managerApproval: 'refused' }),
          mentor('full', { capacity: 2, currentLoad: 2 }),
          mentor('last-day', { honorabilityValidUntil: '2026-11-23', availability: ['sat_am'] }),
        ],
        mentees: [mentee('y1'), mentee('y2', { authorisationGiven: false, availability: ['sat_am'] })],
      }),
    );
    expect(pairsOf(result)).toEqual([]);
    expect(reasonsOf(result, 'expired')).toEqual(['Contrôle d’honorabilité expiré le 22 novembre 2026']);
    expect(reasonsOf(result, 'unchecked')).toEqual(['Contrôle d’honorabilité non renseigné']);
    expect(reasonsOf(result, 'no-charter')).toEqual(['Charte non signée']);
    expect(reasonsOf(result, 'pending')).toEqual(['Accord du responsable en attente']);
    expect(reasonsOf(result, 'refused')).toEqual(['Accord du responsable refusé']);
    expect(reasonsOf(result, 'full')).toEqual(['Capacité atteinte (2 jeunes suivis pour 2 places)']);
    // Valid on its last day; the only young person free on Saturday has no parental authorisation.
    expect(reasonsOf(result, 'last-day')).toEqual(['Aucun jeune disponible au même moment']);
    expect(reasonsOf(result, 'y1')).toEqual(['Tous les mentors compatibles sont complets']);
    expect(reasonsOf(result, 'y2')).toEqual(['Autorisation parentale non donnée']);
  });

  it('says when no mentor can meet, or all are too far', () => {
    const result = matchMentors(
      run({
        maxDistanceKm: 30,
        mentors: [mentor('m1', { availability: ['evening'] }), mentor('far', { communeCode: '98809' })],
        mentees: [
          mentee('y-slot', { availability: ['sat_am'] }),
          mentee('y-far', { availability: ['wed_pm'] }),
        ],
        rejected: [],
      }),
    );
    expect(reasonsOf(result, 'y-slot')).toEqual(['Aucun mentor disponible au même moment']);
    expect(reasonsOf(result, 'y-far')).toEqual([
      'Aucun mentor compatible',
      '1 mentor sans créneau commun',
      '1 mentor à plus de 30 km',
    ]);
  });

  it('pairs more young people rather than giving the best mentor to one', () => {
    // Greedy would give m1 to y1 (perfect interests) and leave y2, who can only meet m1, alone.
    const result = matchMentors(
      run({
        mentors: [
          mentor('m1', { availability: ['wed_pm', 'sat_am'] }),
          mentor('m2', { jobFamily: 'sante', availability: ['sat_am'] }),
        ],
        mentees: [
          mentee('y1', { availability: ['wed_pm', 'sat_am'] }),
          mentee('y2', { availability: ['wed_pm'] }),
        ],
      }),
    );
    expect(pairsOf(result)).toEqual(['m1-y2', 'm2-y1']);
  });

  it('keeps locked pairs even when a better split exists, and counts them against capacity', () => {
    const input = run({
      mentors: [mentor('m1', { capacity: 2 }), mentor('m2', { jobFamily: 'sante', communeCode: '98809' })],
      mentees: [mentee('y1'), mentee('y2', { interests: ['sante'] }), mentee('y3')],
      locked: [
        { mentorId: 'm2', menteeId: 'y1' },
        { mentorId: 'm1', menteeId: 'y2' },
      ],
    });
    const result = matchMentors(input);
    expect(pairsOf(result)).toEqual(['m1-y2', 'm1-y3', 'm2-y1']);
    expect(result.pairs.filter((p) => p.locked).map((p) => p.menteeId)).toEqual(['y1', 'y2']);
    const withoutLocks = matchMentors({ ...input, locked: [] });
    expect(withoutLocks.totalScore).toBeGreaterThan(result.totalScore);
  });

  it('never proposes a rejected pair, even when it is the only one', () => {
    const result = matchMentors(
      run({
        mentors: [mentor('m1'), mentor('m2', { availability: ['sat_am'] })],
        mentees: [mentee('y1')],
        rejected: [{ mentorId: 'm1', menteeId: 'y1' }],
      }),
    );
    expect(result.pairs).toEqual([]);
    expect(reasonsOf(result, 'y1')).toEqual([
      'Aucun mentor compatible',
      '1 mentor sans créneau commun',
      '1 binôme écarté par la coordination',
    ]);
  });

  it('returns the greedy answer, flagged, when the clock passes the budget', () => {
    const input = randomRunOfSize(120);
    let t = 0;
    const result = matchMentors({ ...input, budgetMs: 100, now: () => (t += 60) });
    expect(result).toMatchObject({ method: 'greedy', timedOut: true });
    expect(result.pairs.length).toBeGreaterThan(0);
    expectRulesKept(input, result);
    expect(
      result.unmatchedMentees.every(
        (u) => u.reasons.some((r) => r.includes('répartition rapide')) || u.reasons.length > 0,
      ),
    ).toBe(true);

    const exact = matchMentors({ ...input, budgetMs: 60_000 });
    expect(exact).toMatchObject({ method: 'exact', timedOut: false });
    expect(exact.pairs.length).toBeGreaterThanOrEqual(result.pairs.length);
    // A clock that never passes the budget: the exact answer, never the greedy one.
    expect(matchMentors({ ...input, budgetMs: 0, now: () => 0 })).toMatchObject({
      method: 'exact',
      elapsedMs: 0,
    });
  });

  it('refuses negative weights and locks on unknown people', () => {
    const bad = () =>
      matchMentors(
        run({ weights: { interests: -1, distance: 1, availability: 1, preferences: 1, language: 1 } }),
      );
    expect(bad).toThrow(DomainError);
    expect(() =>
      matchMentors(run({ mentees: [mentee('y1')], locked: [{ mentorId: 'nobody', menteeId: 'y1' }] })),
    ).toThrow('Un binôme verrouillé désigne un mentor ou un jeune absent de la liste.');
  });
});

function randomRunOfSize(size: number): MatchInput {
  const r = seeded(size);
  const slots = ['wed_pm', 'sat_am', 'evening', 'mon_pm', 'wed_am'];
  return run({
    mentors: Array.from({ length: Math.round(size / 1.5) }, (_, k) =>
      mentor(`m${k}`, {
        availability: r.some(slots),
        capacity: 1 + Math.floor(r.next() * 2),
        jobFamily: r.pick(['numerique', 'sante']),
      }),
    ),
    mentees: Array.from({ length: size }, (_, k) =>
      mentee(`y${k}`, { availability: r.some(slots), communeCode: r.pick(['98818', '98817']) }),
    ),
  });
}
