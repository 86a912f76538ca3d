import { type TenantDb, type TenantRecord, tenantSchema } from '@passerelle/db';
import {
  buildRawCells,
  type IndicatorCell,
  periodOf,
  type RawCell,
  suppressSmallCells,
} from '@passerelle/domain';
import { loadIndicatorSources } from './load-indicator-sources.ts';

export type TenantIndicators = {
  tenant: { id: string; slug: string };
  period: string;
  computedAt: string;
  /** Before suppression: the tenant's own figures, never sent anywhere. */
  raw: RawCell[];
  /** As they would be published: cells under the statistical secret are hidden. */
  cells: IndicatorCell[];
  /** The names of the templates the tenant's programs came from, by template id. */
  templateNames: Record<string, string>;
};

/**
 * The shared indicators of one tenant as of `now`: raw aggregates per scope computed in its own
 * database, then the statistical secret applied. `period` is the month of `now`.
 */
export async function computeTenantIndicators(input: {
  db: TenantDb;
  tenant: Pick<TenantRecord, 'id' | 'slug'>;
  now: Date;
}): Promise<TenantIndicators> {
  const sources = await loadIndicatorSources({ db: input.db, asOf: input.now });
  const { cells: raw, scopeParents } = buildRawCells(sources);
  const adopted = await input.db
    .select({
      templateId: tenantSchema.adoptedTemplates.templateId,
      name: tenantSchema.adoptedTemplates.templateName,
    })
    .from(tenantSchema.adoptedTemplates);
  return {
    tenant: { id: input.tenant.id, slug: input.tenant.slug },
    period: periodOf(input.now),
    computedAt: input.now.toISOString(),
    raw,
    cells: suppressSmallCells({ cells: raw, scopeParents }),
    templateNames: Object.fromEntries(adopted.map((a) => [a.templateId, a.name])),
  };
}
