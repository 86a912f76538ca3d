import { type ControlDb, controlSchema } from '@passerelle/db';
import { inArray } from 'drizzle-orm';
import { type Adopter, adoptersOf } from './adoption-registry.ts';
import { definitionOf, latestVersionOf, type TemplateRow, versionsOf } from './template-queries.ts';

const { tenants } = controlSchema;
type Reader = Pick<ControlDb, 'select'>;

export type TemplateSummary = ReturnType<typeof summaryOf>;

function summaryOf(row: TemplateRow, source: { slug: string; name: string } | null, adopters: Adopter[]) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind as 'mentoring' | 'discovery',
    summary: row.summary,
    status: row.status as 'published' | 'proposed' | 'archived',
    latestVersion: row.latestVersion,
    sourceTenant: source,
    adoptions: adopters.length,
    updatedAt: row.updatedAt,
  };
}

/** Summaries of several templates, with their source tenant and adopter count, in the order given. */
export async function templateSummaries(
  control: Reader,
  rows: readonly TemplateRow[],
): Promise<TemplateSummary[]> {
  const sourceIds = [...new Set(rows.flatMap((r) => (r.sourceTenantId ? [r.sourceTenantId] : [])))];
  const sources = sourceIds.length
    ? await control
        .select({ id: tenants.id, slug: tenants.slug, name: tenants.name })
        .from(tenants)
        .where(inArray(tenants.id, sourceIds))
    : [];
  const bySource = new Map(sources.map((s) => [s.id, { slug: s.slug, name: s.name }]));
  const adopters = await adoptersOf(
    control,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    summaryOf(
      row,
      row.sourceTenantId ? (bySource.get(row.sourceTenantId) ?? null) : null,
      adopters.get(row.id)!,
    ),
  );
}

export async function templateDetail(control: Reader, row: TemplateRow) {
  const [[summary], versions, latest, adopters] = await Promise.all([
    templateSummaries(control, [row]),
    versionsOf(control, row.id),
    latestVersionOf(control, row),
    adoptersOf(control, [row.id]),
  ]);
  return {
    ...summary!,
    versions: versions.map((v) => ({
      version: v.version,
      changelog: v.changelog,
      minSchemaVersion: v.minSchemaVersion,
      createdAt: v.createdAt,
    })),
    definition: definitionOf(latest),
    adopters: adopters.get(row.id)!.map(({ tenant, version, adoptedAt }) => ({ tenant, version, adoptedAt })),
  };
}
export type TemplateDetail = Awaited<ReturnType<typeof templateDetail>>;
