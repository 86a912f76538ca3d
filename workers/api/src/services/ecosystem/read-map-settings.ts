import { type TenantDb, tenantSchema } from '@passerelle/db';
import { DEFAULT_MAP_SETTINGS, MAP_SETTINGS_KEY, type MapSettings } from '@passerelle/domain';
import { eq } from 'drizzle-orm';

const { tenantSettings } = tenantSchema;

/** The tenant's tile source for the ecosystem map; none set means the offline (SVG) map. */
export async function readMapSettings(input: { db: Pick<TenantDb, 'select'> }): Promise<MapSettings> {
  const [row] = await input.db
    .select()
    .from(tenantSettings)
    .where(eq(tenantSettings.key, MAP_SETTINGS_KEY))
    .limit(1);
  const value = (row?.value ?? {}) as Partial<MapSettings>;
  return {
    tileUrl: value.tileUrl ?? DEFAULT_MAP_SETTINGS.tileUrl,
    attribution: value.attribution ?? DEFAULT_MAP_SETTINGS.attribution,
  };
}
