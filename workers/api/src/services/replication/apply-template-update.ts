import {
  appendAudit,
  type ControlDb,
  type TenantRecord,
  tenantSchema,
  withTransaction,
} from '@passerelle/db';
import {
  applyTemplateFields,
  compareSemver,
  conflict,
  DomainError,
  diffTemplateVersions,
  newId,
  type ProgramTemplateDefinition,
  type Signatory,
  sameValue,
} from '@passerelle/domain';
import { count, eq } from 'drizzle-orm';
import { hasPlan } from '../discovery/save-program.ts';
import type { TenantServiceContext } from '../service-context.ts';
import { adoptedTemplateDetail, findAdopted, localDefinitionOf } from './adopted-view.ts';
import { recordAdoption } from './adoption-registry.ts';
import { conventionTemplateOf } from './program-definition.ts';
import {
  conventionVersionInput,
  discoveryValues,
  insertConventionTemplate,
  mentoringValues,
  versionRow,
} from './program-writes.ts';
import type { ApplyUpdateInput } from './replication-inputs.ts';
import { definitionOf, findTemplate, findTemplateVersion } from './template-queries.ts';

const {
  adoptedTemplates,
  adoptedTemplateEvents,
  mentoringPrograms,
  discoveryPrograms,
  conventionTemplates,
  conventionTemplateVersions,
  auditLog,
} = tenantSchema;

const CONVENTION_ROW_FIELDS = ['name', 'kind', 'description'] as const;

/**
 * Applies the latest version of an adopted template field by field: the tenant names every changed
 * field in `apply` or in `skip`. Its program is rewritten, its convention template gets a new
 * version when an article, a signatory… changed (versions are immutable), skipped fields are
 * remembered with the version skipped, and the history gets one event — one transaction.
 */
