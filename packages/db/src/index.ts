export { type AuditEvent, appendAudit, readAuditTrail } from './audit/append-audit.ts';
export { verifyTenantAuditTrail } from './audit/verify-audit-trail.ts';
export {
  type ControlDb,
  controlSchema,
  openControlDb,
  openTenantDb,
  type TenantDb,
  tenantSchema,
} from './client.ts';
export { type Outbox, type OutboxMail, openOutbox, outbox } from './mail/outbox.ts';
export * from './migrations/index.ts';
export {
  type FanOutProgress,
  type FanOutReport,
  migrateAllTenants,
  type TenantRecord,
} from './migrations/migrate-all-tenants.ts';
export { withTransaction } from './transaction.ts';
