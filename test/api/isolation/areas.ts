import { ecosystemArea } from './ecosystem.ts';
import { indicatorsArea } from './indicators.ts';
import { replicationArea } from './replication.ts';
import type { MatrixArea } from './route-case.ts';

/** Product areas whose routes live in their own file; the matrix runs them all. */
export const MATRIX_AREAS: MatrixArea[] = [replicationArea, indicatorsArea, ecosystemArea];