export async function applyTemplateUpdate(input: {
  ctx: TenantServiceContext;
  control: ControlDb;
  tenant: TenantRecord;
  id: string;
  data: ApplyUpdateInput;
}) {
  const { ctx, data } = input;
  const adopted = await findAdopted(ctx.db, input.id);
  const template = await findTemplate(input.control, adopted.templateId);
  if (data.version !== template.latestVersion) {
    throw conflict(
      `La version ${data.version} n’est plus la dernière (${template.latestVersion}) : relisez les changements.`,
      { version: `La dernière version est ${template.latestVersion}.` },
    );
  }
  if (compareSemver(template.latestVersion, adopted.version) <= 0) {
    throw conflict(`Ce programme suit déjà la version ${adopted.version}.`, { version: 'Déjà à jour.' });
  }
  const targetRow = (await findTemplateVersion(input.control, template.id, template.latestVersion))!;
  const target = definitionOf(targetRow);
  const base = adopted.baseDefinition as ProgramTemplateDefinition;
  const { definition: local } = await localDefinitionOf(ctx.db, adopted);
  const changes = diffTemplateVersions({ base, local, target });
  assertCovers(
    changes.map((c) => c.path),
    data,
  );
  const next = applyTemplateFields({ local, target, paths: data.apply });
  const touched = (prefix: string) => data.apply.some((p) => p === prefix || p.startsWith(`${prefix}.`));
  const convention = await conventionTemplateOf(ctx.db, next.kind, adopted);
  const nextVersion =
    next.conventionTemplate && touched('conventionTemplate')
      ? conventionVersionInput({
          convention: next.conventionTemplate,
          previous: (convention?.version.signatories as Signatory[] | undefined) ?? [],
        })
      : null;
  if (next.kind === 'discovery' && !sameValue(next.discovery!.layout, local.discovery!.layout)) {
    if (await hasPlan(ctx.db, adopted.programId)) {
      throw conflict('Le planning est fait : la semaine type ne peut plus changer.', {
        'discovery.layout': 'Le planning est fait : ignorez ce champ.',
      });
    }
  }

  const at = ctx.now.toISOString();
  await withTransaction(ctx.db, async (tx) => {
    if (touched('mentoring')) {
      await tx
        .update(mentoringPrograms)
        .set({ ...mentoringValues(next), updatedAt: at })
        .where(eq(mentoringPrograms.id, adopted.programId));
    }
    if (touched('discovery')) {
      await tx
        .update(discoveryPrograms)
        .set({ ...discoveryValues(next), updatedAt: at })
        .where(eq(discoveryPrograms.id, adopted.programId));
    }
    let conventionTemplateId = adopted.conventionTemplateId;
    if (touched('conventionTemplate')) {
      if (!next.conventionTemplate) {
        // The new version has no convention template any more: the tenant's stays, archived.
        if (conventionTemplateId) {
          await tx
            .update(conventionTemplates)
            .set({ status: 'archived', updatedAt: at })
            .where(eq(conventionTemplates.id, conventionTemplateId));
        }
        conventionTemplateId = null;
      } else if (!convention || !conventionTemplateId) {
        conventionTemplateId = await insertConventionTemplate({
          tx,
          convention: next.conventionTemplate,
          actorId: ctx.actorId,
          now: ctx.now,
        });
      } else {
        const row = next.conventionTemplate;
        const rowChanged = CONVENTION_ROW_FIELDS.some((k) => touched(`conventionTemplate.${k}`));
        const versionChanged = data.apply.some(
          (p) =>
            p.startsWith('conventionTemplate.') &&
            !CONVENTION_ROW_FIELDS.some((k) => p === `conventionTemplate.${k}`),
        );
        const currentVersion = convention.template.currentVersion + (versionChanged ? 1 : 0);
        if (versionChanged) {
          await tx.insert(conventionTemplateVersions).values({
            ...versionRow(nextVersion!, conventionTemplateId, currentVersion),
            createdBy: ctx.actorId,
          });
        }
        if (rowChanged || versionChanged) {
          await tx
            .update(conventionTemplates)
            .set({
              name: row.name,
              kind: row.kind,
              description: row.description ?? null,
              currentVersion,
              updatedAt: at,
            })
            .where(eq(conventionTemplates.id, conventionTemplateId));
        }
      }
    }
    const skippedFields = { ...(adopted.skippedFields as Record<string, string>) };
    for (const path of data.apply) delete skippedFields[path];
    for (const path of data.skip) skippedFields[path] = targetRow.version;
    await tx
      .update(adoptedTemplates)
      .set({
        version: targetRow.version,
        baseDefinition: target,
        extras: { surveyQuestions: next.surveyQuestions, documents: next.documents },
        conventionTemplateId,
        skippedFields,
        updatedAt: at,
      })
      .where(eq(adoptedTemplates.id, adopted.id));
    const [events] = await tx
      .select({ n: count() })
      .from(adoptedTemplateEvents)
      .where(eq(adoptedTemplateEvents.adoptedTemplateId, adopted.id));
    await tx.insert(adoptedTemplateEvents).values({
      id: newId('ade'),
      adoptedTemplateId: adopted.id,
      action: 'updated',
      fromVersion: adopted.version,
      toVersion: targetRow.version,
      applied: data.apply,
      skipped: data.skip,
      actorId: ctx.actorId,
      at,
      seq: (events?.n ?? 0) + 1,
    });
    await appendAudit(tx, auditLog, {
      actorId: ctx.actorId,
      action: 'program_template.version_applied',
      entityType: 'adopted_template',
      entityId: adopted.id,
      requestId: ctx.requestId,
      data: { from: adopted.version, to: targetRow.version, applied: data.apply, skipped: data.skip },
      at: ctx.now,
    });
  });
  await recordAdoption({
    control: input.control,
    templateId: template.id,
    tenantId: input.tenant.id,
    version: targetRow.version,
    action: 'updated',
    actorId: ctx.actorId,
    requestId: ctx.requestId,
    at: ctx.now,
  });
  return adoptedTemplateDetail({ db: ctx.db, control: input.control, id: adopted.id });
}

/** Every field of the diff in exactly one of the two lists, and nothing else: named when not. */
function assertCovers(paths: readonly string[], data: ApplyUpdateInput): void {
  const known = new Set(paths);
  const fields: Record<string, string> = {};
  const apply = new Set(data.apply);
  const skip = new Set(data.skip);
  for (const path of [...apply, ...skip]) {
    if (!known.has(path)) fields[path] = 'Ce champ ne fait pas partie de la mise à jour.';
  }
  for (const path of apply) if (skip.has(path)) fields[path] = 'Ce champ est à la fois appliqué et ignoré.';
  for (const path of paths) {
    if (!apply.has(path) && !skip.has(path)) fields[path] = 'Choisissez d’appliquer ou d’ignorer ce champ.';
  }
  const n = Object.keys(fields).length;
  if (n > 0) {
    throw new DomainError({
      code: 'VALIDATION',
      message:
        n > 1
          ? `${n} champs de la mise à jour sont à revoir : chaque champ est appliqué ou ignoré.`
          : 'Un champ de la mise à jour est à revoir : chaque champ est appliqué ou ignoré.',
      fields,
    });
  }
}
