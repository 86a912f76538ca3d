import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const organizations = sqliteTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    // Lower-cased, accent-free copy of the name: SQLite's LIKE folds ASCII only.
    searchName: text('search_name').notNull(),
    siret: text('siret'),
    rna: text('rna'),
    uai: text('uai'),
    schoolKind: text('school_kind'),
    priorityEducation: text('priority_education'),
    communeCode: text('commune_code'),
    communeName: text('commune_name'),
    // The ecosystem map: what the actor does and for whom, in the tenant's words.
    activities: text('activities'),
    audience: text('audience'),
    email: text('email'),
    // Schools: pupils in total and in 3e (imported from the national directory, or entered).
    studentsCount: integer('students_count'),
    enrolment3e: integer('enrolment_3e'),
    status: text('status').notNull().default('active'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('organizations_kind_status_name').on(t.kind, t.status, t.searchName),
    index('organizations_status_name').on(t.status, t.searchName),
    index('organizations_siret').on(t.siret),
    index('organizations_uai').on(t.uai),
  ],
);

/** People known to the tenant; which program they take part in is recorded by later tables. */
export const people = sqliteTable('people', {
  id: text('id').primaryKey(),
  identityId: text('identity_id'),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  email: text('email'),
  organizationId: text('organization_id').references(() => organizations.id),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull(),
});

export const auditLog = sqliteTable('audit_log', {
  seq: integer('seq').primaryKey(),
  id: text('id').notNull().unique(),
  at: text('at').notNull(),
  actorId: text('actor_id'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  requestId: text('request_id'),
  data: text('data'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});
