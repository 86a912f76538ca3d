import type { Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import * as controlSchema from './control/schema.ts';
import * as tenantSchema from './tenant/index.ts';

// The libSQL client is created by the runtime's entry point (a local file on Node, Turso over
// HTTP in Workers); from here on both runtimes share every query.
export function openControlDb(client: Client) {
  return drizzle(client, { schema: controlSchema });
}
export type ControlDb = ReturnType<typeof openControlDb>;

export function openTenantDb(client: Client) {
  return drizzle(client, { schema: tenantSchema });
}
export type TenantDb = ReturnType<typeof openTenantDb>;

export { controlSchema, tenantSchema };
