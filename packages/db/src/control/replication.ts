import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { tenants } from './platform.ts';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/**
 * A program template of the national catalogue: a program's whole definition, without anyone's
 * people. `proposed` templates come from a tenant admin and wait for the national coordination.
 */
export const programTemplates = sqliteTable('program_templates', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  summary: text('summary'),
  status: text('status').notNull().default('published'),
  latestVersion: text('latest_version').notNull(),
  // The tenant whose program it was made from (a tenant id, never a person).
  sourceTenantId: text('source_tenant_id').references(() => tenants.id),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull(),
});

/** Immutable once written (append-only triggers): an adopting tenant diffs against the exact version. */
export const programTemplateVersions = sqliteTable(
  'program_template_versions',
  {
    id: text('id').primaryKey(),
    templateId: text('template_id')
      .notNull()
      .references(() => programTemplates.id),
    version: text('version').notNull(),
    // Sort key of the semantic version: major * 1e6 + minor * 1e3 + patch.
    versionOrder: integer('version_order').notNull(),
    changelog: text('changelog').notNull(),
    definition: text('definition', { mode: 'json' }).notNull(),
    // The tenant schema this definition needs; an older tenant database is told to migrate first.
    minSchemaVersion: integer('min_schema_version').notNull(),
    publishedBy: text('published_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('program_template_versions_template_version').on(t.templateId, t.version)],
);

/** A replication of one template version into many tenants, run in the background. */
export const replicationRuns = sqliteTable(
  'replication_runs',
  {
    id: text('id').primaryKey(),
    templateId: text('template_id')
      .notNull()
      .references(() => programTemplates.id),
    version: text('version').notNull(),
    status: text('status').notNull().default('queued'),
    total: integer('total').notNull(),
    requestedBy: text('requested_by'),
    // Set when the run belongs to a region's onboarding.
    onboardingId: text('onboarding_id'),
    createdAt: createdAt(),
    startedAt: text('started_at'),
    finishedAt: text('finished_at'),
  },
  (t) => [index('replication_runs_created').on(t.createdAt)],
);

/** One tenant of a run: its outcome, attempts and error, so a run resumes where it stopped. */
export const replicationRunItems = sqliteTable(
  'replication_run_items',
  {
    runId: text('run_id')
      .notNull()
      .references(() => replicationRuns.id),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    // The program created in the tenant's database (an id only).
    programId: text('program_id'),
    updatedAt: text('updated_at'),
  },
  (t) => [primaryKey({ columns: [t.runId, t.tenantId] }), index('replication_run_items_status').on(t.status)],
);

/** A region onboarded from templates in one flow: each step's state, for the progress view. */
export const onboardings = sqliteTable('onboardings', {
  id: text('id').primaryKey(),
  tenantId: text('tenant_id').references(() => tenants.id),
  slug: text('slug').notNull(),
  templateIds: text('template_ids', { mode: 'json' }).notNull(),
  steps: text('steps', { mode: 'json' }).notNull(),
  status: text('status').notNull().default('running'),
  error: text('error'),
  requestedBy: text('requested_by'),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull(),
});
