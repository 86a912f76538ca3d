import { formatFrenchDate } from '../shared/dates.ts';
import type { MenteeCandidate, MentorCandidate } from './types.ts';

/** Why a mentor cannot take anyone on `today` (French, empty when nothing blocks). */
export function mentorBlockers(mentor: MentorCandidate, today: string): string[] {
  const reasons: string[] = [];
  const validUntil = mentor.honorabilityValidUntil;
  if (validUntil === null) reasons.push('Contrôle d’honorabilité non renseigné');
  // ISO dates compare as strings.
  else if (validUntil < today)
    reasons.push(`Contrôle d’honorabilité expiré le ${formatFrenchDate(validUntil)}`);
  if (!mentor.charterSigned) reasons.push('Charte non signée');
  if (mentor.managerApproval === 'pending') reasons.push('Accord du responsable en attente');
  if (mentor.managerApproval === 'refused') reasons.push('Accord du responsable refusé');
  return reasons;
}

/** Why a young person cannot be paired yet (French, empty when nothing blocks). */
export function menteeBlockers(mentee: MenteeCandidate): string[] {
  return mentee.authorisationGiven ? [] : ['Autorisation parentale non donnée'];
}
