import type { Mail } from '../../../mail/mailer.ts';
import { APPROVAL_LINK_DAYS } from './approval-links.ts';

/** Asks an agent's manager to agree to mentoring on work time, with a personal link. */
export function managerApprovalMail(input: {
  to: string;
  mentorName: string;
  programName: string;
  tenantName: string;
  hoursAllowance: number;
  url: string;
}): Mail {
  return {
    to: input.to,
    subject: `Accord demandé : ${input.mentorName}, mentor sur son temps de travail`,
    text: [
      'Bonjour,',
      '',
      `${input.mentorName} souhaite devenir mentor·e dans le programme « ${input.programName} » de ${input.tenantName} et vous a désigné·e comme responsable hiérarchique.`,
      `Le mentorat aurait lieu en partie sur son temps de travail, dans la limite de ${input.hoursAllowance} heures par an.`,
      '',
      `Donnez votre accord, ou refusez, en ligne (lien personnel, valable ${APPROVAL_LINK_DAYS} jours, à usage unique) :`,
      input.url,
      '',
      'Sans réponse de votre part, le mentorat ne pourra pas se faire sur le temps de travail.',
    ].join('\n'),
  };
}
