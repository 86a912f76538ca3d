export const TENANT_ROLES = ['tenant_admin', 'partner_referent', 'school_referent', 'mentor'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

/** `national_admin` is held on the identity itself: it spans tenants and needs no membership. */
export const ROLES = ['national_admin', ...TENANT_ROLES] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  national_admin: 'Coordination nationale',
  tenant_admin: 'Administration de la collectivité',
  partner_referent: 'Référent·e partenaire',
  school_referent: 'Référent·e établissement',
  mentor: 'Mentor·e / tuteur·rice',
};

/** Every tenant role may read the shared directory; only these may change it. */
export const ANY_TENANT_ROLE: readonly TenantRole[] = TENANT_ROLES;
