import type { OnboardTenant } from '@passerelle/domain';
import type { AppDeps } from '../../deps.ts';
import {
  createTenantRecord,
  inviteTenantAdmin,
  migrateTenantDatabase,
  provisionTenantDatabase,
} from './onboarding-steps.ts';
import { tenantView } from './tenant-view.ts';

/**
 * Creates a tenant end to end: registry row, its own database (provisioned, then migrated), and
 * its first admin invited. Each step can be re-run: posting the same slug again resumes a tenant
 * left in `provisioning` by a failure, and answers 409 once it is active.
 */
export async function onboardTenant(input: {
  deps: AppDeps;
  data: OnboardTenant;
  actorId: string;
  requestId: string;
  signInUrl: string;
}) {
  const { data } = input;
  const step = { deps: input.deps, actorId: input.actorId, requestId: input.requestId };
  const created = await createTenantRecord({ ...step, data });
  const located = await provisionTenantDatabase({ ...step, tenant: created });
  const active = await migrateTenantDatabase({ ...step, tenant: located });
  await inviteTenantAdmin({
    ...step,
    tenant: active,
    email: data.adminEmail,
    name: data.adminName,
    signInUrl: input.signInUrl,
  });
  return tenantView(active);
}
