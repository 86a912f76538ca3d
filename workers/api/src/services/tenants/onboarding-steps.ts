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

const { tenants, nationalAuditLog } = controlSchema;

// The steps of onboarding a tenant, each one re-runnable: `POST /api/national/tenants` runs them
// in a row, an onboarding from templates runs them in the background and records each one.

type StepInput = { deps: AppDeps; actorId: string | null; requestId: string };
export type TenantFields = Pick<OnboardTenant, 'slug' | 'name' | 'kind' | 'code' | 'brandColor'>;

export async function findTenantBySlug(control: Pick<ControlDb, 'select'>, slug: string) {
  const [row] = await control.select().from(tenants).where(eq(tenants.slug, slug));
  return row;
}

/** The registry row, `provisioning`. A row left `provisioning` by a failure is taken up again. */
export async function createTenantRecord(
  input: StepInput & { data: TenantFields; tx?: Parameters<Parameters<ControlDb['transaction']>[0]>[0] },
): Promise<TenantRecord> {
  const { data } = input;
  const write = async (tx: Parameters<Parameters<ControlDb['transaction']>[0]>[0]) => {
    const existing = await findTenantBySlug(tx, data.slug);
    if (existing && existing.status !== 'provisioning') {
      throw conflict('Cet identifiant est déjà pris.', { slug: `« ${data.slug} » existe déjà.` });
    }
    if (existing) return existing;
    const [row] = await tx
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
      entityId: row!.id,
      requestId: input.requestId,
      data: { slug: data.slug },
    });
    return row!;
  };
  return input.tx ? write(input.tx) : withTransaction(input.deps.control, write);
}

/** Its own database: created (or found again) by the provisioner, located in the registry. */
export async function provisionTenantDatabase(
  input: StepInput & { tenant: TenantRecord },
): Promise<TenantRecord> {
  const { deps, tenant } = input;
  const provisioned = await deps.provisioner.provision({ slug: tenant.slug });
  const dbTokenEnc =
    provisioned.authToken && deps.config.tenantTokenKey
      ? await encryptToken({ token: provisioned.authToken, keyBase64: deps.config.tenantTokenKey })
      : null;
  const [row] = await deps.control
    .update(tenants)
    .set({ dbUrl: provisioned.url, dbTokenEnc, updatedAt: new Date().toISOString() })
    .where(eq(tenants.id, tenant.id))
    .returning();
  return row!;
}

/** Brings the new database to the current schema; the tenant is then `active`. */
export async function migrateTenantDatabase(
  input: StepInput & { tenant: TenantRecord },
): Promise<TenantRecord> {
  const { deps, tenant } = input;
  const outcome = await migrateDatabase({
    client: await deps.connectTenant(tenant),
    migrations: tenantMigrations,
  });
  const [active] = await withTransaction(deps.control, async (tx) => {
    const row = await tx
      .update(tenants)
      .set({ schemaVersion: outcome.version, status: 'active', updatedAt: new Date().toISOString() })
      .where(eq(tenants.id, tenant.id))
      .returning();
    await appendAudit(tx, nationalAuditLog, {
      actorId: input.actorId,
      action: 'tenant.provisioned',
      entityType: 'tenant',
      entityId: tenant.id,
      requestId: input.requestId,
      data: { provisioner: deps.provisioner.kind, schemaVersion: outcome.version },
    });
    return row;
  });
  return active!;
}

export async function inviteTenantAdmin(
  input: StepInput & { tenant: TenantRecord; email: string; name?: string | undefined; signInUrl: string },
) {
  return inviteMember({
    control: input.deps.control,
    mailer: input.deps.mailer,
    tenant: input.tenant,
    email: input.email,
    name: input.name,
    role: 'tenant_admin',
    invitedBy: input.actorId ?? 'system',
    signInUrl: input.signInUrl,
  });
}
