// Mirrors docs/api.md (v0). Keep in step with the contract, not with the server's internals.

export type ApiErrorCode =
  | 'BAD_REQUEST'
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'TENANT_SCHEMA_BEHIND'
  | 'INTERNAL';

export type ApiErrorBody = {
  error: {
    code: ApiErrorCode;
    message: string;
    requestId: string;
    fields?: Record<string, string>;
  };
};

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

export type PageQuery = { page?: number; pageSize?: number };

export type Role = 'tenant_admin' | 'partner_referent' | 'school_referent' | 'mentor';

export type Membership = { tenant: { slug: string; name: string }; role: Role };

export type Me = {
  identity: { id: string; email: string; name: string | null };
  isNationalAdmin: boolean;
  memberships: Membership[];
};

export type OutboxMail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
};

export type TenantKind =
  | 'commune'
  | 'epci'
  | 'departement'
  | 'region'
  | 'province'
  | 'collectivite_outre_mer';

export type NationalTenant = {
  slug: string;
  name: string;
  kind: TenantKind;
  code: string;
  status: string;
  schemaVersion: number | string | null;
  brandColor: string | null;
  createdAt: string;
};

export type OnboardTenantInput = {
  slug: string;
  name: string;
  kind: TenantKind;
  code: string;
  brandColor?: string;
  adminEmail: string;
  adminName?: string;
};

export type Tenant = {
  slug: string;
  name: string;
  kind: TenantKind;
  brandColor: string | null;
  role: Role;
  /** Not in docs/api.md yet: every role the caller holds here (`role` is the first). */
  roles?: Role[];
};

export type OrganizationKind = 'company' | 'association' | 'business_club' | 'school' | 'service';
export type SchoolKind = 'college' | 'lycee' | 'lycee_professionnel';
export type PriorityEducation = 'REP' | 'REP+' | 'none';
export type OrganizationStatus = 'active' | 'archived';

export type Organization = {
  id: string;
  kind: OrganizationKind;
  name: string;
  siret?: string | null;
  rna?: string | null;
  uai?: string | null;
  schoolKind?: SchoolKind | null;
  priorityEducation?: PriorityEducation | null;
  communeCode?: string | null;
  communeName?: string | null;
  /** What the actor does, and for whom (the ecosystem map). */
  activities?: string | null;
  audience?: string | null;
  email?: string | null;
  status: OrganizationStatus;
  createdAt: string;
  updatedAt: string;
};

/** On update, an empty string clears an optional field and an absent key leaves it as it is. */
export type OrganizationInput = {
  kind: OrganizationKind;
  name: string;
  siret?: string;
  rna?: string;
  uai?: string;
  schoolKind?: SchoolKind;
  priorityEducation?: PriorityEducation;
  communeCode?: string;
  communeName?: string;
  activities?: string;
  audience?: string;
  email?: string;
};

export type OrganizationQuery = PageQuery & {
  q?: string;
  kind?: OrganizationKind;
  /** The server defaults to `active`; `all` (not in docs/api.md yet) includes archived ones. */
  status?: OrganizationStatus | 'all';
};
