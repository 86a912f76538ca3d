import type { ControlDb, TenantDb, TenantRecord } from '@passerelle/db';
import type { Mailer } from '../../mail/mailer.ts';

/** What signing-related verbs need beyond the tenant DB: the registry, mail, and where links point. */
export type SigningDeps = {
  db: TenantDb;
  control: ControlDb;
  tenant: TenantRecord;
  mailer: Mailer;
  publicUrl: string;
  now: Date;
  actorId: string | null;
  requestId: string;
};
