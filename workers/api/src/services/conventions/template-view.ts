import type { tenantSchema } from '@passerelle/db';
import type { Clause, CommitmentType, Signatory, SigningOrder } from '@passerelle/domain';

type TemplateRow = typeof tenantSchema.conventionTemplates.$inferSelect;
type VersionRow = typeof tenantSchema.conventionTemplateVersions.$inferSelect;

export function templateVersionView(row: VersionRow) {
  return {
    id: row.id,
    templateId: row.templateId,
    version: row.version,
    title: row.title,
    clauses: row.clauses as Clause[],
    commitmentTypes: row.commitmentTypes as CommitmentType[],
    durationMonths: row.durationMonths,
    signatories: row.signatories as Signatory[],
    signingOrder: row.signingOrder as SigningOrder,
    createdAt: row.createdAt,
  };
}
export type TemplateVersionView = ReturnType<typeof templateVersionView>;

export function templateView(row: TemplateRow, version: VersionRow) {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    isPublic: row.isPublic,
    description: row.description,
    status: row.status,
    currentVersion: row.currentVersion,
    version: templateVersionView(version),
  };
}
