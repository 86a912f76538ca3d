// Mirrors docs/api-conventions.md. Keep in step with the contract, not with the server's internals.

export type CommitmentType =
  | 'volunteer_mentors'
  | 'site_visits'
  | 'job_discovery_days'
  | 'internship_places_3e'
  | 'inspiring_meetings'
  | 'agent_mentoring_hours';

export type SignatoryRole =
  | 'partner_representative'
  | 'tenant_representative'
  | 'operator'
  | 'legal_guardian';
export type TemplateKind = 'partnership' | 'internal_agreement' | 'internship';
export type SigningOrder = 'sequential' | 'parallel';
export type TemplateStatus = 'active' | 'archived';
export type ConventionStatus =
  | 'draft'
  | 'sent'
  | 'active'
  | 'declined'
  | 'expired'
  | 'terminated'
  | 'withdrawn';
export type SignerStatus = 'pending' | 'signed' | 'declined';

export type TrailEventType =
  | 'created'
  | 'sent'
  | 'opened'
  | 'signed'
  | 'countersigned'
  | 'declined'
  | 'reminded'
  | 'activated'
  | 'expiry_reminder'
  | 'expired'
  | 'terminated'
  | 'renewed'
  | 'edited'
  | 'withdrawn';

export type PartnerEventKind = 'site_visit' | 'job_discovery_day' | 'inspiring_meeting';
export type PartnerEventStatus = 'scheduled' | 'held' | 'cancelled';
export type SchoolLevel = '6e' | '5e' | '4e' | '3e' | '2nde' | '1re' | 'terminale' | 'cap' | 'bac_pro';

export type Clause = { heading: string; body: string };
export type Signatory = { role: SignatoryRole; label: string };

export type TemplateVersionInput = {
  title: string;
  clauses: Clause[];
  commitmentTypes: CommitmentType[];
  durationMonths: number;
  /** The order of the list is the signing order. */
  signatories: Signatory[];
  signingOrder: SigningOrder;
};

export type TemplateInput = {
  name: string;
  kind: TemplateKind;
  isPublic: boolean;
  description?: string;
  version: TemplateVersionInput;
};

export type TemplateChanges = {
  name?: string;
  isPublic?: boolean;
  description?: string;
  status?: TemplateStatus;
};

export type Template = {
  id: string;
  name: string;
  kind: TemplateKind;
  isPublic: boolean;
  description: string | null;
  status: TemplateStatus;
  currentVersion: number;
  version: TemplateVersionInput & { id: string; version: number };
  /** Only in the answer of GET …/convention-templates/:id. */
  versions?: { version: number; createdAt: string }[];
};

export type OrganizationRef = { id: string; name: string };

export type ConventionSummary = {
  id: string;
  title: string;
  status: ConventionStatus;
  partner: OrganizationRef;
  startDate: string;
  endDate: string;
  renewalOfId: string | null;
  sentAt: string | null;
  activatedAt: string | null;
  /** Labels of the signers whose signature is awaited now. */
  awaiting: string[];
};

export type Commitment = { type: CommitmentType; quantityPerYear: number; note: string | null };

export type Signer = {
  id: string;
  role: SignatoryRole;
  label: string;
  name: string;
  title: string;
  email: string;
  status: SignerStatus;
  signedAt: string | null;
  authMethod: string | null;
};

export type TrailEvent = {
  seq: number;
  at: string;
  type: TrailEventType;
  signerLabel: string | null;
  authMethod: string | null;
  ip: string | null;
  userAgent: string | null;
  documentSha256: string | null;
  detail: string | null;
};

export type Convention = ConventionSummary & {
  templateVersion: {
    id: string;
    templateId: string;
    version: number;
    title: string;
    /** What a correction of the draft is checked against: the version's own, not the template's newest. */
    commitmentTypes: CommitmentType[];
    durationMonths: number;
    signingOrder: SigningOrder;
  };
  operator?: OrganizationRef | null;
  commitments: Commitment[];
  signers: Signer[];
  documentSha256: string | null;
  finalSha256: string | null;
  endReason: string | null;
  trail: TrailEvent[];
  trailVerified: boolean;
  /** Not in the contract yet: the draft that renews this convention, once there is one. */
  renewedById?: string | null;
};

export type ConventionQuery = { status?: ConventionStatus; q?: string; page?: number; pageSize?: number };

export type CreateConventionInput = {
  templateId: string;
  partnerOrganizationId: string;
  operatorOrganizationId?: string;
  startDate: string;
  commitments: { type: CommitmentType; quantityPerYear: number; note?: string }[];
  signers: { role: SignatoryRole; name: string; title: string; email: string }[];
};

/** PATCH of a draft: every key optional; `operatorOrganizationId: null` removes the operator. */
export type EditConventionInput = {
  title?: string;
  startDate?: string;
  operatorOrganizationId?: string | null;
  commitments?: CreateConventionInput['commitments'];
  signers?: CreateConventionInput['signers'];
};

export type ConventionYear = { index: number; from: string; to: string };

export type LedgerRow = {
  year: number;
  from: string;
  to: string;
  type: CommitmentType;
  promised: number;
  delivered: number;
  /** 0..1, or null when nothing was promised. */
  fulfilment: number | null;
};

export type Ledger = { years: ConventionYear[]; rows: LedgerRow[]; fulfilment: number | null };

export type DeliveryInput = { type: CommitmentType; year: number; quantity: number; note?: string };

export type FulfilmentItem = {
  convention: ConventionSummary;
  fulfilment: number | null;
  byType: { type: CommitmentType; promised: number; delivered: number }[];
};

export type PartnerEvent = {
  id: string;
  conventionId: string;
  organization: OrganizationRef;
  kind: PartnerEventKind;
  title: string;
  date: string;
  place: string;
  capacity: number;
  audienceLevels: SchoolLevel[];
  status: PartnerEventStatus;
  registeredCount: number;
};

/** The contract does not spell a registration out; this is the shape the screens expect. */
export type Registration = {
  id: string;
  school: OrganizationRef;
  firstName: string;
  level: SchoolLevel;
  attended: boolean | null;
};

export type PartnerEventDetail = PartnerEvent & { registrations: Registration[] };

export type PartnerEventInput = {
  conventionId: string;
  kind: PartnerEventKind;
  title: string;
  date: string;
  place: string;
  capacity: number;
  audienceLevels: SchoolLevel[];
};

export type RegistrationInput = { schoolId: string; firstName: string; level: SchoolLevel };
