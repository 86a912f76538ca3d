import { type TenantDb, tenantSchema } from '@passerelle/db';
import type { DiscoveryPriority } from '@passerelle/domain';
import { and, asc, count, eq, ne } from 'drizzle-orm';

const { organizations, discoveryQuotas, discoveryStudents } = tenantSchema;

type SchoolRow = typeof organizations.$inferSelect;

export const NO_ENROLMENT_REASON =
  'Effectif de 3e non renseigné : saisissez-le (fiche de l’établissement ou import de l’annuaire) pour que le collège reçoive des places.';

export const quotaSchool = (school: SchoolRow) => ({
  id: school.id,
  name: school.name,
  priorityEducation: (school.priorityEducation as DiscoveryPriority | null) ?? null,
  enrolment3e: school.enrolment3e,
});
export type QuotaSchool = ReturnType<typeof quotaSchool>;

/** The collèges that share the places: active schools of kind collège, in name order. */
export function activeColleges(db: Pick<TenantDb, 'select'>) {
  return db
    .select()
    .from(organizations)
    .where(
      and(
        eq(organizations.kind, 'school'),
        eq(organizations.schoolKind, 'college'),
        eq(organizations.status, 'active'),
      ),
    )
    .orderBy(asc(organizations.name));
}

/** Pupils a school has proposed that still hold a place: a refused authorisation frees it. */
export async function placesTaken(db: Pick<TenantDb, 'select'>, programId: string) {
  const rows = await db
    .select({ schoolId: discoveryStudents.schoolId, n: count() })
    .from(discoveryStudents)
    .where(and(eq(discoveryStudents.programId, programId), ne(discoveryStudents.authorisation, 'refused')))
    .groupBy(discoveryStudents.schoolId);
  return new Map(rows.map((r) => [r.schoolId, r.n]));
}

/** The stored quotas with their schools, optionally only some schools' (a school referent's). */
export async function storedQuotas(
  db: Pick<TenantDb, 'select'>,
  programId: string,
  schoolIds?: readonly string[],
) {
  const rows = await db
    .select({ quota: discoveryQuotas, school: organizations })
    .from(discoveryQuotas)
    .innerJoin(organizations, eq(organizations.id, discoveryQuotas.schoolId))
    .where(eq(discoveryQuotas.programId, programId))
    .orderBy(asc(organizations.name));
  return schoolIds ? rows.filter((r) => schoolIds.includes(r.school.id)) : rows;
}
