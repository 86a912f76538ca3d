import { GUARDIAN_SCOPES } from '@passerelle/domain';
import type { Mail } from '../../../mail/mailer.ts';
import { GUARDIAN_LINK_DAYS } from './guardian-links.ts';

/** Written to the guardian, who may never have heard of the program: what it is and what is asked. */
export function guardianAuthorisationMail(input: {
  to: string;
  firstName: string;
  schoolName: string;
  programName: string;
  tenantName: string;
  durationMonths: number;
  url: string;
}): Mail {
  return {
    to: input.to,
    subject: `Autorisation demandée : ${input.firstName} et le programme de mentorat « ${input.programName} »`,
    text: [
      'Madame, Monsieur,',
      '',
      `${input.schoolName} propose que ${input.firstName} participe au programme de mentorat « ${input.programName} », mené par ${input.tenantName}.`,
      `Pendant environ ${input.durationMonths} mois, un ou une professionnel·le bénévole l’accompagne : découverte des métiers, orientation, confiance en soi. Les rencontres sont suivies par la coordination du programme.`,
      '',
      'Ce mentorat demande votre autorisation pour :',
      ...Object.values(GUARDIAN_SCOPES).map((label) => `- ${label}`),
      '',
      `Répondez en ligne, pour autoriser ou refuser (lien personnel, valable ${GUARDIAN_LINK_DAYS} jours) :`,
      input.url,
      '',
      `Pour toute question, adressez-vous à ${input.schoolName}.`,
    ].join('\n'),
  };
}
