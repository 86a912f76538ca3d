import { type TenantDb, tenantSchema } from '@passerelle/db';
import { COMMITMENT_TYPES, type CommitmentType, notFound } from '@passerelle/domain';
import { eq, inArray } from 'drizzle-orm';

const { conventions, conventionSigners, conventionCommitments, organizations } = tenantSchema;
type Reader = Pick<TenantDb, 'select'>;

/**
 * What a partner never sees of its own conventions: the authority's drafts, and those withdrawn
 * before anybody signed (their signers were told by mail).
 */
export const HIDDEN_FROM_PARTNERS: readonly string[] = ['draft', 'withdrawn'];

/** A convention of this tenant, or 404; `visibleTo` narrows it to what a partner's organizations see. */
export async function findConvention(db: Reader, id: string, visibleTo?: readonly string[]) {
  const [row] = await db.select().from(conventions).where(eq(conventions.id, id));
  const hidden =
    visibleTo &&
    (!visibleTo.includes(row?.partnerOrganizationId ?? '') ||
      HIDDEN_FROM_PARTNERS.includes(row?.status ?? ''));
  if (!row || hidden) throw notFound('Convention');
  return row;
}

export async function signersOf(db: Reader, conventionId: string) {
  return db
    .select()
    .from(conventionSigners)
    .where(eq(conventionSigners.conventionId, conventionId))
    .orderBy(conventionSigners.signOrder);
}

/** A convention's commitments in the catalogue's order, so documents and ledgers read the same way. */
export async function commitmentsOf(db: Reader, conventionId: string) {
  const rows = await db
    .select()
    .from(conventionCommitments)
    .where(eq(conventionCommitments.conventionId, conventionId));
  const rank = (type: string) => COMMITMENT_TYPES.indexOf(type as CommitmentType);
  return rows.sort((a, b) => rank(a.type) - rank(b.type));
}

export async function organizationNames(db: Reader, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(inArray(organizations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}
