import {
  availabilityValue,
  DEFAULT_DISTANCE_SCALE_KM,
  distanceKm,
  distanceValue,
  interestsValue,
  languageValue,
  NEUTRAL_VALUE,
  preferencesValue,
  scoreHundredths,
} from './criteria.ts';
import type { Coordinates, CriterionWeights, MenteeCandidate, MentorCandidate } from './types.ts';

/** `scoreOf` results below 0: the pair cannot be proposed. */
export const NO_COMMON_SLOT = -1;
export const TOO_FAR = -2;

export type PairTable = {
  /** Score in hundredths (0..10 000), or NO_COMMON_SLOT / TOO_FAR. Indices are input positions. */
  scoreOf: (menteeIndex: number, mentorIndex: number) => number;
};

// Same values as `scorePair`, without strings: every code (slot, interest, language, level) is
// interned to a bit, so a pair costs a few word operations. Millions of pairs are scored per run.
export function buildPairTable(input: {
  mentors: readonly MentorCandidate[];
  mentees: readonly MenteeCandidate[];
  weights: CriterionWeights;
  coordinates: Record<string, Coordinates>;
  maxDistanceKm?: number | undefined;
}): PairTable {
  const { mentors, mentees, weights, coordinates, maxDistanceKm } = input;

  const slots = new BitSets([...mentors.map((m) => m.availability), ...mentees.map((m) => m.availability)]);
  const languages = new BitSets([...mentors.map((m) => m.languages), ...mentees.map((m) => m.languages)]);
  // Only codes some young person is interested in can score, so skills are interned against them.
  const interests = new BitSets(mentees.map((m) => m.interests));
  const familyBits = new BitSets(
    mentors.map((m) => [m.jobFamily].filter((f) => interests.has(f))),
    interests.index,
  );
  const skillBits = new BitSets(
    mentors.map((m) => m.skills.filter((s) => interests.has(s))),
    interests.index,
  );
  const levels = new BitSets([...mentors.map((m) => m.preferredLevels), ...mentees.map((m) => [m.level])]);

  const placeIndex = new Map<string, number>();
  const places: Coordinates[] = [];
  const placeOf = (code: string | null) => {
    if (code === null || !Object.hasOwn(coordinates, code)) return -1;
    let index = placeIndex.get(code);
    if (index === undefined) {
      index = places.length;
      placeIndex.set(code, index);
      places.push(coordinates[code]!);
    }
    return index;
  };
  const mentorPlace = Int32Array.from(mentors, (m) => placeOf(m.communeCode));
  const menteePlace = Int32Array.from(mentees, (m) => placeOf(m.communeCode));
  // Distances between places, computed once per pair of places: far fewer than pairs of people.
  const placeCount = places.length;
  const distances = placeCount <= 2048 ? new Float64Array(placeCount * placeCount).fill(-1) : null;
  const distanceBetween = (a: number, b: number) => {
    if (distances === null) return distanceKm(places[a]!, places[b]!);
    const key = a * placeCount + b;
    let km = distances[key]!;
    if (km < 0) {
      km = distanceKm(places[a]!, places[b]!);
      distances[key] = km;
    }
    return km;
  };
  const scale = maxDistanceKm ?? DEFAULT_DISTANCE_SCALE_KM;
  const limit = maxDistanceKm ?? Number.POSITIVE_INFINITY;
  const menteeOffset = mentors.length;

  return {
    scoreOf(menteeIndex, mentorIndex) {
      const menteeSet = menteeOffset + menteeIndex;
      const common = slots.intersectionSize(mentorIndex, slots, menteeSet);
      if (common === 0) return NO_COMMON_SLOT;
      const availability = availabilityValue(
        common,
        slots.size(mentorIndex) + slots.size(menteeSet) - common,
      );
      const mentorAt = mentorPlace[mentorIndex]!;
      const menteeAt = menteePlace[menteeIndex]!;
      let distance = NEUTRAL_VALUE;
      if (mentorAt >= 0 && menteeAt >= 0) {
        const km = distanceBetween(menteeAt, mentorAt);
        if (km > limit) return TOO_FAR;
        distance = distanceValue(km, scale);
      }
      const interest = interestsValue({
        hasInterests: interests.size(menteeIndex) > 0,
        familyHit: familyBits.intersectionSize(mentorIndex, interests, menteeIndex) > 0,
        skillHit: skillBits.intersectionSize(mentorIndex, interests, menteeIndex) > 0,
      });
      const preferences = preferencesValue(
        levels.size(mentorIndex),
        levels.intersectionSize(mentorIndex, levels, menteeSet) > 0,
      );
      const language = languageValue(
        languages.size(mentorIndex),
        languages.size(menteeSet),
        languages.intersectionSize(mentorIndex, languages, menteeSet),
      );
      return scoreHundredths(weights, interest, distance, availability, preferences, language);
    },
  };
}

/** One bit set per list of codes, all over the same interned codes. */
class BitSets {
  readonly index: Map<string, number>;
  readonly words: number;
  private readonly bits: Uint32Array;
  private readonly sizes: Int32Array;

  constructor(lists: readonly (readonly string[])[], shared?: Map<string, number>) {
    this.index = shared ?? new Map();
    if (!shared) {
      for (const list of lists)
        for (const code of list) if (!this.index.has(code)) this.index.set(code, this.index.size);
    }
    this.words = Math.max(1, Math.ceil(this.index.size / 32));
    this.bits = new Uint32Array(lists.length * this.words);
    this.sizes = new Int32Array(lists.length);
    lists.forEach((list, set) => {
      for (const code of list) {
        const bit = this.index.get(code);
        if (bit === undefined) continue;
        const at = set * this.words + (bit >>> 5);
        const mask = 1 << (bit & 31);
        if ((this.bits[at]! & mask) === 0) {
          this.bits[at] = this.bits[at]! | mask;
          this.sizes[set] = this.sizes[set]! + 1;
        }
      }
    });
  }

  has(code: string): boolean {
    return this.index.has(code);
  }

  size(set: number): number {
    return this.sizes[set]!;
  }

  intersectionSize(set: number, other: BitSets, otherSet: number): number {
    let count = 0;
    const words = Math.min(this.words, other.words);
    for (let w = 0; w < words; w++) {
      count += popCount(this.bits[set * this.words + w]! & other.bits[otherSet * other.words + w]!);
    }
    return count;
  }
}

function popCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
