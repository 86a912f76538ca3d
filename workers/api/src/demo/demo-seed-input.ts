import type { ControlDb, TenantDb, TenantRecord } from '@passerelle/db';
import type { Mailer } from '../mail/mailer.ts';

/** What a demo program seeder needs: the tenant's database, where mail goes, who acts. */
export type DemoSeedInput = {
  db: TenantDb;
  control: ControlDb;
  tenant: TenantRecord;
  mailer: Mailer;
  publicUrl: string;
  actorId: string;
};
