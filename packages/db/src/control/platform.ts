import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/** The registry of tenants: where each one's database lives and which schema it is at. */
export const tenants = sqliteTable('tenants', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  code: text('code').notNull(),
  brandColor: text('brand_color').notNull().default('#1f4e79'),
  dbUrl: text('db_url').notNull(),
  // Encrypted with the deployment's key: a token scoped to this one database.
  dbTokenEnc: text('db_token_enc'),
  schemaVersion: integer('schema_version').notNull().default(0),
  status: text('status').notNull().default('provisioning'),
  createdAt: createdAt(),
  updatedAt: text('updated_at'),
});

/** A person who can sign in. Their profile in a program lives in the tenant's database. */
export const identities = sqliteTable('identities', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name'),
  emailVerified: text('email_verified'),
  image: text('image'),
  nationalAdmin: integer('national_admin', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
});

export const memberships = sqliteTable(
  'memberships',
  {
    id: text('id').primaryKey(),
    identityId: text('identity_id')
      .notNull()
      .references(() => identities.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    invitedBy: text('invited_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('memberships_identity_tenant_role').on(t.identityId, t.tenantId, t.role)],
);

/** Accounts at an OpenID Connect provider, linked by provider + subject, never by e-mail. */
export const accounts = sqliteTable(
  'accounts',
  {
    identityId: text('identity_id')
      .notNull()
      .references(() => identities.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = sqliteTable(
  'sessions',
  {
    sessionToken: text('session_token').primaryKey(),
    identityId: text('identity_id')
      .notNull()
      .references(() => identities.id, { onDelete: 'cascade' }),
    expires: text('expires').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sessions_identity').on(t.identityId)],
);

/** Magic-link tokens, stored hashed by Auth.js; deleted when used, so a link works once. */
export const verificationTokens = sqliteTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: text('expires').notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Fixed-window counters, shared by every instance because they live in the database. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
});

export const nationalAuditLog = sqliteTable('national_audit_log', {
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

/**
 * Fingerprints of every document Passerelle had signed, so the public verifier can say which
 * convention a PDF is, in which tenant, without opening every tenant's database. No personal data.
 */
export const signedDocuments = sqliteTable(
  'signed_documents',
  {
    sha256: text('sha256').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id),
    conventionId: text('convention_id').notNull(),
    kind: text('kind').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('signed_documents_convention').on(t.conventionId)],
);
