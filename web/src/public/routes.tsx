import type { Route } from '../route.ts';

/** Public screens: the partner engagement path, signing by link, document verification. */
export const publicRoutes: Route[] = [];
