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
  weightTotal,
} from './criteria.ts';
import {
  frenchList,
  frenchNumber,
  jobFamilyLabel,
  languageLabel,
  levelLabel,
  plural,
  slotLabel,
} from './labels.ts';
import type {
  BreakdownLine,
  Coordinates,
  Criterion,
  CriterionWeights,
  MenteeCandidate,
  MentorCandidate,
} from './types.ts';

export type PairScore = {
  /** False when no slot is shared or the communes are farther apart than the limit. */
  feasible: boolean;
  /** French, why the pair cannot be proposed. */
  infeasibleReason: string | null;
  score: number;
  breakdown: BreakdownLine[];
};

type Line = { value: number; explanation: string };

/** One pair, criterion by criterion, in words a coordinator can check. */
export function scorePair(input: {
  mentor: MentorCandidate;
  mentee: MenteeCandidate;
  weights: CriterionWeights;
  coordinates: Record<string, Coordinates>;
  maxDistanceKm?: number | undefined;
}): PairScore {
  const { mentor, mentee, weights } = input;
  const interests = explainInterests(mentor, mentee);
  const distance = explainDistance(input);
  const availability = explainAvailability(mentor, mentee);
  const preferences = explainPreferences(mentor, mentee);
  const language = explainLanguage(mentor, mentee);
  const lines: Record<Criterion, Line> = { interests, distance, availability, preferences, language };
  const total = weightTotal(weights);
  const breakdown = (Object.keys(lines) as Criterion[]).map((criterion) => {
    const { value, explanation } = lines[criterion];
    const weight = weights[criterion];
    const points = total === 0 ? 0 : Math.round(((weight * value) / total) * 10_000) / 100;
    // Rounded for reading only: the score uses the exact values.
    return { criterion, weight, value: Math.round(value * 10_000) / 10_000, points, explanation };
  });
  const hundredths = scoreHundredths(
    weights,
    interests.value,
    distance.value,
    availability.value,
    preferences.value,
    language.value,
  );
  const infeasibleReason =
    availability.value === 0 ? availability.explanation : distance.tooFar ? distance.explanation : null;
  return { feasible: infeasibleReason === null, infeasibleReason, score: hundredths / 100, breakdown };
}

function explainInterests(mentor: MentorCandidate, mentee: MenteeCandidate): Line {
  const interests = [...new Set(mentee.interests)];
  const job = mentor.jobTitle
    ? `métier : ${mentor.jobTitle}`
    : `métier du mentor : ${jobFamilyLabel(mentor.jobFamily)}`;
  const familyHit = interests.includes(mentor.jobFamily);
  const skill = mentor.skills.find((s) => interests.includes(s));
  const value = interestsValue({
    hasInterests: interests.length > 0,
    familyHit,
    skillHit: skill !== undefined,
  });
  if (interests.length === 0)
    return { value, explanation: 'Aucun centre d’intérêt indiqué par le jeune : valeur neutre' };
  if (familyHit)
    return { value, explanation: `Intérêt pour « ${jobFamilyLabel(mentor.jobFamily)} » ↔ ${job}` };
  if (skill !== undefined)
    return {
      value,
      explanation: `Intérêt pour « ${jobFamilyLabel(skill)} » ↔ compétence du mentor (${job})`,
    };
  return {
    value,
    explanation: `Intérêts du jeune (${frenchList(interests.map(jobFamilyLabel))}) éloignés du ${job}`,
  };
}

