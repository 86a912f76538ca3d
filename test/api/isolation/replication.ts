import type { MatrixArea } from './route-case.ts';

// The replication routes of the isolation matrix (see route-case.ts).
export const replicationArea: MatrixArea = {
  tenant: [],
  national: [],
};
