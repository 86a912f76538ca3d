import { type ControlDb, controlSchema } from '@passerelle/db';
import {
  dimensionLabel,
  type IndicatorExportQuery,
  type IndicatorSeriesQuery,
  type IndicatorTableQuery,
  indicatorCatalogue,
  median,
  PROGRAM_KIND_SCOPES,
  scopeLabel,
  templateScope,
} from '@passerelle/domain';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { toCsv } from '../../csv.ts';
import { csvValue, indicatorLabel, unitLabel } from './indicator-format.ts';

const { indicatorCells, programTemplates, tenants } = controlSchema;

type CellRow = typeof indicatorCells.$inferSelect;
export type CellView = { indicator: string; dimension: string; value: number | null; suppressed: boolean };
const cellView = (c: CellRow): CellView => ({
  indicator: c.indicator,
  dimension: c.dimension,
  value: c.value,
  suppressed: c.suppressed,
});

/** Months for which at least one tenant pushed figures, newest first. */
export async function indicatorPeriods(control: ControlDb): Promise<string[]> {
  const rows = await control
    .selectDistinct({ period: indicatorCells.period })
    .from(indicatorCells)
    .orderBy(desc(indicatorCells.period));
  return rows.map((r) => r.period);
}

async function activeTenants(control: ControlDb) {
  return control
    .select({ id: tenants.id, slug: tenants.slug, name: tenants.name })
    .from(tenants)
    .where(eq(tenants.status, 'active'))
    .orderBy(asc(tenants.name));
}

export async function templateNames(control: ControlDb): Promise<Record<string, string>> {
  const rows = await control
    .select({ id: programTemplates.id, name: programTemplates.name })
    .from(programTemplates);
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/** Per indicator and dimension: the median of the tenants' shown values, and how many gave one. */
export function mediansOf(
  cells: readonly Pick<CellRow, 'indicator' | 'dimension' | 'value' | 'suppressed'>[],
) {
  const groups = new Map<
    string,
    { indicator: string; dimension: string; values: (number | null)[]; hidden: number }
  >();
  for (const cell of cells) {
    const key = `${cell.indicator}\u0000${cell.dimension}`;
    const group = groups.get(key) ?? {
      indicator: cell.indicator,
      dimension: cell.dimension,
      values: [],
      hidden: 0,
    };
    group.values.push(cell.suppressed ? null : cell.value);
    if (cell.suppressed) group.hidden++;
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    indicator: g.indicator,
    dimension: g.dimension,
    value: median(g.values),
    tenants: g.values.filter((v) => v !== null).length,
    suppressedTenants: g.hidden,
  }));
}

/** Tenants × indicators for one month and scope, with the national median of each cell. */
export async function nationalIndicatorTable(input: { control: ControlDb; query: IndicatorTableQuery }) {
  const { control, query } = input;
  const periods = await indicatorPeriods(control);
  const period = query.period ?? periods[0] ?? null;
  const names = await templateNames(control);
  const cells = period
    ? await control
        .select()
        .from(indicatorCells)
        .where(and(eq(indicatorCells.period, period), eq(indicatorCells.scope, query.scope)))
    : [];
  return {
    period,
    periods,
    scope: { key: query.scope, label: scopeLabel(query.scope, names) },
    indicators: indicatorCatalogue(),
    tenants: (await activeTenants(control)).map((t) => {
      const own = cells.filter((c) => c.tenantId === t.id);
      return {
        tenant: { slug: t.slug, name: t.name },
        pushedAt: own[0]?.pushedAt ?? null,
        cells: own.map(cellView),
      };
    }),
    median: mediansOf(cells),
  };
}

/** One cell over time: each tenant's value per month and the median of each month. */
export async function nationalIndicatorSeries(input: { control: ControlDb; query: IndicatorSeriesQuery }) {
  const { control, query } = input;
  const names = await templateNames(control);
  const cells = await control
    .select()
    .from(indicatorCells)
    .where(
      and(
        eq(indicatorCells.indicator, query.indicator),
        eq(indicatorCells.scope, query.scope),
        eq(indicatorCells.dimension, query.dimension),
      ),
    )
    .orderBy(asc(indicatorCells.period));
  const periods = [...new Set(cells.map((c) => c.period))].sort();
  const byTenant = await activeTenants(control);
  return {
    indicator: indicatorCatalogue().find((i) => i.key === query.indicator)!,
    scope: { key: query.scope, label: scopeLabel(query.scope, names) },
    dimension: { key: query.dimension, label: dimensionLabel(query.dimension) },
    periods,
    tenants: byTenant
      .map((t) => ({
        tenant: { slug: t.slug, name: t.name },
        points: cells
          .filter((c) => c.tenantId === t.id)
          .map((c) => ({ period: c.period, value: c.value, suppressed: c.suppressed })),
      }))
      .filter((t) => t.points.length > 0),
    median: periods.map((period) => {
      const of = cells.filter((c) => c.period === period);
      return { period, value: median(of.map((c) => (c.suppressed ? null : c.value))) };
    }),
  };
}

/** The scopes the dashboards offer: all, each kind, each national template (by its name). */
export async function nationalIndicatorScopes(input: { control: ControlDb }) {
  const { control } = input;
  const names = await templateNames(control);
  const pushed = await control.selectDistinct({ scope: indicatorCells.scope }).from(indicatorCells);
  const templateIds = new Set([
    ...Object.keys(names),
    ...pushed.filter((p) => p.scope.startsWith('template:')).map((p) => p.scope.slice('template:'.length)),
  ]);
  const withData = new Set(pushed.map((p) => p.scope));
  const scopes = [
    { key: 'all', kind: 'all' as const },
    ...PROGRAM_KIND_SCOPES.map((k) => ({ key: k as string, kind: 'kind' as const })),
    ...[...templateIds].map((id) => ({ key: templateScope(id), kind: 'template' as const })),
  ];
  return {
    items: scopes.map((s) => ({ ...s, label: scopeLabel(s.key, names), hasData: withData.has(s.key) })),
  };
}

/** Every pushed cell (optionally one month, one scope) in long format, for a spreadsheet. */
export async function exportNationalIndicators(input: { control: ControlDb; query: IndicatorExportQuery }) {
  const { control, query } = input;
  const filters: SQL[] = [];
  if (query.period) filters.push(eq(indicatorCells.period, query.period));
  if (query.scope) filters.push(eq(indicatorCells.scope, query.scope));
  const rows = await control
    .select({ cell: indicatorCells, tenant: tenants.name })
    .from(indicatorCells)
    .innerJoin(tenants, eq(tenants.id, indicatorCells.tenantId))
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(
      asc(tenants.name),
      asc(indicatorCells.period),
      asc(indicatorCells.scope),
      asc(indicatorCells.indicator),
      asc(indicatorCells.dimension),
    );
  const names = await templateNames(control);
  return toCsv(
    ['Collectivité', 'Période', 'Périmètre', 'Indicateur', 'Dimension', 'Valeur', 'Unité'],
    rows.map(({ cell, tenant }) => [
      tenant,
      cell.period,
      scopeLabel(cell.scope, names),
      indicatorLabel(cell.indicator),
      dimensionLabel(cell.dimension),
      csvValue(cell.indicator, cell.value, cell.suppressed),
      unitLabel(cell.indicator),
    ]),
  );
}
