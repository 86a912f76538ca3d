import type { MatrixArea } from './route-case.ts';

// The ecosystem routes of the isolation matrix (see route-case.ts).
export const ecosystemArea: MatrixArea = {
  tenant: [],
  national: [],
};
