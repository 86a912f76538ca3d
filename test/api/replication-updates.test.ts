import { tenantSchema } from '@passerelle/db';
import type { ProgramTemplateDefinition } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const CLERMONT = 'ville-de-clermont-ferrand';
const SURESNES = 'ville-de-suresnes';

describe('a tenant adopting a template and reviewing its new versions field by field', () => {
  let t: TestApp;
  let national: string;
  let clermont: string;
  let suresnes: string;
  let template: { id: string; definition: ProgramTemplateDefinition };
  let adopted: { id: string; program: { id: string } };

  const send = (method: string, path: string, cookie: string, body?: unknown) =>
    t.request(path, { method, cookie, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const get = async (path: string, cookie: string) => (await t.request(path, { cookie })).json();
  const base = `/api/t/${CLERMONT}/templates`;

  beforeAll(async () => {
    t = await startTestApp();
    national = await t.signIn(DEMO.national);
    clermont = await t.signIn(DEMO.clermontAdmin);
    suresnes = await t.signIn(DEMO.suresnesAdmin);
    const program = (await get(`/api/national/tenants/${SURESNES}/programs`, national)).items.find(
      (p: { kind: string }) => p.kind === 'mentoring',
    );
    template = await (
      await send('POST', '/api/national/templates', national, {
        tenant: SURESNES,
        programKind: 'mentoring',
        programId: program.id,
        slug: 'mentorat-des-agents',
        name: 'Mentorat des agents',
        summary: 'Des agents mentorent des lycéens professionnels.',
      })
    ).json();
  });
  afterAll(() => t.close());

  it('shows the catalogue, adopts from it once, and refuses a second adoption', async () => {
    const catalogue = await get(`${base}/catalogue`, clermont);
    expect(catalogue.items.map((i: { slug: string }) => i.slug).sort()).toEqual([
      'mentorat-des-agents',
      'pass-3e-semaine-de-decouverte',
    ]);
    expect(catalogue.items.find((i: { slug: string }) => i.slug === 'mentorat-des-agents')).toMatchObject({
      adoptedVersion: null,
      fromThisTenant: false,
      sourceTenant: { name: 'Ville de Suresnes' },
    });
    // Clermont's own Pass'3e is in the catalogue, but it cannot adopt it into itself.
    const own = catalogue.items.find((i: { slug: string }) => i.slug === 'pass-3e-semaine-de-decouverte');
    expect(own.fromThisTenant).toBe(true);
    const refused = await send('POST', `${base}/catalogue/${own.id}/adopt`, clermont);
    expect(refused.status).toBe(409);

    const response = await send('POST', `${base}/catalogue/${template.id}/adopt`, clermont);
    expect(response.status).toBe(201);
    adopted = await response.json();
    expect(adopted).toMatchObject({
      version: '1.0.0',
      latestVersion: '1.0.0',
      updateAvailable: false,
      localChanges: [],
      update: null,
      history: [{ action: 'adopted', fromVersion: null, toVersion: '1.0.0', applied: [], skipped: [] }],
    });
    expect((await send('POST', `${base}/catalogue/${template.id}/adopt`, clermont)).status).toBe(409);
    expect(
      (await get(`${base}/catalogue`, clermont)).items.find((i: { id: string }) => i.id === template.id),
    ).toMatchObject({
      adoptedVersion: '1.0.0',
    });
    const detail = await get(`/api/national/templates/${template.id}`, national);
    expect(detail.adopters).toEqual([
      {
        tenant: { slug: CLERMONT, name: 'Ville de Clermont-Ferrand' },
        version: '1.0.0',
        adoptedAt: expect.any(String),
      },
    ]);
  });

  it('lists the tenant’s own changes, then shows a new version as a three-way diff with conflicts', async () => {
    const program = `/api/t/${CLERMONT}/mentoring/programs/${adopted.program.id}`;
    expect(
      (await send('PATCH', program, clermont, { durationMonths: 9, name: 'Mentorat à Clermont' })).status,
    ).toBe(200);
    const mine = await get(`${base}/adopted/${adopted.id}`, clermont);
    expect(mine.localChanges.map((c: { path: string }) => c.path)).toEqual([
      'mentoring.durationMonths',
      'mentoring.name',
    ]);
    expect(mine.localChangeCount).toBe(2);
    // The tenant reads its copy as it runs it: its own values, the template's questions.
    expect(mine.definition.mentoring).toMatchObject({ durationMonths: 9, name: 'Mentorat à Clermont' });
    expect(mine.definition.surveyQuestions).toEqual(template.definition.surveyQuestions);

    const next = structuredClone(template.definition);
    next.mentoring!.durationMonths = 12;
    next.mentoring!.weights.interests = 5;
    next.conventionTemplate!.clauses.push({
      heading: 'Article 4 — Données',
      body: 'Les données sont protégées.',
    });
    next.surveyQuestions.push({ label: 'Recommanderiez-vous le mentorat ?', kind: 'yes_no' });
    const versioned = await send('POST', `/api/national/templates/${template.id}/versions`, national, {
      bump: 'minor',
      changelog: 'Durée portée à douze mois, intérêts mieux pondérés, article sur les données.',
      definition: next,
    });
    expect(versioned.status).toBe(201);
    expect((await versioned.json()).latestVersion).toBe('1.1.0');

    const detail = await get(`${base}/adopted/${adopted.id}`, clermont);
    expect(detail).toMatchObject({ version: '1.0.0', latestVersion: '1.1.0', updateAvailable: true });
    expect(detail.update.version).toBe('1.1.0');
    expect(detail.update.changelog).toContain('douze mois');
    expect(detail.update.changes.map((c: { path: string }) => c.path)).toEqual([
      'conventionTemplate.clauses.3',
      'mentoring.durationMonths',
      'mentoring.weights.interests',
      'surveyQuestions',
    ]);
    expect(
      detail.update.changes.find((c: { path: string }) => c.path === 'mentoring.durationMonths'),
    ).toMatchObject({
      label: 'Durée de l’accompagnement (mois)',
      base: 10,
      local: 9,
      target: 12,
      conflict: true,
    });
    expect((await get(`${base}/adopted`, clermont)).items[0]).toMatchObject({
      updateAvailable: true,
      localChangeCount: 2,
    });
  });

  it('refuses an apply that does not name every field, or an outdated version, and changes nothing', async () => {
    const before = await get(`${base}/adopted/${adopted.id}`, clermont);
    const partial = await send('POST', `${base}/adopted/${adopted.id}/apply`, clermont, {
      version: '1.1.0',
      apply: ['mentoring.weights.interests', 'mentoring.unknown'],
      skip: ['surveyQuestions', 'mentoring.weights.interests'],
    });
    expect(partial.status).toBe(422);
    expect((await partial.json()).error.fields).toEqual({
      'conventionTemplate.clauses.3': 'Choisissez d’appliquer ou d’ignorer ce champ.',
      'mentoring.durationMonths': 'Choisissez d’appliquer ou d’ignorer ce champ.',
      'mentoring.unknown': 'Ce champ ne fait pas partie de la mise à jour.',
      'mentoring.weights.interests': 'Ce champ est à la fois appliqué et ignoré.',
    });
    const outdated = await send('POST', `${base}/adopted/${adopted.id}/apply`, clermont, {
      version: '1.0.0',
      apply: [],
      skip: [],
    });
    expect(outdated.status).toBe(409);
    expect((await outdated.json()).error.fields.version).toContain('1.1.0');
    expect(await get(`${base}/adopted/${adopted.id}`, clermont)).toEqual(before);
  });

  it('applies the chosen fields, keeps the skipped ones as the tenant had them, and remembers it', async () => {
    const programBefore = await get(`/api/t/${CLERMONT}/mentoring/programs/${adopted.program.id}`, clermont);
    const response = await send('POST', `${base}/adopted/${adopted.id}/apply`, clermont, {
      version: '1.1.0',
      apply: ['conventionTemplate.clauses.3', 'mentoring.weights.interests', 'surveyQuestions'],
      skip: ['mentoring.durationMonths'],
    });
    expect(response.status).toBe(200);
    const detail = await response.json();
    expect(detail).toMatchObject({
      version: '1.1.0',
      updateAvailable: false,
      update: null,
      skippedFields: [
        { path: 'mentoring.durationMonths', label: 'Durée de l’accompagnement (mois)', version: '1.1.0' },
      ],
    });
    expect(detail.history).toEqual([
      expect.objectContaining({ action: 'adopted', toVersion: '1.0.0' }),
      expect.objectContaining({
        action: 'updated',
        fromVersion: '1.0.0',
        toVersion: '1.1.0',
        applied: ['conventionTemplate.clauses.3', 'mentoring.weights.interests', 'surveyQuestions'],
        skipped: ['mentoring.durationMonths'],
      }),
    ]);
    // Against the new base, the tenant's kept value is now one of its own changes.
    expect(
      detail.localChanges.map((c: { path: string; base: unknown; local: unknown }) => [
        c.path,
        c.base,
        c.local,
      ]),
    ).toEqual([
      ['mentoring.durationMonths', 12, 9],
      ['mentoring.name', 'Agents mentors de lycéens professionnels', 'Mentorat à Clermont'],
    ]);

    const program = await get(`/api/t/${CLERMONT}/mentoring/programs/${adopted.program.id}`, clermont);
    expect(program).toMatchObject({ name: 'Mentorat à Clermont', durationMonths: 9 });
    expect(program.weights).toEqual({ ...programBefore.weights, interests: 5 });

    // The convention template got a new version (versions are immutable), the article at the end.
    const db = await t.tenantDb(CLERMONT);
    const [row] = await db
      .select({ conventionTemplateId: tenantSchema.adoptedTemplates.conventionTemplateId })
      .from(tenantSchema.adoptedTemplates)
      .where(eq(tenantSchema.adoptedTemplates.id, adopted.id));
    const convention = await get(
      `/api/t/${CLERMONT}/convention-templates/${row!.conventionTemplateId}`,
      clermont,
    );
    expect(convention.currentVersion).toBe(2);
    expect(convention.version.clauses.at(-1)).toEqual({
      heading: 'Article 4 — Données',
      body: 'Les données sont protégées.',
    });
    expect(convention.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const again = await send('POST', `${base}/adopted/${adopted.id}/apply`, clermont, {
      version: '1.1.0',
      apply: [],
      skip: [],
    });
    expect(again.status).toBe(409);
    expect((await get(`/api/national/templates/${template.id}`, national)).adopters[0].version).toBe('1.1.0');
  });

  it('refuses a combination of fields that does not hold together, naming the field', async () => {
    const next = structuredClone(template.definition);
    next.mentoring!.weights.interests = 5;
    next.conventionTemplate!.signatories = next.conventionTemplate!.signatories.filter(
      (s) => s.role !== 'tenant_representative',
    );
    next.conventionTemplate!.clauses.push({
      heading: 'Article 4 — Données',
      body: 'Les données sont protégées.',
    });
    const refused = await send('POST', `/api/national/templates/${template.id}/versions`, national, {
      version: '1.2.0',
      changelog: 'Sans la collectivité',
      definition: next,
    });
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.fields).toHaveProperty(['definition.conventionTemplate.signatories']);
  });

  it('lets a tenant propose its program: not in the catalogue until the national coordination publishes it', async () => {
    const programs = await get(`/api/t/${SURESNES}/mentoring/programs`, suresnes);
    const response = await send('POST', `/api/t/${SURESNES}/templates/proposals`, suresnes, {
      programKind: 'mentoring',
      programId: programs.items[0].id,
      name: 'Mentorat des agents de Suresnes',
      summary: 'Notre programme, tel qu’il fonctionne.',
    });
    expect(response.status).toBe(201);
    const proposal = await response.json();
    expect(proposal).toMatchObject({
      status: 'proposed',
      latestVersion: '1.0.0',
      sourceTenant: { slug: SURESNES },
      slug: 'mentorat-des-agents-de-suresnes-ville-de-suresnes',
    });
    expect((await get(`${base}/catalogue`, clermont)).items.map((i: { id: string }) => i.id)).not.toContain(
      proposal.id,
    );
    expect((await t.request(`${base}/catalogue/${proposal.id}`, { cookie: clermont })).status).toBe(404);
    expect((await get(`/api/t/${SURESNES}/templates/catalogue/${proposal.id}`, suresnes)).status).toBe(
      'proposed',
    );
    const listed = await get('/api/national/templates?status=proposed', national);
    expect(listed).toMatchObject({ total: 1, items: [{ id: proposal.id }] });

    const published = await send('POST', `/api/national/templates/${proposal.id}/publish`, national);
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ status: 'published', versions: [{ version: '1.0.0' }] });
    expect((await get(`${base}/catalogue`, clermont)).items.map((i: { id: string }) => i.id)).toContain(
      proposal.id,
    );
    expect((await send('POST', `/api/national/templates/${proposal.id}/publish`, national)).status).toBe(409);
  });
});
