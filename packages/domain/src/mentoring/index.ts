export * from './catalogue.ts';
export * from './debrief.ts';
export * from './eligibility.ts';
export * from './pair-lifecycle.ts';
export * from './people-input.ts';
export * from './program.ts';
