import {
  appendAudit,
  type ControlDb,
  controlSchema,
  migrateDatabase,
  type TenantRecord,
  tenantMigrations,
  withTransaction,
} from '@passerelle/db';
import { conflict, newId, type OnboardTenant } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../deps.ts';
import { encryptToken } from '../../tenancy/token-cipher.ts';
import { inviteMember } from './invite-member.ts';
import { tenantView } from './tenant-view.ts';

const { tenants, nationalAuditLog } = controlSchema;

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
  const { deps, data } = input;
  const { control } = deps;
  let tenant = await findBySlug(control, data.slug);
  if (tenant && tenant.status !== 'provisioning') {
    throw conflict('Cet identifiant est déjà pris.', { slug: `« ${data.slug} » existe déjà.` });
  }
  if (!tenant) {
    [tenant] = await withTransaction(control, async (tx) => {
      const row = await tx
        .insert(tenants)
        .values({
          id: newId('ten'),
          slug: data.slug,
          name: data.name,
          kind: data.kind,
          code: data.code,
          brandColor: data.brandColor,
          dbUrl: '',
          status: 'provisioning',
        })
        .returning();
      await appendAudit(tx, nationalAuditLog, {
        actorId: input.actorId,
        action: 'tenant.created',
        entityType: 'tenant',
        entityId: row[0]!.id,
        requestId: input.requestId,
        data: { slug: data.slug },
      });
      return row;
    });
  }
  const provisioned = await deps.provisioner.provision({ slug: data.slug });
  const dbTokenEnc =
    provisioned.authToken && deps.config.tenantTokenKey
      ? await encryptToken({ token: provisioned.authToken, keyBase64: deps.config.tenantTokenKey })
      : null;
  const located: TenantRecord = { ...tenant!, dbUrl: provisioned.url, dbTokenEnc };
  const outcome = await migrateDatabase({
    client: await deps.connectTenant(located),
    migrations: tenantMigrations,
  });

  const [active] = await withTransaction(control, async (tx) => {
    const row = await tx
      .update(tenants)
      .set({
        dbUrl: located.dbUrl,
        dbTokenEnc,
        schemaVersion: outcome.version,
        status: 'active',
        updatedAt: new Date().toISOString(),
      })
      .where(eq(tenants.id, located.id))
      .returning();
    await appendAudit(tx, nationalAuditLog, {
      actorId: input.actorId,
      action: 'tenant.provisioned',
      entityType: 'tenant',
      entityId: located.id,
      requestId: input.requestId,
      data: { provisioner: deps.provisioner.kind, schemaVersion: outcome.version },
    });
    return row;
  });
  await inviteMember({
    control,
    mailer: deps.mailer,
    tenant: active!,
    email: data.adminEmail,
    name: data.adminName,
    role: 'tenant_admin',
    invitedBy: input.actorId,
    signInUrl: input.signInUrl,
  });
  return tenantView(active!);
}

async function findBySlug(control: ControlDb, slug: string) {
  const [row] = await control.select().from(tenants).where(eq(tenants.slug, slug));
  return row;
}
