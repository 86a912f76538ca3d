export * from './allocate-places.ts';
export * from './check-plan.ts';
export * from './form-groups.ts';
export * from './group-interests.ts';
export * from './plan-input.ts';
export { planWeeks } from './plan-weeks.ts';
export * from './program-fields.ts';
