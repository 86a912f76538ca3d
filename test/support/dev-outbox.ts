import type { RequestPath } from './magic-link.ts';

/** A mail as the local mail catcher lists it at `/api/dev/outbox`, newest first. */
export type OutboxMail = { to: string; subject: string; text: string; createdAt: string };

/** The mails the app under test has sent, read over HTTP as a developer would. */
export async function readDevOutbox(request: RequestPath): Promise<OutboxMail[]> {
  const response = await request('/api/dev/outbox');
  if (response.status !== 200) throw new Error(`GET /api/dev/outbox answered ${response.status}`);
  return ((await response.json()) as { items: OutboxMail[] }).items;
}

/** The first link matching `pattern` in the newest mail to `to` that holds one; throws otherwise. */
export async function linkInDevOutbox({
  request,
  to,
  pattern,
}: {
  request: RequestPath;
  to: string;
  pattern: RegExp;
}): Promise<string> {
  const items = await readDevOutbox(request);
  const link = items.find((m) => m.to === to && pattern.test(m.text))?.text.match(pattern)?.[0];
  if (!link) throw new Error(`no link matching ${pattern} for ${to} in the outbox (${items.length} mail(s))`);
  return link;
}
