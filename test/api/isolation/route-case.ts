import type { TenantRole } from '@passerelle/domain';
import type { TestApp } from '../../support/test-app.ts';

// Every tenant and national route, who may call it, and a valid body: the test below fails when
// a route exists in the app but not here, so a new route cannot skip the matrix.
// `:id` is an organization unless the route says otherwise: `id` gives tenant A's id to use and
// `foreignId` tenant B's (read back before and after to check it was left alone); a body that
// needs ids made in `beforeAll` is a function.
export type RouteCase = {
  method: string;
  path: string;
  allowed: readonly TenantRole[];
  body?: unknown;
  id?: () => string;
  foreignId?: () => string;
  /** Sent as is (not JSON), e.g. a CSV file. */
  rawBody?: string;
  /** The allowed caller's cookie key, when the admin is not one (a mentor acting for itself). */
  caller?: string;
  /** Other path parameters (`:weekId`, `:studentId`), tenant A's. */
  params?: () => Record<string, string>;
};

/** What an area's `setup` gets: the app, every demo role signed in, and the two tenants. */
export type MatrixContext = {
  t: TestApp;
  cookies: Record<string, string>;
  /** Tenant A (Clermont-Ferrand) and B (Province Sud), by slug. */
  A: string;
  B: string;
};

/**
 * The routes of one product area, in their own file so areas grow without editing the matrix:
 * `setup` runs once in the matrix's `beforeAll` (after the shared fixtures) to make the ids the
 * cases read lazily.
 */
export type MatrixArea = {
  tenant: RouteCase[];
  national: RouteCase[];
  setup?: (ctx: MatrixContext) => Promise<void>;
};
