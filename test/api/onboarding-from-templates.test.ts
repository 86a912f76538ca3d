import { controlSchema, TENANT_SCHEMA_VERSION } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const region = (slug: string, adminEmail: string, templateIds: string[]) => ({
  slug,
  name: slug === 'region-auvergne' ? 'Région Auvergne' : 'Région Bretagne',
  kind: 'region',
  code: slug === 'region-auvergne' ? '84' : '53',
  adminEmail,
  templateIds,
});

describe('onboarding a region from templates in one flow', () => {
  let t: TestApp;
  let national: string;
  let pass3e: string;
  let mentoring: string;

  const post = (path: string, body: unknown) =>
    t.request(path, { method: 'POST', cookie: national, body: JSON.stringify(body) });
  const get = async (path: string, cookie = national) => (await t.request(path, { cookie })).json();

  beforeAll(async () => {
    t = await startTestApp();
    national = await t.signIn(DEMO.national);
    pass3e = (await get('/api/national/templates?q=pass')).items[0].id;
    const program = (await get('/api/national/tenants/ville-de-suresnes/programs')).items.find(
      (p: { kind: string }) => p.kind === 'mentoring',
    );
    mentoring = (
      await (
        await post('/api/national/templates', {
          tenant: 'ville-de-suresnes',
          programKind: 'mentoring',
          programId: program.id,
          slug: 'mentorat-des-agents',
          name: 'Mentorat des agents',
        })
      ).json()
    ).id;
  });
  afterAll(() => t.close());

  it('creates the tenant, provisions and migrates its database, copies the templates and invites the admin', async () => {
    const response = await post(
      '/api/national/onboardings',
      region('region-auvergne', 'Jeunesse@Auvergne.example', [pass3e, mentoring]),
    );
    expect(response.status).toBe(202);
    const started = await response.json();
    expect(started).toMatchObject({
      slug: 'region-auvergne',
      tenant: { slug: 'region-auvergne', name: 'Région Auvergne' },
      status: 'running',
      error: null,
    });
    expect(started.steps.map((s: { key: string; status: string }) => [s.key, s.status])).toEqual([
      ['created', 'done'],
      ['provisioned', 'pending'],
      ['migrated', 'pending'],
      ['templates', 'pending'],
      ['invited', 'pending'],
    ]);
    expect(JSON.stringify(started)).not.toContain('auvergne.example');

    await t.drain();
    const done = await get(`/api/national/onboardings/${started.id}`);
    expect(done.status).toBe('ready');
    expect(done.steps.every((s: { status: string }) => s.status === 'done')).toBe(true);
    expect(done.steps.find((s: { key: string }) => s.key === 'migrated').detail).toBe(
      `Schéma ${TENANT_SCHEMA_VERSION}.`,
    );
    expect(done.steps.find((s: { key: string }) => s.key === 'templates').detail).toBe(
      '2 modèles copiés : Pass’3e — semaine de découverte, Mentorat des agents.',
    );
    expect(done.steps.find((s: { key: string }) => s.key === 'invited').detail).toBe(
      'Invitation envoyée à jeunesse@auvergne.example.',
    );
    // Who to invite was kept only until the invitation went out.
    const [row] = await t.control
      .select()
      .from(controlSchema.onboardings)
      .where(eq(controlSchema.onboardings.id, started.id));
    expect(
      (row!.steps as { key: string; admin?: unknown }[]).find((s) => s.key === 'invited')!.admin,
    ).toBeNull();

    expect(await t.tenantRecord('region-auvergne')).toMatchObject({
      status: 'active',
      schemaVersion: TENANT_SCHEMA_VERSION,
    });
    const mail = await t.latestMailTo('jeunesse@auvergne.example');
    expect(mail?.subject).toBe('Invitation : Région Auvergne sur Passerelle');
    const admin = await t.signIn('jeunesse@auvergne.example');
    const adopted = await get('/api/t/region-auvergne/templates/adopted', admin);
    expect(adopted.items.map((a: { template: { name: string } }) => a.template.name).sort()).toEqual([
      'Mentorat des agents',
      'Pass’3e — semaine de découverte',
    ]);
    expect((await get('/api/t/region-auvergne/discovery/programs', admin)).items).toEqual([
      expect.objectContaining({ name: 'Pass’3e', weeks: [] }),
    ]);
    const runs = await get(`/api/national/replications?templateId=${pass3e}`);
    expect(runs.items[0]).toMatchObject({ onboardingId: started.id, status: 'done', total: 1, done: 1 });
  });

  it('marks the failing step with its French error, and posting again resumes where it stopped', async () => {
    const provision = t.deps.provisioner.provision;
    t.deps.provisioner.provision = async () => {
      throw new Error('quota de bases atteint');
    };
    let started: { id: string };
    try {
      started = await (
        await post(
          '/api/national/onboardings',
          region('region-bretagne', 'jeunesse@bretagne.example', [pass3e]),
        )
      ).json();
      await t.drain();
    } finally {
      t.deps.provisioner.provision = provision;
    }
    const failed = await get(`/api/national/onboardings/${started.id}`);
    expect(failed).toMatchObject({
      status: 'failed',
      error: 'L’étape a échoué (quota de bases atteint). Relancez l’ouverture.',
    });
    expect(failed.steps.map((s: { key: string; status: string }) => [s.key, s.status])).toEqual([
      ['created', 'done'],
      ['provisioned', 'failed'],
      ['migrated', 'pending'],
      ['templates', 'pending'],
      ['invited', 'pending'],
    ]);
    expect(await t.latestMailTo('jeunesse@bretagne.example')).toBeUndefined();

    const again = await post(
      '/api/national/onboardings',
      region('region-bretagne', 'jeunesse@bretagne.example', [pass3e]),
    );
    expect(again.status).toBe(202);
    expect((await again.json()).id).toBe(started.id);
    await t.drain();
    const ready = await get(`/api/national/onboardings/${started.id}`);
    expect(ready).toMatchObject({ status: 'ready', error: null });
    expect(await t.latestMailTo('jeunesse@bretagne.example')).toBeDefined();

    // Once ready, the slug is taken: a new onboarding is refused.
    const taken = await post(
      '/api/national/onboardings',
      region('region-bretagne', 'x@bretagne.example', []),
    );
    expect(taken.status).toBe(409);
    expect(
      (await t.request(`/api/national/onboardings/${started.id}/retry`, { method: 'POST', cookie: national }))
        .status,
    ).toBe(409);
  });

  it('resumes a failed onboarding through its retry route', async () => {
    // The template copy fails: the new database cannot be reached once it is open.
    const migrate = t.deps.connectTenant;
    let started: { id: string };
    t.deps.connectTenant = async (tenant) => {
      if (tenant.slug === 'region-normandie' && tenant.status === 'active')
        throw new Error('base injoignable');
      return migrate(tenant);
    };
    try {
      started = await (
        await post('/api/national/onboardings', {
          ...region('region-bretagne', 'jeunesse@normandie.example', [pass3e]),
          slug: 'region-normandie',
          name: 'Région Normandie',
          code: '28',
        })
      ).json();
      await t.drain();
    } finally {
      t.deps.connectTenant = migrate;
    }
    const failed = await get(`/api/national/onboardings/${started.id}`);
    expect(failed.status).toBe('failed');
    const step = failed.steps.find((s: { key: string }) => s.key === 'templates');
    expect(step.status).toBe('failed');
    expect(step.detail).toBe(
      'Modèle « Pass’3e — semaine de découverte » : La copie a échoué (base injoignable) : rien n’a été écrit.',
    );

    const retried = await t.request(`/api/national/onboardings/${started.id}/retry`, {
      method: 'POST',
      cookie: national,
    });
    expect(retried.status).toBe(202);
    await t.drain();
    expect((await get(`/api/national/onboardings/${started.id}`)).status).toBe('ready');
    const admin = await t.signIn('jeunesse@normandie.example');
    expect((await get('/api/t/region-normandie/templates/adopted', admin)).items).toHaveLength(1);
  });

  it('refuses unknown templates and a taken slug, and creates nothing', async () => {
    const before = (await get('/api/national/tenants')).total;
    const unknown = await post('/api/national/onboardings', {
      ...region('region-auvergne', 'a@b.example', ['tpl_00000000000000000000000000']),
      slug: 'region-occitanie',
    });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).error.fields.templateIds).toContain('tpl_00000000000000000000000000');
    const taken = await post('/api/national/onboardings', {
      ...region('region-auvergne', 'a@b.example', []),
      slug: 'province-sud',
    });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.fields.slug).toContain('existe déjà');
    const bad = await post('/api/national/onboardings', { slug: 'X', templateIds: 'non' });
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields)).toEqual(
      expect.arrayContaining(['slug', 'name', 'kind', 'code', 'adminEmail', 'templateIds']),
    );
    expect((await get('/api/national/tenants')).total).toBe(before);
  });
});
