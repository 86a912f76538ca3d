import { appendAudit, type ControlDb, controlSchema, withTransaction } from '@passerelle/db';
import { and, eq, inArray } from 'drizzle-orm';
import { retryBusy } from './retry-busy.ts';

const { nationalAuditLog, tenants, replicationRuns, replicationRunItems } = controlSchema;

// Which tenants adopted which template, and at which version they are now, seen from the national
// level. The copies live in each tenant's database; the control DB knows of them through the
// replication runs' items (a copy made by a run) and the national audit trail (a tenant adopting
// from its catalogue, a tenant applying a new version): tenant ids and versions, nothing personal.
// So the catalogue counts adopters without opening a thousand databases.

const ADOPTED = 'program_template.adopted';
const UPDATED = 'program_template.version_applied';

/** A tenant's own adoption or update, in the national audit trail. */
export async function recordAdoption(input: {
  control: ControlDb;
  templateId: string;
  tenantId: string;
  version: string;
  action: 'adopted' | 'updated';
  actorId: string | null;
  requestId: string;
  at: Date;
}): Promise<void> {
  await retryBusy(() =>
    withTransaction(input.control, (tx) =>
      appendAudit(tx, nationalAuditLog, {
        actorId: input.actorId,
        action: input.action === 'adopted' ? ADOPTED : UPDATED,
        entityType: 'program_template',
        entityId: input.templateId,
        requestId: input.requestId,
        data: { tenantId: input.tenantId, version: input.version },
        at: input.at,
      }),
    ),
  );
}

export type Adopter = {
  tenant: { slug: string; name: string };
  tenantId: string;
  version: string;
  adoptedAt: string;
};

type Event = { templateId: string; tenantId: string; version: string; at: string; adopted: boolean };

/** Every template's adopters (tenants still in the registry), oldest adoption first. */
export async function adoptersOf(
  control: Pick<ControlDb, 'select'>,
  templateIds: readonly string[],
): Promise<Map<string, Adopter[]>> {
  const result = new Map<string, Adopter[]>(templateIds.map((id) => [id, []]));
  if (templateIds.length === 0) return result;
  const ids = [...templateIds];
  const [copies, entries, registry] = await Promise.all([
    control
      .select({
        templateId: replicationRuns.templateId,
        tenantId: replicationRunItems.tenantId,
        version: replicationRuns.version,
        at: replicationRunItems.updatedAt,
      })
      .from(replicationRunItems)
      .innerJoin(replicationRuns, eq(replicationRuns.id, replicationRunItems.runId))
      .where(
        and(
          inArray(replicationRuns.templateId, ids),
          inArray(replicationRunItems.status, ['done', 'already']),
        ),
      ),
    control
      .select({
        templateId: nationalAuditLog.entityId,
        action: nationalAuditLog.action,
        data: nationalAuditLog.data,
        at: nationalAuditLog.at,
      })
      .from(nationalAuditLog)
      .where(
        and(
          eq(nationalAuditLog.entityType, 'program_template'),
          inArray(nationalAuditLog.entityId, ids),
          inArray(nationalAuditLog.action, [ADOPTED, UPDATED]),
        ),
      ),
    control
      .select({ id: tenants.id, slug: tenants.slug, name: tenants.name, status: tenants.status })
      .from(tenants),
  ]);
  const events: Event[] = [
    ...copies.map((c) => ({ ...c, at: c.at ?? '', adopted: true })),
    ...entries.map((e) => {
      const data = JSON.parse(e.data ?? '{}') as { tenantId: string; version: string };
      return { templateId: e.templateId ?? '', ...data, at: e.at, adopted: e.action === ADOPTED };
    }),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const byId = new Map(registry.filter((t) => t.status !== 'deleted').map((t) => [t.id, t]));
  const state = new Map<string, Adopter>();
  for (const event of events) {
    const tenant = byId.get(event.tenantId);
    if (!tenant || !result.has(event.templateId)) continue;
    const key = `${event.templateId} ${event.tenantId}`;
    const known = state.get(key);
    if (known) {
      // A later run meeting the copy (`already`) says nothing of the version the tenant follows.
      if (!event.adopted) known.version = event.version;
    } else if (event.adopted) {
      const adopter = {
        tenant: { slug: tenant.slug, name: tenant.name },
        tenantId: event.tenantId,
        version: event.version,
        adoptedAt: event.at,
      };
      state.set(key, adopter);
      result.get(event.templateId)!.push(adopter);
    }
  }
  return result;
}
