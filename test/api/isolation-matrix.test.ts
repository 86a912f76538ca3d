import { TENANT_ROLES, type TenantRole } from '@passerelle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

// Every tenant and national route, who may call it, and a valid body: the test below fails when
// a route exists in the app but not here, so a new route cannot skip the matrix.
type RouteCase = { method: string; path: string; allowed: readonly TenantRole[]; body?: unknown };

const ANY = TENANT_ROLES;
const TENANT_ROUTES: RouteCase[] = [
  { method: 'GET', path: '/api/t/:tenant', allowed: ANY },
  { method: 'GET', path: '/api/t/:tenant/organizations', allowed: ANY },
  {
    method: 'POST',
    path: '/api/t/:tenant/organizations',
    allowed: ['tenant_admin'],
    body: { kind: 'service', name: 'Service des sports' },
  },
  { method: 'GET', path: '/api/t/:tenant/organizations/:id', allowed: ANY },
  {
    method: 'PATCH',
    path: '/api/t/:tenant/organizations/:id',
    allowed: ['tenant_admin'],
    body: { name: 'Renommée' },
  },
  { method: 'POST', path: '/api/t/:tenant/organizations/:id/archive', allowed: ['tenant_admin'] },
  { method: 'POST', path: '/api/t/:tenant/organizations/:id/unarchive', allowed: ['tenant_admin'] },
];
const NATIONAL_ROUTES: RouteCase[] = [
  { method: 'GET', path: '/api/national/tenants', allowed: [] },
  {
    method: 'POST',
    path: '/api/national/tenants',
    allowed: [],
    body: {
      slug: 'ville-de-roubaix',
      name: 'Ville de Roubaix',
      kind: 'commune',
      code: '59512',
      adminEmail: 'cite.educative@roubaix.example',
    },
  },
];

// Tenant A is Clermont-Ferrand (an admin and a school referent); tenant B is Province Sud.
const A = 'ville-de-clermont-ferrand';
const B = 'province-sud';

describe('tenant isolation matrix', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let orgA: string;
  let orgB: { id: string; name: string };
  let tenantBNames: string[];

  beforeAll(async () => {
    t = await startTestApp();
    for (const [key, email] of Object.entries(DEMO)) cookies[key] = await t.signIn(email);
    const listA = await (
      await t.request(`/api/t/${A}/organizations`, { cookie: cookies.clermontAdmin })
    ).json();
    orgA = listA.items[0].id;
    const listB = await (
      await t.request(`/api/t/${B}/organizations`, { cookie: cookies.provinceAdmin })
    ).json();
    orgB = listB.items[0];
    tenantBNames = listB.items.map((o: { name: string }) => o.name);
  });
  afterAll(() => t.close());

  const call = (route: RouteCase, input: { tenant?: string; id?: string; cookie?: string }) =>
    t.request(route.path.replace(':tenant', input.tenant ?? A).replace(':id', input.id ?? orgA), {
      method: route.method,
      ...(input.cookie ? { cookie: input.cookie } : {}),
      ...(route.body !== undefined || route.method !== 'GET'
        ? { body: JSON.stringify(route.body ?? {}) }
        : {}),
    });

  it('covers every tenant and national route of the app', () => {
    const declared = new Set([...TENANT_ROUTES, ...NATIONAL_ROUTES].map((r) => `${r.method} ${r.path}`));
    const actual = t.app.routes
      .filter((r) => r.method !== 'ALL' && /^\/api\/(t|national)\//.test(r.path))
      .map((r) => `${r.method} ${r.path.replace(/\/$/, '')}`);
    expect(actual.length).toBeGreaterThanOrEqual(declared.size);
    expect(new Set(actual)).toEqual(declared);
  });

  for (const route of TENANT_ROUTES) {
    describe(`${route.method} ${route.path}`, () => {
      it('answers 401 to an anonymous caller', async () => {
        const response = await call(route, {});
        expect(response.status).toBe(401);
        expect((await response.json()).error.code).toBe('UNAUTHENTICATED');
      });

      // Routes open to every tenant role have no wrong tenant role; outsiders are covered below.
      it.skipIf(route.allowed.includes('school_referent'))(
        'answers 403 to a member whose role is not allowed',
        async () => {
          const response = await call(route, { cookie: cookies.clermontSchool });
          expect(response.status).toBe(403);
          expect((await response.json()).error.code).toBe('FORBIDDEN');
        },
      );

      it('answers 404 to a member of another tenant, and to a national admin without membership', async () => {
        for (const cookie of [cookies.provinceAdmin, cookies.national]) {
          const response = await call(route, { cookie });
          expect(response.status).toBe(404);
          const text = await response.text();
          expect(text).not.toContain('Clermont');
        }
      });

      if (route.path.includes(':id')) {
        it('answers 404 to an id that belongs to another tenant, and leaves it untouched', async () => {
          const response = await call(route, { cookie: cookies.clermontAdmin, id: orgB.id });
          expect(response.status).toBe(404);
          const stillB = await (
            await t.request(`/api/t/${B}/organizations/${orgB.id}`, { cookie: cookies.provinceAdmin })
          ).json();
          expect(stillB).toMatchObject({ id: orgB.id, name: orgB.name, status: 'active' });
        });
      }

      it('answers the allowed roles with tenant A data only', async () => {
        const response = await call(route, { cookie: cookies.clermontAdmin });
        expect(response.status).toBeLessThan(300);
        const text = await response.text();
        for (const name of tenantBNames) expect(text).not.toContain(name);
        expect(text).not.toContain(orgB.id);
      });
    });
  }

  for (const route of NATIONAL_ROUTES) {
    describe(`${route.method} ${route.path}`, () => {
      it('answers 401 anonymous, 403 to a tenant admin, and serves the national admin', async () => {
        expect((await call(route, {})).status).toBe(401);
        expect((await call(route, { cookie: cookies.clermontAdmin })).status).toBe(403);
        const response = await call(route, { cookie: cookies.national });
        expect(response.status).toBeLessThan(300);
      });
    });
  }
});
