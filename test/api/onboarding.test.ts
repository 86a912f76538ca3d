import { controlSchema, readSchemaVersion, TENANT_SCHEMA_VERSION } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

describe('onboarding a tenant', () => {
  let t: TestApp;
  let national: string;
  const onboard = (body: unknown) =>
    t.request('/api/national/tenants', { method: 'POST', cookie: national, body: JSON.stringify(body) });

  beforeAll(async () => {
    t = await startTestApp();
    national = await t.signIn(DEMO.national);
  });
  afterAll(() => t.close());

  it('provisions and migrates its own database, invites its admin, who can then sign in and work', async () => {
    const response = await onboard({
      slug: 'ville-de-roubaix',
      name: 'Ville de Roubaix',
      kind: 'commune',
      code: '59512',
      adminEmail: 'Cite.Educative@roubaix.example',
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      slug: 'ville-de-roubaix',
      status: 'active',
      schemaVersion: TENANT_SCHEMA_VERSION,
    });

    const tenant = await t.tenantRecord('ville-de-roubaix');
    const client = await t.deps.connectTenant(tenant);
    expect(await readSchemaVersion(client)).toBe(TENANT_SCHEMA_VERSION);
    expect(tenant.dbUrl).toBe('file:tenants/ville-de-roubaix.db');

    const invitation = await t.latestMailTo('cite.educative@roubaix.example');
    expect(invitation?.subject).toBe('Invitation : Ville de Roubaix sur Passerelle');

    const admin = await t.signIn('cite.educative@roubaix.example');
    const created = await t.request('/api/t/ville-de-roubaix/organizations', {
      method: 'POST',
      cookie: admin,
      body: JSON.stringify({
        kind: 'school',
        name: 'Collège Rosa-Parks',
        uai: '0595959X',
        schoolKind: 'college',
        priorityEducation: 'REP+',
      }),
    });
    expect(created.status).toBe(201);
    const list = await (await t.request('/api/national/tenants?q=roubaix', { cookie: national })).json();
    expect(list).toMatchObject({ total: 1, items: [{ slug: 'ville-de-roubaix', name: 'Ville de Roubaix' }] });
    expect(JSON.stringify(list)).not.toContain('dbUrl');
  });

  it('refuses a taken slug and bad fields, and creates nothing', async () => {
    const before = (await (await t.request('/api/national/tenants', { cookie: national })).json()).total;
    const taken = await onboard({
      slug: 'province-sud',
      name: 'Autre',
      kind: 'province',
      code: '988',
      adminEmail: 'a@b.example',
    });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.fields.slug).toContain('existe déjà');
    const bad = await onboard({ slug: 'Pas Bon!', name: '', kind: 'canton', code: 'x', adminEmail: 'nope' });
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual([
      'adminEmail',
      'code',
      'kind',
      'name',
      'slug',
    ]);
    expect((await (await t.request('/api/national/tenants', { cookie: national })).json()).total).toBe(
      before,
    );
  });
});

describe('a tenant whose schema is behind', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers a clear 503 instead of serving from a stale schema, until it is migrated', async () => {
    const cookie = await t.signIn(DEMO.suresnesAdmin);
    await t.control
      .update(controlSchema.tenants)
      .set({ schemaVersion: TENANT_SCHEMA_VERSION - 1 })
      .where(eq(controlSchema.tenants.slug, 'ville-de-suresnes'));
    const response = await t.request('/api/t/ville-de-suresnes/organizations', { cookie });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      error: { code: 'TENANT_SCHEMA_BEHIND', message: expect.stringContaining('mise à jour') },
    });

    const { runTenantMigrations } = await import('../../workers/jobs/src/migrate-tenants-job.ts');
    await runTenantMigrations({ deps: t.deps });
    expect((await t.request('/api/t/ville-de-suresnes/organizations', { cookie })).status).toBe(200);
  });
});
