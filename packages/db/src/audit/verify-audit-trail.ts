import { type ChainVerdict, verifyAuditChain } from '@passerelle/domain';
import type { TenantDb } from '../client.ts';
import { auditLog } from '../tenant/schema.ts';
import { readAuditTrail } from './append-audit.ts';

/** Reads a tenant's whole audit trail in order and checks every link of its hash chain. */
export async function verifyTenantAuditTrail(db: TenantDb): Promise<ChainVerdict> {
  return verifyAuditChain(await readAuditTrail(db, auditLog));
}
