import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';

export function publicSigningRoutes() {
  const routes = new Hono<AppEnv>();
  return routes;
}
