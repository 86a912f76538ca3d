import { type TenantDb, tenantSchema } from '@passerelle/db';
import { and, eq } from 'drizzle-orm';
import type { MentoringCaller } from '../../mentoring/mentors/mentoring-deps.ts';

const { discoveryHosts, discoveryTutors } = tenantSchema;

/**
 * The hosts whose host-days a caller may see and mark: all for the coordination, for a tutor the
 * hosts where they tutor in this program (their invitation linked them by identity).
 */
export type HostReach = { kind: 'all' } | { kind: 'hosts'; hostIds: ReadonlySet<string> };

export async function hostReach(input: {
  db: Pick<TenantDb, 'select'>;
  caller: MentoringCaller;
  programId: string;
}): Promise<HostReach> {
  if (input.caller.roles.includes('tenant_admin')) return { kind: 'all' };
  if (!input.caller.roles.includes('mentor')) return { kind: 'hosts', hostIds: new Set() };
  const rows = await input.db
    .select({ hostId: discoveryTutors.hostId })
    .from(discoveryTutors)
    .innerJoin(discoveryHosts, eq(discoveryHosts.id, discoveryTutors.hostId))
    .where(
      and(
        eq(discoveryTutors.identityId, input.caller.identityId),
        eq(discoveryHosts.programId, input.programId),
      ),
    );
  return { kind: 'hosts', hostIds: new Set(rows.map((r) => r.hostId)) };
}

export const reachesHost = (reach: HostReach, hostId: string | null) =>
  hostId !== null && (reach.kind === 'all' || reach.hostIds.has(hostId));
