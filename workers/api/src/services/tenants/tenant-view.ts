import type { TenantRecord } from '@passerelle/db';

/** The registry row minus where and how its database is reached. */
export function tenantView(tenant: TenantRecord) {
  const { dbUrl: _dbUrl, dbTokenEnc: _token, id: _id, ...visible } = tenant;
  return visible;
}
