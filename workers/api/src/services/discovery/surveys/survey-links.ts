// Tutors and schools answer the end-of-week survey by a link that needs no table: the link names
// who answers and is signed with the deployment's secret (HMAC-SHA256), so it cannot be forged or
// pointed at someone else. It answers once: a second answer hits the one-per-respondent rule.

export type SurveyRespondent = { kind: 'tutor' | 'school'; programId: string; weekId: string; ref: string };

const encoder = new TextEncoder();

async function signature(secret: string, payload: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(payload)));
  return btoa(String.fromCharCode(...mac))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')
    .slice(0, 32);
}

const payloadOf = (tenantSlug: string, r: SurveyRespondent) =>
  `survey|${tenantSlug}|${r.kind}|${r.programId}|${r.weekId}|${r.ref}`;

export async function surveyToken(input: {
  secret: string;
  tenantSlug: string;
  respondent: SurveyRespondent;
}) {
  const r = input.respondent;
  const mac = await signature(input.secret, payloadOf(input.tenantSlug, r));
  return `${r.kind}.${r.programId}.${r.weekId}.${r.ref}.${mac}`;
}

/** The respondent a signed survey link names, or null when it is not one of ours. */
export async function verifySurveyToken(input: {
  secret: string;
  tenantSlug: string;
  token: string;
}): Promise<SurveyRespondent | null> {
  const parts = input.token.split('.');
  if (parts.length !== 5) return null;
  const [kind, programId, weekId, ref, mac] = parts as [string, string, string, string, string];
  if (kind !== 'tutor' && kind !== 'school') return null;
  if (![programId, weekId, ref].every((id) => /^[a-z]{3}_[0-9a-z]{26}$/.test(id))) return null;
  const respondent: SurveyRespondent = { kind, programId, weekId, ref };
  const expected = await signature(input.secret, payloadOf(input.tenantSlug, respondent));
  // Constant-time enough: both strings have the same length and every character is compared.
  let diff = expected.length ^ mac.length;
  for (let i = 0; i < expected.length; i++) diff |= expected.charCodeAt(i) ^ (mac.charCodeAt(i) || 0);
  return diff === 0 ? respondent : null;
}

export const surveyUrl = (outreach: { publicUrl: string; tenant: { slug: string } }, token: string) =>
  `${outreach.publicUrl}/t/${outreach.tenant.slug}/pass3e/avis/${token}`;
