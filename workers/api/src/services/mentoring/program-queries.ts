import { type TenantDb, tenantSchema } from '@passerelle/db';
import { notFound } from '@passerelle/domain';
import { eq } from 'drizzle-orm';

/** A mentoring program of this tenant, or 404. */
export async function findProgram(db: Pick<TenantDb, 'select'>, id: string) {
  const [row] = await db
    .select()
    .from(tenantSchema.mentoringPrograms)
    .where(eq(tenantSchema.mentoringPrograms.id, id));
  if (!row) throw notFound('Programme de mentorat');
  return row;
}
