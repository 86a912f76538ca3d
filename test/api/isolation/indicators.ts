import type { MatrixArea } from './route-case.ts';

// The indicators routes of the isolation matrix (see route-case.ts). The tenant's view and push
// are its admin's only; the national dashboards read aggregates and are the coordination's only.
export const indicatorsArea: MatrixArea = {
  tenant: [
    { method: 'GET', path: '/api/t/:tenant/indicators', allowed: ['tenant_admin'] },
    { method: 'POST', path: '/api/t/:tenant/indicators/push', allowed: ['tenant_admin'] },
    { method: 'GET', path: '/api/t/:tenant/indicators/export.csv', allowed: ['tenant_admin'] },
  ],
  national: [
    { method: 'GET', path: '/api/national/indicators', allowed: [] },
    { method: 'GET', path: '/api/national/indicators/series', allowed: [] },
    { method: 'GET', path: '/api/national/indicators/scopes', allowed: [] },
    { method: 'GET', path: '/api/national/indicators/export.csv', allowed: [] },
  ],
};
