export * from './conventions.ts';
export * from './discovery.ts';
export * from './mentoring.ts';
export * from './replication.ts';
export * from './schema.ts';
