import { formatFrenchDate } from '@passerelle/domain';
import type { Mail } from '../../../mail/mailer.ts';
import { BOOKLET_LINK_DAYS } from './booklet-links.ts';

/** To the guardian, once the week is planned: the pupil's booklet, to open on a phone or print. */
export function bookletMail(input: {
  to: string;
  firstName: string;
  programName: string;
  tenantName: string;
  weekStart: string;
  url: string;
}): Mail {
  return {
    to: input.to,
    subject: `${input.programName} : le livret de stage de ${input.firstName}`,
    text: [
      'Madame, Monsieur,',
      '',
      `${input.firstName} est accueilli·e par ${input.tenantName} la semaine du ${formatFrenchDate(input.weekStart)}.`,
      'Pendant la semaine, son livret de stage en ligne lui sert à noter ce qu’il ou elle voit, l’agent interviewé, l’activité réalisée, puis à faire son bilan. Le livret montre aussi le programme de chaque journée.',
      '',
      `Transmettez-lui ce lien personnel (valable ${BOOKLET_LINK_DAYS} jours) :`,
      input.url,
      '',
      'Le livret peut aussi être imprimé depuis cette page.',
    ].join('\n'),
  };
}
