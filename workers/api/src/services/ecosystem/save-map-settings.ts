import { appendAudit, tenantSchema, withTransaction } from '@passerelle/db';
import { MAP_SETTINGS_KEY, type MapSettings, type MapSettingsInput } from '@passerelle/domain';
import type { TenantServiceContext } from '../service-context.ts';

const { tenantSettings, auditLog } = tenantSchema;

/** Sets (or, with no URL, clears) the tile source of the ecosystem map, with an audit entry. */
export async function saveMapSettings(input: {
  ctx: TenantServiceContext;
  data: MapSettingsInput;
}): Promise<MapSettings> {
  const { ctx } = input;
  const value: MapSettings = {
    tileUrl: input.data.tileUrl ?? null,
    // An attribution without tiles has nothing to credit.
    attribution: input.data.tileUrl ? (input.data.attribution ?? null) : null,
  };
  const updatedAt = ctx.now.toISOString();
  return withTransaction(ctx.db, async (tx) => {
    await tx
      .insert(tenantSettings)
      .values({ key: MAP_SETTINGS_KEY, value, updatedAt })
      .onConflictDoUpdate({ target: tenantSettings.key, set: { value, updatedAt } });
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'ecosystem.map_settings.saved',
      entityType: 'tenant_setting',
      entityId: MAP_SETTINGS_KEY,
      requestId: ctx.requestId,
      data: { tileUrl: value.tileUrl },
      at: ctx.now,
    });
    return value;
  });
}
