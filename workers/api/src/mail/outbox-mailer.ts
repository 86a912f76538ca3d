import type { Outbox } from '@passerelle/db';
import { newId } from '@passerelle/domain';
import type { Mailer } from './mailer.ts';

/** The embedded default: mail is kept in the outbox database, readable at /dev/boite-mail and by tests. */
export function createOutboxMailer(input: { outbox: Outbox }): Mailer {
  return {
    async send(mail) {
      await input.outbox.keep({
        id: newId('mail'),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? null,
      });
    },
  };
}
