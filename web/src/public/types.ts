// Mirrors the public part of docs/api-conventions.md: the engagement path, signing by link and
// verification. Keep in step with the contract, not with the server's internals.

export type CommitmentType =
  | 'volunteer_mentors'
  | 'site_visits'
  | 'job_discovery_days'
  | 'internship_places_3e'
  | 'inspiring_meetings'
  | 'agent_mentoring_hours';

export type ConventionStatus =
  | 'draft'
  | 'sent'
  | 'active'
  | 'declined'
  | 'expired'
  | 'terminated'
  | 'withdrawn';

export type Commitment = { type: CommitmentType; quantityPerYear: number; note?: string | null };

export type EngagementProgram = {
  templateId: string;
  name: string;
  description: string | null;
  commitmentTypes: CommitmentType[];
  durationMonths: number;
};

/** GET /api/public/t/:tenant/engagement */
export type Engagement = {
  tenant: { name: string; brandColor: string | null };
  programs: EngagementProgram[];
};

/** GET /api/public/t/:tenant/engagement/sirene/:siret */
export type Establishment = {
  siret: string;
  name: string;
  address: string;
  nafCode: string | null;
  active: boolean;
};

/** POST /api/public/t/:tenant/engagement */
export type EngagementInput = {
  templateId: string;
  siret: string;
  signatory: { name: string; title: string; email: string };
  referent: { name: string; email: string };
  startDate: string;
  commitments: { type: CommitmentType; quantityPerYear: number }[];
};

export type EngagementCreated = { conventionId: string; message: string };

export type SignerStatus = 'pending' | 'signed' | 'declined';

/** GET /api/public/t/:tenant/signing/:token */
export type Signing = {
  convention: {
    id: string;
    title: string;
    tenantName: string;
    partnerName: string;
    startDate: string;
    endDate: string;
    commitments: Commitment[];
    signers: { label: string; name: string; status: SignerStatus }[];
  };
  signer: { label: string; name: string; title: string; status: SignerStatus };
  documentSha256: string;
  finalAvailable: boolean;
  consentText: string;
};

export type SignInput = { consent: true; documentSha256: string };

export type SignResult = { status: string; finalAvailable: boolean };

export type DeclineResult = { status: 'declined' };

export type Verdict = 'authentic' | 'altered' | 'unknown';

/** POST /api/public/verify */
export type Verification = {
  verdict: Verdict;
  kind?: 'sent' | 'final';
  convention?: {
    reference: string;
    title: string;
    tenantName: string;
    partnerName: string;
    status: ConventionStatus;
    signedAt?: string | null;
  };
  sha256: string;
};
