import { type ControlDb, controlSchema, type TenantRecord } from '@passerelle/db';
import { sha256Hex } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { readPdfReference } from '../../conventions/pdf/read-pdf-reference.ts';
import type { TenantRegistry } from '../../tenancy/tenant-registry.ts';
import { findConvention, organizationNames, signersOf } from './convention-queries.ts';

export type Verdict = {
  verdict: 'authentic' | 'altered' | 'unknown';
  sha256: string;
  kind?: 'sent' | 'final';
  convention?: {
    reference: string;
    title: string;
    tenantName: string;
    partnerName: string;
    status: string;
    signedAt: string | null;
  };
};

/**
 * Says whether a document is one Passerelle had signed. Its fingerprint is looked up in the control
 * registry; failing that, a PDF that carries a Passerelle reference but matches none of that
 * convention's fingerprints has been altered.
 */
export async function verifyDocument(input: {
  control: ControlDb;
  registry: TenantRegistry;
  pdf?: Uint8Array;
  sha256?: string;
}): Promise<Verdict> {
  const sha256 = input.pdf ? await sha256Hex(input.pdf) : input.sha256!.toLowerCase();
  const { signedDocuments, tenants } = controlSchema;
  const [known] = await input.control
    .select()
    .from(signedDocuments)
    .where(eq(signedDocuments.sha256, sha256));
  if (known) {
    return {
      verdict: 'authentic',
      sha256,
      kind: known.kind as 'sent' | 'final',
      convention: await describe(input, known.tenantId, known.conventionId),
    };
  }
  const reference = input.pdf ? readPdfReference(input.pdf) : null;
  if (!reference) return { verdict: 'unknown', sha256 };
  const [claimed] = await input.control
    .select()
    .from(signedDocuments)
    .where(eq(signedDocuments.conventionId, reference.conventionId))
    .limit(1);
  if (!claimed) return { verdict: 'unknown', sha256 };
  const [tenant] = await input.control.select().from(tenants).where(eq(tenants.id, claimed.tenantId));
  if (!tenant) return { verdict: 'unknown', sha256 };
  return {
    verdict: 'altered',
    sha256,
    kind: reference.kind,
    convention: await describe(input, tenant.id, reference.conventionId, tenant),
  };
}

async function describe(
  input: { control: ControlDb; registry: TenantRegistry },
  tenantId: string,
  conventionId: string,
  known?: TenantRecord,
) {
  const tenant =
    known ??
    (
      await input.control.select().from(controlSchema.tenants).where(eq(controlSchema.tenants.id, tenantId))
    )[0]!;
  const db = await input.registry.database(tenant);
  const convention = await findConvention(db, conventionId);
  const names = await organizationNames(db, [convention.partnerOrganizationId]);
  const signers = await signersOf(db, conventionId);
  const signedAt = signers.every((s) => s.signedAt)
    ? signers
        .map((s) => s.signedAt!)
        .sort()
        .at(-1)!
    : null;
  return {
    reference: convention.id,
    title: convention.title,
    tenantName: tenant.name,
    partnerName: names.get(convention.partnerOrganizationId) ?? '',
    status: convention.status,
    signedAt,
  };
}
