export * from './aggregate.ts';
export * from './framework.ts';
export * from './guard.ts';
export * from './median.ts';
export * from './queries.ts';
export * from './suppress.ts';
