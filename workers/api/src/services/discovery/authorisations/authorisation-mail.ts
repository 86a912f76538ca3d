import type { Mail } from '../../../mail/mailer.ts';
import { GUARDIAN_LINK_DAYS } from '../../mentoring/young-people/guardian-links.ts';
import { DISCOVERY_AUTHORISATION_SCOPES } from './authorisation-links.ts';

/** Written to the guardian, who may never have heard of Pass'3e: what the week is, what is asked. */
export function discoveryAuthorisationMail(input: {
  to: string;
  firstName: string;
  schoolName: string;
  programName: string;
  tenantName: string;
  groupSize: number;
  url: string;
}): Mail {
  return {
    to: input.to,
    subject: `Autorisation demandée : ${input.firstName} et la semaine de découverte « ${input.programName} »`,
    text: [
      'Madame, Monsieur,',
      '',
      `${input.schoolName} propose que ${input.firstName} fasse son stage d’observation de 3e avec « ${input.programName} », une semaine de découverte des métiers au sein de ${input.tenantName}.`,
      `La semaine commence par une journée citoyenneté, continue par la découverte de trois services différents, un par jour, et se termine par une restitution devant les élu·es. Les élèves sont accueilli·es par groupes de ${input.groupSize}, venus de plusieurs collèges.`,
      '',
      'Cette semaine demande votre autorisation pour :',
      ...Object.values(DISCOVERY_AUTHORISATION_SCOPES).map((label) => `- ${label}`),
      '',
      `Répondez en ligne, pour autoriser ou refuser (lien personnel, valable ${GUARDIAN_LINK_DAYS} jours) :`,
      input.url,
      '',
      `Pour toute question, adressez-vous à ${input.schoolName}.`,
    ].join('\n'),
  };
}
