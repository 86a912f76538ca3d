import { type TenantDb, tenantSchema } from '@passerelle/db';
import { type CommitmentType, newId } from '@passerelle/domain';

const { conventionTemplates, conventionTemplateVersions, conventions } = tenantSchema;

/**
 * A partnership template at version 1, written straight into a tenant DB: for tests that need
 * conventions in a given state (active, draft, hundreds of them) without signing each one.
 */
export async function insertPartnershipVersion(
  db: TenantDb,
  commitmentTypes: CommitmentType[] = ['site_visits'],
): Promise<string> {
  const [templateId, versionId] = [newId('ctp'), newId('ctv')];
  await db.insert(conventionTemplates).values({
    id: templateId,
    name: 'Partenariat',
    kind: 'partnership',
    currentVersion: 1,
    updatedAt: new Date().toISOString(),
  });
  await db.insert(conventionTemplateVersions).values({
    id: versionId,
    templateId,
    version: 1,
    title: 'Convention de partenariat',
    clauses: [],
    commitmentTypes,
    durationMonths: 36,
    signatories: [],
    signingOrder: 'sequential',
  });
  return versionId;
}

/** A convention with a partner, active from 2026-09-01 for three years unless told otherwise. */
export async function insertConvention(
  db: TenantDb,
  input: {
    partnerOrganizationId: string;
    versionId?: string;
    title?: string;
    status?: string;
    startDate?: string;
    endDate?: string;
  },
): Promise<string> {
  const id = newId('cnv');
  await db.insert(conventions).values({
    id,
    templateVersionId: input.versionId ?? (await insertPartnershipVersion(db)),
    partnerOrganizationId: input.partnerOrganizationId,
    title: input.title ?? 'Convention de partenariat',
    status: input.status ?? 'active',
    startDate: input.startDate ?? '2026-09-01',
    endDate: input.endDate ?? '2029-08-31',
    updatedAt: new Date().toISOString(),
  });
  return id;
}
