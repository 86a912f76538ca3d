import { type ControlDb, controlSchema } from '@passerelle/db';
import { newId } from '@passerelle/domain';
import type { Mailer } from './mailer.ts';

/** The embedded default: mail is kept in the control DB, readable at /dev/boite-mail and by tests. */
export function createOutboxMailer(input: { control: ControlDb }): Mailer {
  return {
    async send(mail) {
      await input.control.insert(controlSchema.outbox).values({
        id: newId('mail'),
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? null,
      });
    },
  };
}
