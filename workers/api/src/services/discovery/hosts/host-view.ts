import { type TenantDb, tenantSchema } from '@passerelle/db';
import type { JobFamily } from '@passerelle/domain';
import { asc, eq, inArray } from 'drizzle-orm';

const { discoveryHosts, discoveryTutors, organizations } = tenantSchema;

export type HostRow = typeof discoveryHosts.$inferSelect;
export type TutorRow = typeof discoveryTutors.$inferSelect;

/** The program's hosts with their tutors, in name order. */
export async function hostsOf(db: Pick<TenantDb, 'select'>, programId: string) {
  const hosts = await db
    .select({ host: discoveryHosts, organizationName: organizations.name })
    .from(discoveryHosts)
    .innerJoin(organizations, eq(organizations.id, discoveryHosts.organizationId))
    .where(eq(discoveryHosts.programId, programId))
    .orderBy(asc(discoveryHosts.name), asc(discoveryHosts.id));
  const tutors =
    hosts.length === 0
      ? []
      : await db
          .select()
          .from(discoveryTutors)
          .where(
            inArray(
              discoveryTutors.hostId,
              hosts.map((h) => h.host.id),
            ),
          )
          .orderBy(asc(discoveryTutors.name));
  return hosts.map((h) => ({ ...h, tutors: tutors.filter((t) => t.hostId === h.host.id) }));
}
export type HostRead = Awaited<ReturnType<typeof hostsOf>>[number];

/**
 * A host as shown. Tutors' addresses are for the coordination only: the other roles see who
 * tutors, not how to reach them outside the program.
 */
export function hostView(read: HostRead, options: { withEmails: boolean }) {
  const { host } = read;
  return {
    id: host.id,
    organizationId: host.organizationId,
    organizationName: read.organizationName,
    name: host.name,
    jobFamily: host.jobFamily as JobFamily,
    mixedJob: host.mixedJob,
    capacityGroupsPerDay: host.capacityGroupsPerDay,
    availableWeeks: (host.availableWeeks as string[] | null) ?? null,
    conventionId: host.conventionId,
    tutors: read.tutors.map((t) => ({
      id: t.id,
      name: t.name,
      ...(options.withEmails ? { email: t.email } : {}),
      days: (t.days as number[] | null) ?? null,
    })),
  };
}
export type HostView = ReturnType<typeof hostView>;
