import { controlSchema, openTenantDb } from '@passerelle/db';
import { CreateOrganization, newId, OnboardTenant, parseInput } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../deps.ts';
import { createOrganization } from '../services/organizations/create-organization.ts';
import { linkPersonToOrganization } from '../services/partners/link-person.ts';
import { inviteMember } from '../services/tenants/invite-member.ts';
import { onboardTenant } from '../services/tenants/onboard-tenant.ts';
import { DEMO_TENANTS, NATIONAL_ADMIN } from './demo-data.ts';

/**
 * Fills an empty installation with the demo tenants, through the same verbs the API uses (so
 * the demo is built by the product, not beside it). Does nothing if the national admin exists.
 */
export async function seedDemoData(input: { deps: AppDeps; signInUrl: string }): Promise<boolean> {
  const { deps } = input;
  const { identities, tenants } = controlSchema;
  const existing = await deps.control
    .select()
    .from(identities)
    .where(eq(identities.email, NATIONAL_ADMIN.email));
  if (existing.length > 0) return false;

  const adminId = newId('idn');
  await deps.control
    .insert(identities)
    .values({ id: adminId, email: NATIONAL_ADMIN.email, name: NATIONAL_ADMIN.name, nationalAdmin: true });

  for (const demo of DEMO_TENANTS) {
    await onboardTenant({
      deps,
      data: parseInput(OnboardTenant, demo.tenant),
      actorId: adminId,
      requestId: 'seed',
      signInUrl: input.signInUrl,
    });
    const [tenant] = await deps.control.select().from(tenants).where(eq(tenants.slug, demo.tenant.slug));
    for (const member of demo.members) {
      await inviteMember({
        control: deps.control,
        mailer: deps.mailer,
        tenant: tenant!,
        ...member,
        invitedBy: adminId,
        signInUrl: input.signInUrl,
      });
    }
    const db = openTenantDb(await deps.connectTenant(tenant!));
    for (const organization of demo.organizations) {
      await createOrganization({
        ctx: { db, actorId: adminId, requestId: 'seed', now: new Date() },
        data: parseInput(CreateOrganization, organization),
      });
    }
  }
  return true;
}
