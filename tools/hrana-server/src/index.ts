export type { HranaServer, HranaServerOptions } from './server.ts';
export { startHranaServer } from './server.ts';
