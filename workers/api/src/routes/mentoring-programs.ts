import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';

export function mentoringProgramsRoutes() {
  const routes = new Hono<AppEnv>();
  return routes;
}