function explainDistance(input: {
  mentor: MentorCandidate;
  mentee: MenteeCandidate;
  coordinates: Record<string, Coordinates>;
  maxDistanceKm?: number | undefined;
}): Line & { tooFar: boolean } {
  const { mentor, mentee, coordinates, maxDistanceKm } = input;
  const place = (code: string | null) =>
    code !== null && Object.hasOwn(coordinates, code) ? coordinates[code]! : null;
  const from = place(mentee.communeCode);
  const to = place(mentor.communeCode);
  if (from === null || to === null) {
    const missing = [
      ...(from === null
        ? [
            mentee.communeCode === null
              ? 'commune du jeune non renseignée'
              : `commune ${mentee.communeCode} non localisée`,
          ]
        : []),
      ...(to === null
        ? [
            mentor.communeCode === null
              ? 'commune du mentor non renseignée'
              : `commune ${mentor.communeCode} non localisée`,
          ]
        : []),
    ];
    return {
      value: NEUTRAL_VALUE,
      tooFar: false,
      explanation: `Distance inconnue (${frenchList(missing)}) : valeur neutre`,
    };
  }
  const km = distanceKm(from, to);
  const scale = maxDistanceKm ?? DEFAULT_DISTANCE_SCALE_KM;
  const tooFar = maxDistanceKm !== undefined && km > maxDistanceKm;
  const where = km < 0.05 ? 'Même commune' : `${frenchNumber(km)} km entre les communes`;
  return {
    value: distanceValue(km, scale),
    tooFar,
    explanation: tooFar
      ? `${where} : au-delà de la limite de ${frenchNumber(scale)} km du programme`
      : `${where} (0 point à ${frenchNumber(scale)} km)`,
  };
}

function explainAvailability(mentor: MentorCandidate, mentee: MenteeCandidate): Line {
  const mentorSlots = new Set(mentor.availability);
  const menteeSlots = new Set(mentee.availability);
  const common = [...menteeSlots].filter((s) => mentorSlots.has(s));
  const union = new Set([...mentorSlots, ...menteeSlots]).size;
  const value = availabilityValue(common.length, union);
  if (common.length === 0)
    return { value, explanation: 'Aucun créneau en commun : le binôme ne pourrait pas se rencontrer' };
  return {
    value,
    explanation: `${common.length} ${plural(common.length, 'créneau commun', 'créneaux communs')} sur ${union} : ${frenchList(common.map(slotLabel))}`,
  };
}

function explainPreferences(mentor: MentorCandidate, mentee: MenteeCandidate): Line {
  const preferred = [...new Set(mentor.preferredLevels)];
  const hit = preferred.includes(mentee.level);
  const value = preferencesValue(preferred.length, hit);
  if (preferred.length === 0) return { value, explanation: 'Le mentor accepte tous les niveaux' };
  if (hit)
    return { value, explanation: `Le mentor souhaite accompagner ce niveau (${levelLabel(mentee.level)})` };
  return {
    value,
    explanation: `Niveau ${levelLabel(mentee.level)} hors des préférences du mentor (${frenchList(preferred.map(levelLabel))})`,
  };
}

function explainLanguage(mentor: MentorCandidate, mentee: MenteeCandidate): Line {
  const mentorLanguages = new Set(mentor.languages);
  const menteeLanguages = [...new Set(mentee.languages)];
  const shared = menteeLanguages.filter((l) => mentorLanguages.has(l));
  const value = languageValue(mentorLanguages.size, menteeLanguages.length, shared.length);
  if (mentorLanguages.size === 0 && menteeLanguages.length === 0)
    return { value, explanation: 'Langues non renseignées : pas de contrainte' };
  if (mentorLanguages.size === 0 || menteeLanguages.length === 0)
    return {
      value,
      explanation: `Langues ${mentorLanguages.size === 0 ? 'du mentor' : 'du jeune'} non renseignées : valeur neutre`,
    };
  if (shared.length > 0)
    return {
      value,
      explanation: `${plural(shared.length, 'Langue commune', 'Langues communes')} : ${frenchList(shared.map(languageLabel))}`,
    };
  return {
    value,
    explanation: `Aucune langue commune (mentor : ${frenchList([...mentorLanguages].map(languageLabel))} ; jeune : ${frenchList(menteeLanguages.map(languageLabel))})`,
  };
}
