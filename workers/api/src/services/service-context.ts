import type { TenantDb } from '@passerelle/db';
import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';

/** What a tenant verb needs: the tenant's own database and who is acting, for the audit trail. */
export type TenantServiceContext = {
  db: TenantDb;
  actorId: string;
  requestId: string;
  now: Date;
};

export function serviceContext(c: Context<AppEnv>): TenantServiceContext {
  return {
    db: c.var.tenantDb,
    actorId: c.var.identity!.id,
    requestId: c.var.requestId,
    now: c.var.deps.now?.() ?? new Date(),
  };
}
