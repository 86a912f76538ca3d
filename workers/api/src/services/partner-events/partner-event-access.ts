import type { TenantDb } from '@passerelle/db';
import type { TenantRole } from '@passerelle/domain';
import { organizationsOf } from '../partners/partner-organizations.ts';

/** Who is asking, as the route knows it: the identity and its roles in this tenant. */
export type EventCaller = { identityId: string; roles: readonly TenantRole[] };

/**
 * What a caller may do with partner actions. The admin runs them all; a partner referent runs
 * its own organization's; a school referent registers pupils of its own school.
 */
export type EventAccess = {
  isAdmin: boolean;
  /** Organizations the caller acts for (its company, its school), from its person record. */
  organizationIds: string[];
  isPartner: boolean;
  isSchool: boolean;
  /** School referents and mentors browse every upcoming action of the tenant. */
  browsesAll: boolean;
};

export async function eventAccess(input: {
  db: Pick<TenantDb, 'select'>;
  caller: EventCaller;
}): Promise<EventAccess> {
  const { roles, identityId } = input.caller;
  const isAdmin = roles.includes('tenant_admin');
  return {
    isAdmin,
    organizationIds: isAdmin ? [] : await organizationsOf({ db: input.db, identityId }),
    isPartner: roles.includes('partner_referent'),
    isSchool: roles.includes('school_referent'),
    browsesAll: roles.includes('school_referent') || roles.includes('mentor'),
  };
}

/** Creating, holding or cancelling: the admin, or the referent of the organization running it. */
export function managesOrganization(access: EventAccess, organizationId: string): boolean {
  return access.isAdmin || (access.isPartner && access.organizationIds.includes(organizationId));
}

/** Reading one action: a partner referent sees only its own organization's (others are 404). */
export function seesEvent(access: EventAccess, organizationId: string): boolean {
  return access.browsesAll || managesOrganization(access, organizationId);
}

/** Registrations shown: all to whoever runs the action, a school referent only its school's. */
export function seesRegistration(access: EventAccess, event: { organizationId: string }, schoolId: string) {
  if (managesOrganization(access, event.organizationId)) return true;
  return access.isSchool && access.organizationIds.includes(schoolId);
}
