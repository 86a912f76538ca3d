import { describe, expect, it } from 'vitest';
import { scorePair } from './score-pair.ts';
import type { BreakdownLine, MenteeCandidate, MentorCandidate } from './types.ts';

const mentor: MentorCandidate = {
  id: 'm',
  jobFamily: 'sante',
  skills: ['numerique'],
  communeCode: '98818',
  availability: ['wed_pm', 'sat_am', 'evening'],
  capacity: 1,
  currentLoad: 0,
  languages: ['fr', 'en'],
  preferredLevels: ['2nde', '1re'],
  honorabilityValidUntil: '2027-06-30',
  charterSigned: true,
  managerApproval: 'not_needed',
};
const mentee: MenteeCandidate = {
  id: 'y',
  level: '3e',
  interests: ['numerique'],
  communeCode: null,
  availability: ['wed_pm'],
  languages: ['wls'],
  authorisationGiven: true,
};
const weights = { interests: 1, distance: 1, availability: 1, preferences: 1, language: 1 };
const coordinates = { '98818': { lat: -22.27, lon: 166.45 }, '98809': { lat: -21.6, lon: 165.85 } };
const line = (lines: BreakdownLine[], criterion: BreakdownLine['criterion']) =>
  lines.find((l) => l.criterion === criterion)!;

describe('a pair, criterion by criterion', () => {
  it('values a shared skill at half, an unknown commune as neutral, slots by Jaccard', () => {
    const { feasible, score, breakdown } = scorePair({ mentor, mentee, weights, coordinates });
    expect(feasible).toBe(true);
    expect(line(breakdown, 'interests')).toMatchObject({
      value: 0.5,
      explanation:
        'Intérêt pour « Numérique et informatique » ↔ compétence du mentor (métier du mentor : Santé et social)',
    });
    expect(line(breakdown, 'distance')).toMatchObject({
      value: 0.5,
      explanation: 'Distance inconnue (commune du jeune non renseignée) : valeur neutre',
    });
    expect(line(breakdown, 'availability')).toMatchObject({
      value: 0.3333,
      explanation: '1 créneau commun sur 3 : mercredi après-midi',
    });
    expect(line(breakdown, 'preferences')).toMatchObject({
      value: 0,
      explanation: 'Niveau 3e hors des préférences du mentor (Seconde et Première)',
    });
    expect(line(breakdown, 'language')).toMatchObject({
      value: 0,
      explanation: 'Aucune langue commune (mentor : français et anglais ; jeune : wallisien)',
    });
    expect(score).toBe(26.67);
    expect(breakdown.map((l) => l.points)).toEqual([10, 10, 6.67, 0, 0]);
  });

  it('makes a pair without a common slot, or beyond the limit, infeasible and says why', () => {
    const noSlot = scorePair({
      mentor,
      mentee: { ...mentee, availability: ['mon_pm'] },
      weights,
      coordinates,
    });
    expect(noSlot).toMatchObject({
      feasible: false,
      infeasibleReason: 'Aucun créneau en commun : le binôme ne pourrait pas se rencontrer',
    });
    const far = scorePair({
      mentor,
      mentee: { ...mentee, communeCode: '98809' },
      weights,
      coordinates,
      maxDistanceKm: 30,
    });
    expect(far.feasible).toBe(false);
    expect(far.infeasibleReason).toMatch(
      /^\d+,\d km entre les communes : au-delà de la limite de 30 km du programme$/,
    );
    expect(line(far.breakdown, 'distance').value).toBe(0);
  });

  it('reads empty preferences and empty languages as no constraint', () => {
    const { breakdown } = scorePair({
      mentor: { ...mentor, preferredLevels: [], languages: [] },
      mentee: { ...mentee, languages: [], communeCode: '98818' },
      weights,
      coordinates,
    });
    expect(line(breakdown, 'preferences')).toMatchObject({
      value: 1,
      explanation: 'Le mentor accepte tous les niveaux',
    });
    expect(line(breakdown, 'language')).toMatchObject({
      value: 1,
      explanation: 'Langues non renseignées : pas de contrainte',
    });
    expect(line(breakdown, 'distance')).toMatchObject({
      value: 1,
      explanation: 'Même commune (0 point à 50 km)',
    });
  });

  it('scores 0 when every weight is 0', () => {
    const zero = { interests: 0, distance: 0, availability: 0, preferences: 0, language: 0 };
    expect(scorePair({ mentor, mentee, weights: zero, coordinates }).score).toBe(0);
  });
});
