import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/**
 * A national template this tenant adopted: which version its copy came from, the definition of
 * that version (the base of a three-way diff when a new version comes), and the program it made.
 * The tenant's own changes are the difference between that base and its program as it is now.
 */
export const adoptedTemplates = sqliteTable(
  'adopted_templates',
  {
    id: text('id').primaryKey(),
    templateId: text('template_id').notNull(),
    templateSlug: text('template_slug').notNull(),
    templateName: text('template_name').notNull(),
    kind: text('kind').notNull(),
    version: text('version').notNull(),
    baseDefinition: text('base_definition', { mode: 'json' }).notNull(),
    // The tenant's copy of what has no table of its own yet: survey questions and documents.
    extras: text('extras', { mode: 'json' }).notNull(),
    programId: text('program_id').notNull(),
    conventionTemplateId: text('convention_template_id'),
    // Fields of later versions the tenant chose to keep as they are: path → version skipped.
    skippedFields: text('skipped_fields', { mode: 'json' }).notNull(),
    replicationRunId: text('replication_run_id'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('adopted_templates_template').on(t.templateId)],
);

/** What happened to an adopted template, append-only: adopted, version applied, fields skipped. */
export const adoptedTemplateEvents = sqliteTable(
  'adopted_template_events',
  {
    id: text('id').primaryKey(),
    adoptedTemplateId: text('adopted_template_id')
      .notNull()
      .references(() => adoptedTemplates.id),
    action: text('action').notNull(),
    fromVersion: text('from_version'),
    toVersion: text('to_version').notNull(),
    applied: text('applied', { mode: 'json' }).notNull(),
    skipped: text('skipped', { mode: 'json' }).notNull(),
    actorId: text('actor_id'),
    at: text('at').notNull(),
    seq: integer('seq').notNull(),
  },
  (t) => [index('adopted_template_events_adopted').on(t.adoptedTemplateId, t.seq)],
);

/** Tenant settings as key → JSON value (the map's tile source, for one). */
export const tenantSettings = sqliteTable('tenant_settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});
