export * from './blockers.ts';
export * from './criteria.ts';
export * from './match-mentors.ts';
export { type PreparedAssignment, prepareAssignment } from './prepare-assignment.ts';
export * from './score-pair.ts';
export * from './solve-assignment.ts';
export * from './types.ts';
