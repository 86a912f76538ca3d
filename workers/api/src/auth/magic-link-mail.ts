import type { Mail } from '../mail/mailer.ts';

export const MAGIC_LINK_MINUTES = 15;

export function magicLinkMail(input: { to: string; url: string }): Mail {
  const escaped = input.url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return {
    to: input.to,
    subject: 'Votre lien de connexion à Passerelle',
    text: [
      'Bonjour,',
      '',
      `Pour vous connecter à Passerelle, ouvrez ce lien (valable ${MAGIC_LINK_MINUTES} minutes, une seule fois) :`,
      input.url,
      '',
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : personne ne pourra se connecter sans ce lien.',
    ].join('\n'),
    html: `<p>Bonjour,</p><p>Pour vous connecter à Passerelle, ouvrez ce lien (valable ${MAGIC_LINK_MINUTES} minutes, une seule fois)&nbsp;:</p><p><a href="${escaped}">Me connecter à Passerelle</a></p><p>Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.</p>`,
  };
}
