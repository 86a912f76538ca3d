import type { ComponentChildren } from 'preact';
import type { Tenant } from '../api/types.ts';
import { useTenant } from '../lib/session.tsx';
import { NotFound } from '../screens/not-found.tsx';
import { ServiceError } from '../screens/service-error.tsx';
import { Loading } from './notice.tsx';

/** Renders its children once the route's tenant is known; an unknown or foreign tenant is a 404. */
export function TenantGate({ children }: { children: (tenant: Tenant) => ComponentChildren }) {
  const tenant = useTenant();
  if (!tenant) return <NotFound />;
  if (tenant.status === 'error') {
    return tenant.error.status === 404 ? <NotFound /> : <ServiceError error={tenant.error} />;
  }
  if (tenant.status === 'loading' || !tenant.data) return <Loading />;
  return <>{children(tenant.data)}</>;
}
