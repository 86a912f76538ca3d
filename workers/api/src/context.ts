import type { TenantDb, TenantRecord } from '@passerelle/db';
import type { TenantRole } from '@passerelle/domain';
import type { AppDeps } from './deps.ts';

export type SignedInIdentity = {
  id: string;
  email: string;
  name: string | null;
  nationalAdmin: boolean;
};

export type AppEnv = {
  Variables: {
    requestId: string;
    deps: AppDeps;
    identity: SignedInIdentity | null;
    /** The signed-in identity's roles in every tenant, read with the session. */
    memberships: { tenantId: string; role: TenantRole }[];
    tenant: TenantRecord;
    tenantDb: TenantDb;
    roles: TenantRole[];
  };
};
