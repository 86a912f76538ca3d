import {
  type ControlDb,
  controlSchema,
  type TenantDb,
  type TenantRecord,
  tenantSchema,
} from '@passerelle/db';
import { notFound } from '@passerelle/domain';
import { and, desc, eq, or } from 'drizzle-orm';
import { definitionOf, latestVersionOf, versionsOf } from './template-queries.ts';
import { templateSummaries } from './template-view.ts';

const { programTemplates } = controlSchema;
const { adoptedTemplates } = tenantSchema;

async function adoptedVersions(db: Pick<TenantDb, 'select'>) {
  const rows = await db
    .select({ templateId: adoptedTemplates.templateId, version: adoptedTemplates.version })
    .from(adoptedTemplates);
  return new Map(rows.map((r) => [r.templateId, r.version]));
}

/** What a tenant admin may adopt: the published templates, and which version it follows of each. */
export async function listCatalogue(input: {
  control: ControlDb;
  db: Pick<TenantDb, 'select'>;
  tenant: TenantRecord;
}) {
  const rows = await input.control
    .select()
    .from(programTemplates)
    .where(eq(programTemplates.status, 'published'))
    .orderBy(desc(programTemplates.updatedAt), desc(programTemplates.id));
  const [summaries, adopted] = await Promise.all([
    templateSummaries(input.control, rows),
    adoptedVersions(input.db),
  ]);
  return {
    items: summaries.map((s, i) => ({
      ...s,
      adoptedVersion: adopted.get(s.id) ?? null,
      fromThisTenant: rows[i]!.sourceTenantId === input.tenant.id,
    })),
  };
}

/**
 * One template as a tenant sees it before adopting: the published ones, and the tenant's own
 * proposals (so it can follow them). Another tenant's proposal does not exist here.
 */
export async function getCatalogueTemplate(input: {
  control: ControlDb;
  db: Pick<TenantDb, 'select'>;
  tenant: TenantRecord;
  id: string;
}) {
  const [row] = await input.control
    .select()
    .from(programTemplates)
    .where(
      and(
        eq(programTemplates.id, input.id),
        or(
          eq(programTemplates.status, 'published'),
          and(eq(programTemplates.status, 'proposed'), eq(programTemplates.sourceTenantId, input.tenant.id)),
        ),
      ),
    );
  if (!row) throw notFound('Modèle de programme');
  const [[summary], versions, latest, adopted] = await Promise.all([
    templateSummaries(input.control, [row]),
    versionsOf(input.control, row.id),
    latestVersionOf(input.control, row),
    adoptedVersions(input.db),
  ]);
  return {
    ...summary!,
    adoptedVersion: adopted.get(row.id) ?? null,
    fromThisTenant: row.sourceTenantId === input.tenant.id,
    versions: versions.map((v) => ({
      version: v.version,
      changelog: v.changelog,
      minSchemaVersion: v.minSchemaVersion,
      createdAt: v.createdAt,
    })),
    definition: definitionOf(latest),
  };
}
