import { type ControlDb, controlSchema, type TenantDb, type TenantRecord } from '@passerelle/db';
import { dimensionLabel, indicatorCatalogue, publishedValue, scopeLabel } from '@passerelle/domain';
import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import { toCsv } from '../../csv.ts';
import { computeTenantIndicators } from './compute-tenant-indicators.ts';
import { csvNumber, indicatorLabel, REASON_LABELS, unitLabel } from './indicator-format.ts';
import { mediansOf } from './national-indicators.ts';

const { indicatorCells, indicatorPushes } = controlSchema;

/**
 * The tenant's own figures, computed now (its data, small counts included), each marked with
 * whether the national level would see it, next to the national median of the latest month the
 * tenants pushed — and when this tenant last pushed.
 */
export async function tenantIndicatorView(input: {
  control: ControlDb;
  db: TenantDb;
  tenant: Pick<TenantRecord, 'id' | 'slug'>;
  now: Date;
}) {
  const { control } = input;
  const computed = await computeTenantIndicators(input);
  const [lastPush] = await control
    .select()
    .from(indicatorPushes)
    .where(eq(indicatorPushes.tenantId, input.tenant.id))
    .orderBy(desc(indicatorPushes.createdAt))
    .limit(1);
  const [latest] = await control
    .select({ period: indicatorCells.period })
    .from(indicatorCells)
    .where(lte(indicatorCells.period, computed.period))
    .orderBy(desc(indicatorCells.period))
    .limit(1);
  const scopes = [...new Set(computed.cells.map((c) => c.scope))];
  const national = latest
    ? await control
        .select()
        .from(indicatorCells)
        .where(and(eq(indicatorCells.period, latest.period), inArray(indicatorCells.scope, scopes)))
    : [];
  const medians = new Map(
    scopes.flatMap((scope) =>
      mediansOf(national.filter((c) => c.scope === scope)).map((m) => [
        `${scope}\u0000${m.indicator}\u0000${m.dimension}`,
        { value: m.value, tenants: m.tenants },
      ]),
    ),
  );
  return {
    period: computed.period,
    computedAt: computed.computedAt,
    medianPeriod: latest?.period ?? null,
    lastPush: lastPush
      ? {
          id: lastPush.id,
          period: lastPush.period,
          cells: lastPush.cells,
          suppressedCells: lastPush.suppressedCells,
          pushedAt: lastPush.createdAt,
        }
      : null,
    indicators: indicatorCatalogue(),
    scopes: scopes.map((key) => ({ key, label: scopeLabel(key, computed.templateNames) })),
    cells: computed.raw.map((raw, i) => {
      const published = computed.cells[i]!;
      return {
        scope: raw.scope,
        indicator: raw.indicator,
        dimension: raw.dimension,
        value: publishedValue(raw),
        base: raw.base,
        suppressed: published.suppressed,
        reason: published.reason,
        median: medians.get(`${raw.scope}\u0000${raw.indicator}\u0000${raw.dimension}`) ?? null,
      };
    }),
  };
}

/** The same view as a spreadsheet, one line per cell. */
export async function exportTenantIndicators(input: Parameters<typeof tenantIndicatorView>[0]) {
  const view = await tenantIndicatorView(input);
  const scopeNames = new Map(view.scopes.map((s) => [s.key, s.label]));
  return toCsv(
    [
      'Période',
      'Périmètre',
      'Indicateur',
      'Dimension',
      'Valeur',
      'Unité',
      'Diffusion nationale',
      `Médiane nationale (${view.medianPeriod ?? 'aucune'})`,
    ],
    view.cells.map((c) => [
      view.period,
      scopeNames.get(c.scope) ?? c.scope,
      indicatorLabel(c.indicator),
      dimensionLabel(c.dimension),
      csvNumber(c.indicator, c.value),
      unitLabel(c.indicator),
      c.reason ? REASON_LABELS[c.reason] : 'diffusée',
      c.median ? csvNumber(c.indicator, c.median.value) : '',
    ]),
  );
}
