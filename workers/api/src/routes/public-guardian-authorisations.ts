import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';

export function publicGuardianAuthorisationsRoutes() {
  const routes = new Hono<AppEnv>();
  return routes;
}
