import type { Mailer } from './mailer.ts';

/**
 * Production mail through a transactional e-mail HTTP API (JSON body, bearer key). Only `fetch`,
 * so it runs in Workers; the provider is configured, not hard-coded.
 */
export function createHttpMailer(input: {
  apiUrl: string;
  apiKey: string;
  from: string;
  fetch?: typeof fetch;
}): Mailer {
  const send = input.fetch ?? fetch;
  return {
    async send(mail) {
      const response = await send(input.apiUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${input.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          from: input.from,
          to: [mail.to],
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        }),
      });
      if (!response.ok) throw new Error(`Mail API answered ${response.status}`);
    },
  };
}
