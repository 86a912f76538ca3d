import type { Coordinates, CriterionWeights } from './types.ts';

// The value of each criterion, shared by the fast pair table and the explained breakdown so both
// round to the very same score.

/** Distance at which the distance criterion reaches 0 when the program sets no limit. */
export const DEFAULT_DISTANCE_SCALE_KM = 50;

/** Neutral value when something is unknown (a commune, the interests, one side's languages). */
export const NEUTRAL_VALUE = 0.5;

/** A share of skill, not of job family, is a weaker link. */
export const SKILL_ONLY_VALUE = 0.5;

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/** Great-circle distance between two centroids (haversine). */
export function distanceKm(a: Coordinates, b: Coordinates): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function distanceValue(km: number, scaleKm: number): number {
  return Math.max(0, 1 - km / scaleKm);
}

export function interestsValue(input: {
  hasInterests: boolean;
  familyHit: boolean;
  skillHit: boolean;
}): number {
  if (!input.hasInterests) return NEUTRAL_VALUE;
  if (input.familyHit) return 1;
  return input.skillHit ? SKILL_ONLY_VALUE : 0;
}

/** Jaccard index of the two slot sets; 0 common slot makes the pair infeasible upstream. */
export function availabilityValue(common: number, union: number): number {
  return union === 0 ? 0 : common / union;
}

/** No preferred level means any level suits the mentor. */
export function preferencesValue(preferredCount: number, levelPreferred: boolean): number {
  return preferredCount === 0 || levelPreferred ? 1 : 0;
}

export function languageValue(mentorCount: number, menteeCount: number, shared: number): number {
  if (mentorCount === 0 && menteeCount === 0) return 1;
  if (mentorCount === 0 || menteeCount === 0) return NEUTRAL_VALUE;
  return shared > 0 ? 1 : 0;
}

/** Σ weight·value over Σ weight, in hundredths of a point (0..10 000), so the solver works on integers. */
export function scoreHundredths(
  weights: CriterionWeights,
  interests: number,
  distance: number,
  availability: number,
  preferences: number,
  language: number,
): number {
  const total = weightTotal(weights);
  if (total === 0) return 0;
  const sum =
    weights.interests * interests +
    weights.distance * distance +
    weights.availability * availability +
    weights.preferences * preferences +
    weights.language * language;
  return Math.round((sum / total) * 10_000);
}

export function weightTotal(weights: CriterionWeights): number {
  return weights.interests + weights.distance + weights.availability + weights.preferences + weights.language;
}
