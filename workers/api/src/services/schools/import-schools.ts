import { appendAudit, type TenantRecord, tenantSchema, withTransaction } from '@passerelle/db';
import {
  DomainError,
  type ImportedSchool,
  newId,
  readSchoolsExport,
  territoryFilter,
} from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { searchable } from '../organizations/organization-view.ts';
import type { TenantServiceContext } from '../service-context.ts';

const { organizations, auditLog } = tenantSchema;

export type SchoolImportReport = {
  created: number;
  updated: number;
  unchanged: number;
  rejected: { line: number; field: string; message: string }[];
  outsideTerritory: number;
  duplicates: number;
  dryRun: boolean;
};

/**
 * Imports the national schools export into the directory, by UAI: new schools are created, known
 * ones updated, nothing else touched (re-importing the same file changes nothing). A file with a bad
 * line imports nothing unless `partial` is asked; `dryRun` reports without writing. One transaction.
 */
export async function importSchools(input: {
  ctx: TenantServiceContext;
  tenant: Pick<TenantRecord, 'kind' | 'code'>;
  text: string;
  dryRun: boolean;
  partial: boolean;
}): Promise<SchoolImportReport> {
  const { ctx } = input;
  const read = readSchoolsExport({ text: input.text, inTerritory: territoryFilter(input.tenant) });
  if (!read.ok)
    throw new DomainError({ code: 'VALIDATION', message: read.fatal, fields: { file: read.fatal } });
  if (read.rejected.length > 0 && !input.partial) {
    throw new DomainError({
      code: 'VALIDATION',
      message: `${read.rejected.length} ligne(s) à corriger : rien n’a été importé.`,
      fields: Object.fromEntries(read.rejected.map((r) => [`lignes.${r.line}.${r.field}`, r.message])),
    });
  }
  const report: SchoolImportReport = {
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: read.rejected,
    outsideTerritory: read.outsideTerritory,
    duplicates: read.duplicates,
    dryRun: input.dryRun,
  };
  const apply = async (tx: Parameters<Parameters<typeof withTransaction>[1]>[0]) => {
    const at = ctx.now.toISOString();
    for (const school of read.schools) {
      const [existing] = await tx
        .select()
        .from(organizations)
        .where(eq(organizations.uai, school.uai))
        .limit(1);
      const values = fieldsOf(school);
      if (!existing) {
        report.created++;
        if (!input.dryRun)
          await tx
            .insert(organizations)
            .values({ id: newId('org'), kind: 'school', ...values, createdAt: at, updatedAt: at });
        continue;
      }
      const changed = (Object.keys(values) as (keyof typeof values)[]).some((k) => values[k] !== existing[k]);
      if (!changed) {
        report.unchanged++;
        continue;
      }
      report.updated++;
      if (!input.dryRun)
        await tx
          .update(organizations)
          .set({ ...values, updatedAt: at })
          .where(eq(organizations.id, existing.id));
    }
    if (!input.dryRun) {
      await appendAudit(tx, auditLog, {
        actorId: ctx.actorId,
        action: 'schools.imported',
        entityType: 'organization',
        requestId: ctx.requestId,
        data: { created: report.created, updated: report.updated, rejected: report.rejected.length },
        at: ctx.now,
      });
    }
  };
  await withTransaction(ctx.db, apply);
  return report;
}

function fieldsOf(school: ImportedSchool) {
  return {
    name: school.name,
    searchName: searchable(school.name),
    uai: school.uai,
    schoolKind: school.schoolKind,
    communeCode: school.communeCode,
    // A file without the commune's name keeps the one stored.
    ...(school.communeName === null ? {} : { communeName: school.communeName }),
    priorityEducation: school.priorityEducation,
    studentsCount: school.students,
    // An empty 3e column keeps what was entered by hand.
    ...(school.enrolment3e === null ? {} : { enrolment3e: school.enrolment3e }),
  };
}
