import type { Route } from '../route.ts';

/** Back-office screens of conventions, partner actions and the fulfilment dashboard. */
export const conventionRoutes: Route[] = [];
