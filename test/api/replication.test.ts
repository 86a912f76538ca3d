import { controlSchema, TENANT_SCHEMA_VERSION, tenantSchema } from '@passerelle/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resumeBackgroundWork } from '../../workers/api/src/background/resume-background-work.ts';
import { runReplication } from '../../workers/api/src/services/replication/run-replication.ts';
import { startReplication } from '../../workers/api/src/services/replication/start-replication.ts';
import { runTenantMigrations } from '../../workers/jobs/src/migrate-tenants-job.ts';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const CLERMONT = 'ville-de-clermont-ferrand';
const SURESNES = 'ville-de-suresnes';
const PROVINCE = 'province-sud';

describe('replicating a national template into tenants', () => {
  let t: TestApp;
  let national: string;
  let mentoringTemplate: { id: string; slug: string };
  let pass3e: { id: string };

  const post = (path: string, body: unknown, cookie = national) =>
    t.request(path, { method: 'POST', cookie, body: JSON.stringify(body) });
  const get = async (path: string, cookie = national) => (await t.request(path, { cookie })).json();
  const countRows = async (
    slug: string,
    table:
      | typeof tenantSchema.discoveryPrograms
      | typeof tenantSchema.mentoringPrograms
      | typeof tenantSchema.adoptedTemplates
      | typeof tenantSchema.conventionTemplates,
  ) => {
    const [row] = await (await t.tenantDb(slug)).select({ n: count() }).from(table);
    return row!.n;
  };
  const suresnesMentoring = async () =>
    (await get(`/api/national/tenants/${SURESNES}/programs`)).items.find(
      (p: { kind: string }) => p.kind === 'mentoring',
    );

  beforeAll(async () => {
    t = await startTestApp();
    national = await t.signIn(DEMO.national);
    pass3e = (await get('/api/national/templates?q=pass')).items[0];
  });
  afterAll(() => t.close());

  it('publishes a tenant’s program as a template that carries nobody’s people', async () => {
    const program = await suresnesMentoring();
    expect(program).toMatchObject({ name: 'Agents mentors de lycéens professionnels', adoptedFrom: null });
    const response = await post('/api/national/templates', {
      tenant: SURESNES,
      programKind: 'mentoring',
      programId: program.id,
      slug: 'mentorat-des-agents',
      name: 'Mentorat des agents de la collectivité',
      summary: 'Des agents volontaires mentorent des lycéens professionnels sur leur temps de travail.',
      changelog: 'Première version, d’après Suresnes.',
    });
    expect(response.status).toBe(201);
    const detail = await response.json();
    expect(detail).toMatchObject({
      slug: 'mentorat-des-agents',
      kind: 'mentoring',
      status: 'published',
      latestVersion: '1.0.0',
      sourceTenant: { slug: SURESNES, name: 'Ville de Suresnes' },
      adoptions: 0,
      versions: [{ version: '1.0.0', minSchemaVersion: TENANT_SCHEMA_VERSION }],
      definition: {
        kind: 'mentoring',
        mentoring: { name: 'Agents mentors de lycéens professionnels' },
        conventionTemplate: { kind: 'internal_agreement', signingOrder: 'parallel' },
      },
    });
    expect(detail.definition.surveyQuestions.length).toBeGreaterThan(0);
    mentoringTemplate = detail;

    // What is stored, for every version in the catalogue: no address, no signer, no organization.
    const stored = await t.control.select().from(controlSchema.programTemplateVersions);
    expect(stored.length).toBe(2);
    for (const version of stored) {
      const json = JSON.stringify(version.definition);
      expect(json).not.toMatch(/@/);
      expect(json).not.toMatch(/org_[0-9a-z]{26}/);
      expect(json).not.toContain('defaultSigner');
      expect(json).not.toContain('operatorOrganizationId');
      expect(json).not.toContain('Adjoint·e au maire');
    }
  });

  it('copies it into two tenants in the background, each with its program and its adoption', async () => {
    const response = await post('/api/national/replications', {
      templateId: mentoringTemplate.id,
      tenants: [CLERMONT, PROVINCE],
    });
    expect(response.status).toBe(202);
    const queued = await response.json();
    expect(queued).toMatchObject({ status: 'queued', total: 2, version: '1.0.0' });
    await t.drain();

    const run = await get(`/api/national/replications/${queued.id}`);
    expect(run).toMatchObject({ status: 'done', total: 2, done: 2, failed: 0 });
    expect(run.finishedAt).toEqual(expect.any(String));
    for (const slug of [CLERMONT, PROVINCE]) {
      const item = run.items.find((i: { tenant: { slug: string } }) => i.tenant.slug === slug);
      expect(item).toMatchObject({
        status: 'done',
        attempts: 1,
        error: null,
        programId: expect.stringMatching(/^mpg_/),
      });
    }

    const clermont = await t.signIn(DEMO.clermontAdmin);
    const programs = await get(`/api/t/${CLERMONT}/mentoring/programs`, clermont);
    const copied = programs.items.find(
      (p: { id: string }) => p.id === run.items[0].programId || p.id === run.items[1].programId,
    );
    expect(copied).toMatchObject({ name: 'Agents mentors de lycéens professionnels', operator: null });
    const adopted = await get(`/api/t/${CLERMONT}/templates/adopted`, clermont);
    expect(adopted.items).toEqual([
      expect.objectContaining({
        template: {
          id: mentoringTemplate.id,
          slug: 'mentorat-des-agents',
          name: 'Mentorat des agents de la collectivité',
        },
        version: '1.0.0',
        updateAvailable: false,
        localChangeCount: 0,
        program: { kind: 'mentoring', id: copied.id, name: 'Agents mentors de lycéens professionnels' },
      }),
    ]);
    const conventions = await get(`/api/t/${CLERMONT}/convention-templates`, clermont);
    expect(conventions.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Mentorat des agents sur le temps de travail', isPublic: false }),
      ]),
    );

    const detail = await get(`/api/national/templates/${mentoringTemplate.id}`);
    expect(detail.adoptions).toBe(2);
    expect(detail.adopters.map((a: { tenant: { slug: string } }) => a.tenant.slug).sort()).toEqual(
      [PROVINCE, CLERMONT].sort(),
    );
  });

  it('answers `already` for a tenant that has the template, without a second copy', async () => {
    const before = await countRows(CLERMONT, tenantSchema.mentoringPrograms);
    const queued = await (
      await post('/api/national/replications', { templateId: mentoringTemplate.id, tenants: [CLERMONT] })
    ).json();
    await t.drain();
    const run = await get(`/api/national/replications/${queued.id}`);
    expect(run).toMatchObject({ status: 'done', done: 1, items: [{ status: 'already' }] });
    expect(await countRows(CLERMONT, tenantSchema.mentoringPrograms)).toBe(before);
  });

  it('copies a tenant all or nothing: a failure mid-copy leaves nothing, and a retry completes', async () => {
    const province = await t.tenantDb(PROVINCE);
    const before = {
      programs: await countRows(PROVINCE, tenantSchema.discoveryPrograms),
      conventions: await countRows(PROVINCE, tenantSchema.conventionTemplates),
      adopted: await countRows(PROVINCE, tenantSchema.adoptedTemplates),
    };
    // The program and its convention template are written, then the adoption fails.
    await province.$client.execute(
      "CREATE TRIGGER fail_adoption BEFORE INSERT ON adopted_templates BEGIN SELECT RAISE(ABORT, 'disque plein'); END",
    );
    const queued = await (
      await post('/api/national/replications', { templateId: pass3e.id, tenants: [PROVINCE, SURESNES] })
    ).json();
    await t.drain();

    const run = await get(`/api/national/replications/${queued.id}`);
    expect(run).toMatchObject({ status: 'failed', total: 2, done: 1, failed: 1 });
    const failed = run.items.find((i: { tenant: { slug: string } }) => i.tenant.slug === PROVINCE);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, programId: null });
    expect(failed.error).toMatch(/^La copie a échoué \(.*disque plein.*\) : rien n’a été écrit\.$/);
    expect(await countRows(PROVINCE, tenantSchema.discoveryPrograms)).toBe(before.programs);
    expect(await countRows(PROVINCE, tenantSchema.conventionTemplates)).toBe(before.conventions);
    expect(await countRows(PROVINCE, tenantSchema.adoptedTemplates)).toBe(before.adopted);

    const report = await t.request(`/api/national/replications/${queued.id}/report.csv`, {
      cookie: national,
    });
    expect(report.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await report.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain('Province Sud;province-sud;Échec;3;');
    expect(csv).toContain('Ville de Suresnes;ville-de-suresnes;Copié;1;');

    await province.$client.execute('DROP TRIGGER fail_adoption');
    const retried = await post(`/api/national/replications/${queued.id}/retry`, {});
    expect(retried.status).toBe(202);
    expect((await retried.json()).status).toBe('queued');
    await t.drain();
    const after = await get(`/api/national/replications/${queued.id}`);
    expect(after).toMatchObject({ status: 'done', done: 2, failed: 0 });
    expect(await countRows(PROVINCE, tenantSchema.discoveryPrograms)).toBe(before.programs + 1);
    expect(await countRows(PROVINCE, tenantSchema.adoptedTemplates)).toBe(before.adopted + 1);

    const again = await post(`/api/national/replications/${queued.id}/retry`, {});
    expect(again.status).toBe(409);
  });

  it('gives an adopted Pass’3e program no weeks, and its screens’ reads still answer', async () => {
    const suresnes = await t.signIn(DEMO.suresnesAdmin);
    const [adopted] = (await get(`/api/t/${SURESNES}/templates/adopted`, suresnes)).items;
    expect(adopted).toMatchObject({ kind: 'discovery', template: { slug: 'pass-3e-semaine-de-decouverte' } });
    const base = `/api/t/${SURESNES}/discovery/programs/${adopted.program.id}`;
    expect(await get(base, suresnes)).toMatchObject({ name: 'Pass’3e', weeks: [], totalPlaces: 40 });
    for (const path of ['/hosts', '/quotas', '/students', '/groups', '/plan', '/summary']) {
      expect((await t.request(`${base}${path}`, { cookie: suresnes })).status, path).toBe(200);
    }
    const plan = await t.request(`${base}/plan`, { method: 'POST', cookie: suresnes, body: '{}' });
    expect(plan.status).toBe(409);
    expect((await plan.json()).error.message).toBe(
      'Aucune semaine d’accueil : ajoutez les semaines du programme avant de planifier.',
    );
    const weeks = await t.request(base, {
      method: 'PATCH',
      cookie: suresnes,
      body: JSON.stringify({ weeks: ['2027-03-08'] }),
    });
    expect((await weeks.json()).weeks).toEqual([expect.objectContaining({ startDate: '2027-03-08' })]);
  });

  it('resumes an interrupted run where it stopped, never copying a tenant twice', async () => {
    const second = await (
      await post('/api/national/templates', {
        tenant: SURESNES,
        programKind: 'mentoring',
        programId: (await suresnesMentoring()).id,
        slug: 'mentorat-des-agents-bis',
        name: 'Mentorat des agents (bis)',
        changelog: 'Pour la reprise.',
      })
    ).json();
    const ctx = { deps: t.deps, actorId: null, requestId: 'test', now: new Date() };
    const { runId } = await startReplication({
      ctx,
      data: { templateId: second.id, tenants: [CLERMONT, PROVINCE] },
    });
    let first = '';
    await expect(
      runReplication({
        deps: t.deps,
        runId,
        concurrency: 1,
        afterTenant: (slug) => {
          first = slug;
          throw new Error('crash');
        },
      }),
    ).rejects.toThrow('crash');
    const interrupted = await get(`/api/national/replications/${runId}`);
    expect(interrupted.status).toBe('running');
    expect(interrupted.items.find((i: { tenant: { slug: string } }) => i.tenant.slug === first).status).toBe(
      'done',
    );
    expect(interrupted.items.find((i: { tenant: { slug: string } }) => i.tenant.slug !== first).status).toBe(
      'pending',
    );

    // What a restart does: the embedded timer hands unfinished runs back to the background.
    const resumed = await resumeBackgroundWork({ deps: t.deps });
    expect(resumed).toEqual([{ type: 'replication', runId }]);
    await t.drain();
    const run = await get(`/api/national/replications/${runId}`);
    expect(run).toMatchObject({ status: 'done', done: 2 });
    expect(run.items.map((i: { status: string }) => i.status)).toEqual(['done', 'done']);
    for (const slug of [CLERMONT, PROVINCE]) {
      const rows = await (await t.tenantDb(slug))
        .select()
        .from(tenantSchema.adoptedTemplates)
        .where(eq(tenantSchema.adoptedTemplates.templateId, second.id));
      expect(rows.length).toBe(1);
    }
  });

  it('skips a tenant deleted during the run, saying why', async () => {
    const third = await (
      await post('/api/national/templates', {
        tenant: SURESNES,
        programKind: 'mentoring',
        programId: (await suresnesMentoring()).id,
        slug: 'mentorat-des-agents-ter',
        name: 'Mentorat des agents (ter)',
        changelog: 'Pour la suppression.',
      })
    ).json();
    const ctx = { deps: t.deps, actorId: null, requestId: 'test', now: new Date() };
    const { runId } = await startReplication({
      ctx,
      data: { templateId: third.id, tenants: [CLERMONT, PROVINCE] },
    });
    const { tenants } = controlSchema;
    let deleted = '';
    try {
      await runReplication({
        deps: t.deps,
        runId,
        concurrency: 1,
        afterTenant: async (slug) => {
          if (deleted) return;
          deleted = slug === CLERMONT ? PROVINCE : CLERMONT;
          await t.control.update(tenants).set({ status: 'deleted' }).where(eq(tenants.slug, deleted));
        },
      });
      const run = await get(`/api/national/replications/${runId}`);
      expect(run).toMatchObject({ status: 'done', done: 2, failed: 0 });
      const skipped = run.items.find((i: { tenant: { slug: string } }) => i.tenant.slug === deleted);
      expect(skipped).toMatchObject({ status: 'skipped', programId: null });
      expect(skipped.error).toBe(
        'La collectivité a été supprimée pendant la réplication : rien n’a été copié.',
      );
    } finally {
      await t.control.update(tenants).set({ status: 'active' }).where(eq(tenants.slug, deleted));
    }
    const rows = await (await t.tenantDb(deleted))
      .select()
      .from(tenantSchema.adoptedTemplates)
      .where(eq(tenantSchema.adoptedTemplates.templateId, third.id));
    expect(rows).toEqual([]);
  });

  it('refuses a tenant whose database is behind the template’s schema, clearly, until it is migrated', async () => {
    const { tenants } = controlSchema;
    await t.control
      .update(tenants)
      .set({ schemaVersion: TENANT_SCHEMA_VERSION - 1 })
      .where(eq(tenants.slug, CLERMONT));
    const queued = await (
      await post('/api/national/replications', {
        templateId: mentoringTemplate.id,
        tenants: [SURESNES, CLERMONT],
      })
    ).json();
    // Suresnes is the template's own source: it is skipped, not copied into itself.
    await t.drain();
    const run = await get(`/api/national/replications/${queued.id}`);
    expect(run).toMatchObject({ status: 'failed', done: 1, failed: 1 });
    const behind = run.items.find((i: { tenant: { slug: string } }) => i.tenant.slug === CLERMONT);
    expect(behind).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: `La base de la collectivité est au schéma ${TENANT_SCHEMA_VERSION - 1}, le modèle demande ${TENANT_SCHEMA_VERSION} : lancez la migration puis relancez.`,
    });
    expect(run.items.find((i: { tenant: { slug: string } }) => i.tenant.slug === SURESNES)).toMatchObject({
      status: 'skipped',
      error: expect.stringContaining('cette collectivité'),
    });

    await runTenantMigrations({ deps: t.deps });
    await post(`/api/national/replications/${queued.id}/retry`, {});
    await t.drain();
    const after = await get(`/api/national/replications/${queued.id}`);
    // Clermont already had this template: the retry finds its copy.
    expect(after.items.find((i: { tenant: { slug: string } }) => i.tenant.slug === CLERMONT).status).toBe(
      'already',
    );
    expect(after.status).toBe('done');
  });

  it('refuses bad inputs with the fields named, and changes nothing', async () => {
    const runsBefore = (await get('/api/national/replications')).total;
    const templatesBefore = (await get('/api/national/templates')).total;
    const program = await suresnesMentoring();

    const badVersion = await post('/api/national/templates', {
      tenant: SURESNES,
      programKind: 'mentoring',
      programId: program.id,
      slug: 'Pas bon !',
      name: '',
      version: 'v1',
    });
    expect(badVersion.status).toBe(422);
    expect(Object.keys((await badVersion.json()).error.fields).sort()).toEqual(['name', 'slug', 'version']);

    const taken = await post('/api/national/templates', {
      tenant: SURESNES,
      programKind: 'mentoring',
      programId: program.id,
      slug: 'mentorat-des-agents',
      name: 'Doublon',
    });
    expect(taken.status).toBe(409);
    expect((await taken.json()).error.fields.slug).toContain('existe déjà');

    const unknownTenant = await post('/api/national/templates', {
      tenant: 'nulle-part',
      programKind: 'mentoring',
      programId: program.id,
      slug: 'nulle-part',
      name: 'Nulle part',
    });
    expect(unknownTenant.status).toBe(422);
    expect((await unknownTenant.json()).error.fields.tenant).toContain('nulle-part');

    const older = await post(`/api/national/templates/${mentoringTemplate.id}/versions`, {
      version: '0.9.0',
      changelog: 'Plus ancienne',
      fromProgram: { tenant: SURESNES, programId: program.id },
    });
    expect(older.status).toBe(409);
    expect((await older.json()).error.fields.version).toContain('1.0.0');
    const both = await post(`/api/national/templates/${mentoringTemplate.id}/versions`, {
      bump: 'minor',
      version: '2.0.0',
      changelog: 'Les deux',
    });
    expect(both.status).toBe(422);
    expect(Object.keys((await both.json()).error.fields).sort()).toEqual(['definition', 'version']);
    const badDefinition = await post(`/api/national/templates/${mentoringTemplate.id}/versions`, {
      bump: 'minor',
      changelog: 'Définition cassée',
      definition: {
        format: 1,
        kind: 'mentoring',
        mentoring: { name: '' },
        surveyQuestions: [],
        documents: [],
      },
    });
    expect(badDefinition.status).toBe(422);
    expect(Object.keys((await badDefinition.json()).error.fields)).toContain('definition.mentoring.name');

    const unknown = await post('/api/national/replications', {
      templateId: mentoringTemplate.id,
      tenants: [CLERMONT, 'atlantide', 'lemurie'],
    });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).error.fields.tenants).toBe('Inconnues : atlantide, lemurie.');
    const empty = await post('/api/national/replications', { templateId: mentoringTemplate.id, tenants: [] });
    expect(empty.status).toBe(422);

    expect((await get('/api/national/replications')).total).toBe(runsBefore);
    expect((await get('/api/national/templates')).total).toBe(templatesBefore);
    expect((await get(`/api/national/templates/${mentoringTemplate.id}`)).versions).toHaveLength(1);
  });
});
