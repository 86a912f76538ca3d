import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';

export function mentoringYoungPeopleRoutes() {
  const routes = new Hono<AppEnv>();
  return routes;
}
