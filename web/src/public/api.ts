import { request, send } from '../api/client.ts';
import type {
  DeclineResult,
  Engagement,
  EngagementCreated,
  EngagementInput,
  Establishment,
  SignInput,
  Signing,
  SignResult,
  Verification,
} from './types.ts';

const publicTenant = (slug: string) => `/api/public/t/${encodeURIComponent(slug)}`;
const signingPath = (slug: string, token: string) =>
  `${publicTenant(slug)}/signing/${encodeURIComponent(token)}`;

/** The API as seen by people who have no account: partners, signatories, anyone verifying. */
export const publicApi = {
  engagement: (slug: string) => request<Engagement>(`${publicTenant(slug)}/engagement`),
  establishment: (slug: string, siret: string) =>
    request<Establishment>(`${publicTenant(slug)}/engagement/sirene/${encodeURIComponent(siret)}`),
  engage: (slug: string, body: EngagementInput) =>
    request<EngagementCreated>(`${publicTenant(slug)}/engagement`, { method: 'POST', body }),

  signing: (slug: string, token: string) => request<Signing>(signingPath(slug, token)),
  documentUrl: (slug: string, token: string) => `${signingPath(slug, token)}/document.pdf`,
  finalUrl: (slug: string, token: string) => `${signingPath(slug, token)}/final.pdf`,
  sign: (slug: string, token: string, body: SignInput) =>
    request<SignResult>(`${signingPath(slug, token)}/sign`, { method: 'POST', body }),
  decline: (slug: string, token: string, reason: string) =>
    request<DeclineResult>(`${signingPath(slug, token)}/decline`, { method: 'POST', body: { reason } }),

  verifySha256: (sha256: string) =>
    request<Verification>('/api/public/verify', { method: 'POST', body: { sha256 } }),
  /** The file goes as it is: the server computes the fingerprint, the browser only reads bytes. */
  verifyFile: async (file: File) => {
    const response = await send('/api/public/verify', {
      method: 'POST',
      headers: { 'Content-Type': 'application/pdf', Accept: 'application/json' },
      body: await file.arrayBuffer(),
    });
    return (await response.json()) as Verification;
  },
};
