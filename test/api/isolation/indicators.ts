import type { MatrixArea } from './route-case.ts';

// The indicators routes of the isolation matrix (see route-case.ts).
export const indicatorsArea: MatrixArea = {
  tenant: [],
  national: [],
};
