import { controlMigrations } from './control.generated.ts';
import { tenantMigrations } from './tenant.generated.ts';

export { migrateDatabase, readSchemaVersion } from './migrate-database.ts';
export type { Migration } from './migration.ts';
export { controlMigrations, tenantMigrations };

/** The schema version this build of the code expects: a tenant behind it is not served. */
export const CONTROL_SCHEMA_VERSION = controlMigrations.length;
export const TENANT_SCHEMA_VERSION = tenantMigrations.length;
