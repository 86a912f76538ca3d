import type { MatrixArea } from './route-case.ts';

// The ecosystem routes of the isolation matrix (see route-case.ts): the coordination's only.
export const ecosystemArea: MatrixArea = {
  tenant: [
    { method: 'GET', path: '/api/t/:tenant/ecosystem', allowed: ['tenant_admin'] },
    { method: 'GET', path: '/api/t/:tenant/ecosystem/export.csv', allowed: ['tenant_admin'] },
    { method: 'GET', path: '/api/t/:tenant/ecosystem/map-settings', allowed: ['tenant_admin'] },
    {
      method: 'PUT',
      path: '/api/t/:tenant/ecosystem/map-settings',
      allowed: ['tenant_admin'],
      body: {
        tileUrl: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
        attribution: '© les contributeurs d’OpenStreetMap',
      },
    },
  ],
  national: [],
};
