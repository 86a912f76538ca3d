// The control database: one registry shared by every tenant. Nothing personal about young people
// ever lands here (a test scans it); people's profiles stay in their tenant's database.
export * from './indicators.ts';
export * from './platform.ts';
export * from './replication.ts';
