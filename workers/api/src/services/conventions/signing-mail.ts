import { formatFrenchDate } from '@passerelle/domain';
import type { Mail } from '../../mail/mailer.ts';
import { SIGNING_LINK_DAYS } from './signing-links.ts';

export function signingMail(input: {
  to: string;
  signerName: string;
  title: string;
  tenantName: string;
  url: string;
  reminder?: boolean;
}): Mail {
  return {
    to: input.to,
    subject: `${input.reminder ? 'Rappel — ' : ''}Convention à signer : ${input.title}`,
    text: [
      `Bonjour ${input.signerName},`,
      '',
      input.reminder
        ? `La convention « ${input.title} » (${input.tenantName}) attend toujours votre signature.`
        : `${input.tenantName} vous invite à signer la convention « ${input.title} ».`,
      '',
      `Lisez-la et signez-la en ligne (lien personnel, valable ${SIGNING_LINK_DAYS} jours, à usage unique) :`,
      input.url,
      '',
      'Vous pouvez aussi la refuser depuis la même page, en indiquant pourquoi.',
    ].join('\n'),
  };
}

export function activatedMail(input: {
  to: string;
  title: string;
  tenantName: string;
  startDate: string;
  verifyUrl: string;
}): Mail {
  return {
    to: input.to,
    subject: `Convention signée : ${input.title}`,
    text: [
      'Bonjour,',
      '',
      `La convention « ${input.title} » est signée par toutes les parties et entre en vigueur le ${formatFrenchDate(input.startDate)}.`,
      `Le document signé, avec son certificat de signature, est disponible auprès de ${input.tenantName} et dans votre espace Passerelle.`,
      `Chacun peut vérifier son authenticité sur ${input.verifyUrl}.`,
    ].join('\n'),
  };
}
