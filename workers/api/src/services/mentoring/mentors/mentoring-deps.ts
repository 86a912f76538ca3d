import type { ControlDb, TenantDb } from '@passerelle/db';
import type { TenantRole } from '@passerelle/domain';
import type { Context } from 'hono';
import type { AppEnv } from '../../../context.ts';
import type { Mailer } from '../../../mail/mailer.ts';
import { clientOf } from '../../conventions/signing-deps-from.ts';

/** Who is asking, as the route knows it: the identity and its roles in this tenant. */
export type MentoringCaller = { identityId: string; roles: readonly TenantRole[] };

/** Where mails go out from and where their links point (the SPA). */
export type Outreach = {
  control: ControlDb;
  mailer: Mailer;
  tenant: { id: string; slug: string; name: string };
  publicUrl: string;
};

/** What a public link page needs: no signed-in actor, but the person's address and browser. */
export type PublicLinkContext = {
  db: TenantDb;
  requestId: string;
  now: Date;
  tenant: { slug: string; name: string };
  client: { ip: string | null; userAgent: string | null };
};

export const callerOf = (c: Context<AppEnv>): MentoringCaller => ({
  identityId: c.var.identity!.id,
  roles: c.var.roles,
});

/** Links in mails point where the person reached us from, unless the deployment says otherwise. */
export function outreachFrom(c: Context<AppEnv>): Outreach {
  const { deps } = c.var;
  return {
    control: deps.control,
    mailer: deps.mailer,
    tenant: c.var.tenant,
    publicUrl: deps.config.publicUrl ?? new URL(c.req.url).origin,
  };
}

export function publicLinkContextFrom(c: Context<AppEnv>): PublicLinkContext {
  return {
    db: c.var.tenantDb,
    requestId: c.var.requestId,
    now: c.var.deps.now?.() ?? new Date(),
    tenant: c.var.tenant,
    client: clientOf(c),
  };
}
