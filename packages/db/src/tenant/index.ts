export * from './conventions.ts';
export * from './schema.ts';
