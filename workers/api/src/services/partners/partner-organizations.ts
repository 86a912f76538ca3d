import { type TenantDb, tenantSchema } from '@passerelle/db';
import { and, eq, isNotNull } from 'drizzle-orm';

/**
 * The organizations a signed-in person represents in this tenant (a partner referent's company, a
 * school referent's school), from their person record. A partner sees only what is theirs.
 */
export async function organizationsOf(input: {
  db: Pick<TenantDb, 'select'>;
  identityId: string;
}): Promise<string[]> {
  const { people } = tenantSchema;
  const rows = await input.db
    .select({ organizationId: people.organizationId })
    .from(people)
    .where(and(eq(people.identityId, input.identityId), isNotNull(people.organizationId)));
  return rows.map((r) => r.organizationId!);
}
