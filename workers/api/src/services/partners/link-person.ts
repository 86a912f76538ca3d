import { type TenantDb, tenantSchema } from '@passerelle/db';
import { newId } from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';

/** Records that an identity acts for an organization of the tenant (idempotent). */
export async function linkPersonToOrganization(input: {
  db: Pick<TenantDb, 'select' | 'insert'>;
  identityId: string;
  organizationId: string;
  firstName: string;
  lastName: string;
  email: string;
}): Promise<string> {
  const { people } = tenantSchema;
  const [existing] = await input.db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.identityId, input.identityId), eq(people.organizationId, input.organizationId)));
  if (existing) return existing.id;
  const id = newId('per');
  await input.db.insert(people).values({
    id,
    identityId: input.identityId,
    organizationId: input.organizationId,
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    updatedAt: new Date().toISOString(),
  });
  return id;
}
