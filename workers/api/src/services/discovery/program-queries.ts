import { type TenantDb, tenantSchema } from '@passerelle/db';
import { type DiscoveryDayKind, DomainError, notFound } from '@passerelle/domain';
import { and, asc, eq } from 'drizzle-orm';

const { discoveryPrograms, discoveryWeeks } = tenantSchema;

export type DiscoveryProgramRow = typeof discoveryPrograms.$inferSelect;
export type DiscoveryWeekRow = typeof discoveryWeeks.$inferSelect;

/** A discovery program of this tenant, or 404. */
export async function findDiscoveryProgram(db: Pick<TenantDb, 'select'>, id: string) {
  const [row] = await db.select().from(discoveryPrograms).where(eq(discoveryPrograms.id, id));
  if (!row) throw notFound('Programme de découverte');
  return row;
}

/** Changes are refused on an archived program; reading it stays possible. */
export function assertActive(program: DiscoveryProgramRow, what: string) {
  if (program.status !== 'active') {
    throw new DomainError({ code: 'CONFLICT', message: `Ce programme est archivé : ${what}.` });
  }
}

export function weeksOf(db: Pick<TenantDb, 'select'>, programId: string) {
  return db
    .select()
    .from(discoveryWeeks)
    .where(eq(discoveryWeeks.programId, programId))
    .orderBy(asc(discoveryWeeks.startDate));
}

export async function findWeek(db: Pick<TenantDb, 'select'>, programId: string, weekId: string) {
  const [row] = await db
    .select()
    .from(discoveryWeeks)
    .where(and(eq(discoveryWeeks.id, weekId), eq(discoveryWeeks.programId, programId)));
  if (!row) throw notFound('Semaine');
  return row;
}

export const layoutOf = (program: DiscoveryProgramRow) => program.layout as DiscoveryDayKind[];

/** Day indices of the service days ("jour 2" … "jour 4" in the usual layout). */
export const serviceDaysOf = (program: DiscoveryProgramRow) =>
  layoutOf(program).flatMap((kind, index) => (kind === 'service' ? [index] : []));
