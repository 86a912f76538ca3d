import { controlSchema, openTenantDb } from '@passerelle/db';
import {
  CreateOrganization,
  CreateTemplateInput,
  newId,
  OnboardTenant,
  parseInput,
} from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../deps.ts';
import { createTemplate } from '../services/conventions/save-template.ts';
import { createOrganization } from '../services/organizations/create-organization.ts';
import { linkPersonToOrganization } from '../services/partners/link-person.ts';
import { inviteMember } from '../services/tenants/invite-member.ts';
import { onboardTenant } from '../services/tenants/onboard-tenant.ts';
import { DEMO_TENANTS, NATIONAL_ADMIN } from './demo-data.ts';
import type { DemoSeedInput } from './demo-seed-input.ts';
import { DEMO_TEMPLATES } from './demo-templates.ts';
import { seedDemoConventions } from './seed-demo-conventions.ts';
import { seedDemoDiscovery } from './seed-demo-discovery.ts';
import { seedDemoIndicators } from './seed-demo-indicators.ts';
import { seedDemoMentoring } from './seed-demo-mentoring.ts';
import { seedDemoTemplates } from './seed-demo-templates.ts';

/** Each demo tenant shows one program of the seeds, made through the verbs. */
const PROGRAM_SEEDERS: Record<string, (input: DemoSeedInput) => Promise<void>> = {
  'province-sud': seedDemoConventions,
  'ville-de-suresnes': seedDemoMentoring,
  'ville-de-clermont-ferrand': seedDemoDiscovery,
};

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
    const db = openTenantDb(await deps.connectTenant(tenant!));
    const ctx = { db, actorId: adminId, requestId: 'seed', now: new Date() };
    const organizationIds = new Map<string, string>();
    for (const organization of demo.organizations) {
      const created = await createOrganization({ ctx, data: parseInput(CreateOrganization, organization) });
      organizationIds.set(created.name, created.id);
    }
    for (const template of DEMO_TEMPLATES[demo.tenant.slug] ?? []) {
      await createTemplate({ ctx, data: parseInput(CreateTemplateInput, template) });
    }
    for (const member of demo.members) {
      const { identityId } = await inviteMember({
        control: deps.control,
        mailer: deps.mailer,
        tenant: tenant!,
        email: member.email,
        name: member.name,
        role: member.role,
        invitedBy: adminId,
        signInUrl: input.signInUrl,
      });
      const organizationId = member.organization ? organizationIds.get(member.organization) : undefined;
      if (organizationId) {
        const [firstName, ...rest] = member.name.split(' ');
        await linkPersonToOrganization({
          db,
          identityId,
          organizationId,
          firstName: firstName!,
          lastName: rest.join(' '),
          email: member.email,
        });
      }
    }
    await PROGRAM_SEEDERS[demo.tenant.slug]?.({
      db,
      control: deps.control,
      tenant: tenant!,
      mailer: deps.mailer,
      publicUrl: new URL(input.signInUrl).origin,
      actorId: adminId,
    });
  }
  await seedDemoTemplates({ deps, actorId: adminId });
  await seedDemoIndicators({ deps, actorId: adminId });
  return true;
}
