import { sql } from 'drizzle-orm';
import { customType, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organizations } from './schema.ts';

/** Raw bytes as a plain Uint8Array: drizzle's `blob` buffer mode needs Node's Buffer, Workers do not have it. */
const bytes = customType<{ data: Uint8Array; driverData: ArrayBuffer | Uint8Array }>({
  dataType: () => 'blob',
  toDriver: (value) => value,
  fromDriver: (value) => (value instanceof Uint8Array ? value : new Uint8Array(value)),
});

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

export const conventionTemplates = sqliteTable('convention_templates', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  // Offered on the public engagement path.
  isPublic: integer('is_public', { mode: 'boolean' }).notNull().default(false),
  description: text('description'),
  status: text('status').notNull().default('active'),
  currentVersion: integer('current_version').notNull(),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull(),
});

/** Immutable once written: a sent convention points at the exact version it was made from. */
export const conventionTemplateVersions = sqliteTable(
  'convention_template_versions',
  {
    id: text('id').primaryKey(),
    templateId: text('template_id')
      .notNull()
      .references(() => conventionTemplates.id),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    clauses: text('clauses', { mode: 'json' }).notNull(),
    commitmentTypes: text('commitment_types', { mode: 'json' }).notNull(),
    durationMonths: integer('duration_months').notNull(),
    signatories: text('signatories', { mode: 'json' }).notNull(),
    signingOrder: text('signing_order').notNull(),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('template_versions_template_version').on(t.templateId, t.version)],
);

export const conventions = sqliteTable(
  'conventions',
  {
    id: text('id').primaryKey(),
    templateVersionId: text('template_version_id')
      .notNull()
      .references(() => conventionTemplateVersions.id),
    partnerOrganizationId: text('partner_organization_id')
      .notNull()
      .references(() => organizations.id),
    operatorOrganizationId: text('operator_organization_id').references(() => organizations.id),
    title: text('title').notNull(),
    status: text('status').notNull().default('draft'),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    renewalOfId: text('renewal_of_id'),
    // Frozen when sent; the final one carries the certificate page. Both hashed (SHA-256 hex).
    documentPdf: bytes('document_pdf'),
    documentSha256: text('document_sha256'),
    finalPdf: bytes('final_pdf'),
    finalSha256: text('final_sha256'),
    sentAt: text('sent_at'),
    activatedAt: text('activated_at'),
    endedAt: text('ended_at'),
    endReason: text('end_reason'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('conventions_status').on(t.status, t.endDate),
    index('conventions_partner').on(t.partnerOrganizationId),
    index('conventions_document').on(t.documentSha256),
    index('conventions_final').on(t.finalSha256),
  ],
);

export const conventionCommitments = sqliteTable(
  'convention_commitments',
  {
    id: text('id').primaryKey(),
    conventionId: text('convention_id')
      .notNull()
      .references(() => conventions.id),
    type: text('type').notNull(),
    quantityPerYear: integer('quantity_per_year').notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('commitments_convention_type').on(t.conventionId, t.type)],
);

export const conventionSigners = sqliteTable(
  'convention_signers',
  {
    id: text('id').primaryKey(),
    conventionId: text('convention_id')
      .notNull()
      .references(() => conventions.id),
    role: text('role').notNull(),
    label: text('label').notNull(),
    signOrder: integer('sign_order').notNull(),
    name: text('name').notNull(),
    title: text('title').notNull(),
    email: text('email').notNull(),
    status: text('status').notNull().default('pending'),
    signedAt: text('signed_at'),
    authMethod: text('auth_method'),
    declinedReason: text('declined_reason'),
    // Last time a signing link was mailed (first send or reminder): drives the weekly reminder.
    notifiedAt: text('notified_at'),
  },
  (t) => [index('signers_convention').on(t.conventionId)],
);

/** Signing links: only a hash of the token is kept; used once, then refused. */
export const signingLinks = sqliteTable('signing_links', {
  tokenHash: text('token_hash').primaryKey(),
  signerId: text('signer_id')
    .notNull()
    .references(() => conventionSigners.id),
  conventionId: text('convention_id').notNull(),
  expiresAt: text('expires_at').notNull(),
  usedAt: text('used_at'),
  createdAt: createdAt(),
});

export const conventionEvents = sqliteTable(
  'convention_events',
  {
    id: text('id').primaryKey(),
    conventionId: text('convention_id').notNull(),
    seq: integer('seq').notNull(),
    at: text('at').notNull(),
    type: text('type').notNull(),
    signerId: text('signer_id'),
    actor: text('actor'),
    authMethod: text('auth_method'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    documentSha256: text('document_sha256'),
    detail: text('detail'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  // Unique (convention, seq): two writers racing for the same slot cannot both land.
  (t) => [uniqueIndex('convention_events_seq').on(t.conventionId, t.seq)],
);

export const commitmentDeliveries = sqliteTable(
  'commitment_deliveries',
  {
    id: text('id').primaryKey(),
    conventionId: text('convention_id')
      .notNull()
      .references(() => conventions.id),
    type: text('type').notNull(),
    yearIndex: integer('year_index').notNull(),
    quantity: integer('quantity').notNull(),
    note: text('note'),
    // 'manual' for hand entries; 'partner_event' when an action was held (source_id = its id).
    source: text('source').notNull(),
    sourceId: text('source_id'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('deliveries_convention').on(t.conventionId),
    uniqueIndex('deliveries_source').on(t.source, t.sourceId),
  ],
);

export const partnerEvents = sqliteTable(
  'partner_events',
  {
    id: text('id').primaryKey(),
    conventionId: text('convention_id')
      .notNull()
      .references(() => conventions.id),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    date: text('date').notNull(),
    place: text('place').notNull(),
    capacity: integer('capacity').notNull(),
    audienceLevels: text('audience_levels', { mode: 'json' }).notNull(),
    status: text('status').notNull().default('scheduled'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('partner_events_date').on(t.date), index('partner_events_convention').on(t.conventionId)],
);

export const eventRegistrations = sqliteTable(
  'event_registrations',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => partnerEvents.id),
    schoolId: text('school_id')
      .notNull()
      .references(() => organizations.id),
    // Minimised: a first name and a level, nothing else about the young person.
    firstName: text('first_name').notNull(),
    level: text('level').notNull(),
    registeredBy: text('registered_by'),
    attended: integer('attended', { mode: 'boolean' }),
    createdAt: createdAt(),
  },
  (t) => [index('registrations_event').on(t.eventId)],
);
