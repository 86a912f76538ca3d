import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, fixtureId, recordingStub, signedIn } from '../support/api-stub.ts';
import { expectNoAxeViolations } from '../support/browser.ts';
import { screenQueries } from '../support/screen-queries.ts';
import { serveStubbedSpa } from '../support/stubbed-spa.ts';

// The national templates and replication screens, and a tenant's catalogue and three-way diff,
// against a stub answering docs/api-replication.md's shapes. Page-level only: the journey against
// the real backend is replication.e2e.test.ts.

const tenantSlug = 'ville-exemple';
const ids = {
  template: fixtureId('tpl', 1),
  proposed: fixtureId('tpl', 2),
  created: fixtureId('tpl', 3),
  run: fixtureId('rrn', 1),
  onboarding: fixtureId('onb', 1),
  brokenOnboarding: fixtureId('onb', 2),
  adopted: fixtureId('ade', 1),
  stale: fixtureId('ade', 2),
  program: fixtureId('mpg', 1),
};

const tenants = [
  { slug: 'ville-de-suresnes', name: 'Ville de Suresnes' },
  { slug: 'ville-de-clermont-ferrand', name: 'Ville de Clermont-Ferrand' },
  { slug: 'province-sud', name: 'Province Sud' },
];

const definitionV1 = {
  format: 1,
  kind: 'mentoring',
  mentoring: {
    name: 'Agents mentors de lycéens professionnels',
    audienceLevels: ['2nde', '1re'],
    eligibility: {
      mode: 'any',
      scholarship: true,
      priorityEducation: false,
      priorityNeighbourhood: true,
      custom: ['Sans réseau professionnel'],
    },
    season: '2026-2027',
    durationMonths: 10,
    defaultCapacity: 1,
    weights: { interests: 3, distance: 1, availability: 2, preferences: 1, language: 1 },
    agentHoursAllowance: 40,
    noMeetingReminderWeeks: 4,
  },
  conventionTemplate: {
    name: 'Convention agents',
    kind: 'internal_agreement',
    title: 'Convention de mentorat des agents',
    clauses: [
      { heading: 'Objet', body: 'Entre {{collectivite}} et {{partenaire}}.' },
      { heading: 'Durée', body: 'La convention vaut {{duree_annees}} ans.' },
    ],
    commitmentTypes: ['agent_mentoring_hours'],
    durationMonths: 36,
    signatories: [
      { role: 'partner_representative', label: 'Le service' },
      { role: 'tenant_representative', label: 'Le maire' },
    ],
    signingOrder: 'sequential',
  },
  surveyQuestions: [{ label: 'Le mentorat vous a-t-il aidé ?', kind: 'scale' }],
  documents: [],
};

const summary = (extra: Record<string, unknown> = {}) => ({
  id: ids.template,
  slug: 'mentorat-des-agents',
  name: 'Mentorat des agents',
  kind: 'mentoring',
  summary: 'Des agents de la ville mentorent des lycéens professionnels sur leur temps de travail.',
  status: 'published',
  latestVersion: '1.0.0',
  sourceTenant: tenants[0],
  adoptions: 1,
  updatedAt: '2026-09-01T10:00:00Z',
  ...extra,
});

const proposed = summary({
  id: ids.proposed,
  slug: 'pass3e',
  name: 'Pass’3e',
  kind: 'discovery',
  summary: null,
  status: 'proposed',
  sourceTenant: tenants[1],
  adoptions: 0,
});

const runOf = (status: string, items: { status: string; attempts: number; error: string | null }[]) => ({
  id: ids.run,
  template: { id: ids.template, name: 'Mentorat des agents', slug: 'mentorat-des-agents' },
  version: '1.0.0',
  status,
  total: 2,
  done: items.filter((i) => ['done', 'already', 'skipped'].includes(i.status)).length,
  failed: items.filter((i) => i.status === 'failed').length,
  createdAt: '2026-09-02T10:00:00Z',
  startedAt: '2026-09-02T10:00:01Z',
  finishedAt: status === 'done' || status === 'failed' ? '2026-09-02T10:00:05Z' : null,
  items: items.map((item, index) => ({
    tenant: tenants[index + 1],
    programId: item.status === 'done' ? fixtureId('mpg', 10 + index) : null,
    ...item,
  })),
});

const pending = { status: 'pending', attempts: 0, error: null };
const done = { status: 'done', attempts: 1, error: null };
const failedItem = {
  status: 'failed',
  attempts: 1,
  error: 'La base de données de la collectivité ne répond pas. Réessayez dans quelques minutes.',
};
/** Each poll of the run moves it on one step; a retry starts again from "queued". */
const runSteps = [
  runOf('running', [pending, pending]),
  runOf('running', [done, { ...pending, status: 'running' }]),
  runOf('failed', [done, failedItem]),
];
const retrySteps = [
  runOf('queued', [done, { ...pending, attempts: 1 }]),
  runOf('done', [done, { ...done, attempts: 2 }]),
];

const stepLabels: [string, string][] = [
  ['created', 'Collectivité enregistrée'],
  ['provisioned', 'Base de données créée'],
  ['migrated', 'Base de données à jour'],
  ['templates', 'Programmes installés'],
  ['invited', 'Coordination invitée'],
];
const onboardingAt = (poll: number) => {
  const doneCount = Math.min(poll + 1, 5);
  const ready = doneCount === 5;
  return {
    id: ids.onboarding,
    slug: 'ville-de-nouvelle',
    tenant: ready ? { slug: 'ville-de-nouvelle', name: 'Ville de Nouvelle' } : null,
    status: ready ? 'ready' : 'running',
    steps: stepLabels.map(([key, label], index) => ({
      key,
      label,
      status: index < doneCount ? 'done' : index === doneCount ? 'running' : 'pending',
      detail: key === 'templates' && index < doneCount ? '1 programme installé' : null,
    })),
    error: null,
    createdAt: '2026-09-03T10:00:00Z',
    updatedAt: '2026-09-03T10:00:00Z',
  };
};

const changes = [
  {
    path: 'conventionTemplate.clauses.2',
    label: 'Convention : article 3',
    target: { heading: 'Données personnelles', body: 'Les données sont traitées selon le RGPD.' },
    localChanged: false,
    conflict: false,
    alreadyApplied: false,
  },
  {
    path: 'mentoring.audienceLevels',
    label: 'Niveaux concernés',
    base: ['2nde', '1re'],
    local: ['2nde', '1re'],
    target: ['2nde', '1re', 'terminale'],
    localChanged: false,
    conflict: false,
    alreadyApplied: false,
  },
  {
    path: 'mentoring.durationMonths',
    label: 'Durée de l’accompagnement (mois)',
    base: 10,
    local: 9,
    target: 12,
    localChanged: true,
    conflict: true,
    alreadyApplied: false,
  },
  {
    path: 'mentoring.weights.interests',
    label: 'Poids du critère « centres d’intérêt et métier »',
    base: 3,
    local: 3,
    target: 5,
    localChanged: false,
    conflict: false,
    alreadyApplied: false,
  },
];

const adopted = (adoptedId: string, applied: boolean) => ({
  id: adoptedId,
  template: { id: ids.template, slug: 'mentorat-des-agents', name: 'Mentorat des agents' },
  kind: 'mentoring',
  version: applied ? '2.0.0' : '1.0.0',
  latestVersion: '2.0.0',
  updateAvailable: !applied,
  program: { kind: 'mentoring', id: ids.program, name: 'Agents mentors de lycéens professionnels' },
  localChangeCount: 1,
  adoptedAt: '2026-09-02T10:00:00Z',
  updatedAt: '2026-09-02T10:00:00Z',
});

const adoptedDetail = (adoptedId: string, applied: boolean) => ({
  ...adopted(adoptedId, applied),
  localChanges: [
    { path: 'mentoring.durationMonths', label: 'Durée de l’accompagnement (mois)', base: 10, local: 9 },
  ],
  history: [
    {
      action: 'adopted',
      fromVersion: null,
      toVersion: '1.0.0',
      applied: [],
      skipped: [],
      at: '2026-09-02T10:00:00Z',
    },
    ...(applied
      ? [
          {
            action: 'updated',
            fromVersion: '1.0.0',
            toVersion: '2.0.0',
            applied: ['a', 'b', 'c'],
            skipped: ['d'],
            at: '2026-09-10T10:00:00Z',
          },
        ]
      : []),
  ],
  update: applied
    ? null
    : {
        version: '2.0.0',
        changelog: 'Poids des centres d’intérêt relevé ; durée portée à 12 mois ; article sur les données.',
        changes,
      },
  definition: { ...definitionV1, mentoring: { ...definitionV1.mentoring, durationMonths: 9 } },
});

function replicationStub() {
  const state = {
    runPoll: 0,
    retried: false,
    onboardingPoll: 0,
    onboardingRetried: false,
    applied: false,
    v2: false,
    published: false,
  };
  const reset = () => {
    writes.length = 0;
    Object.assign(state, {
      runPoll: 0,
      retried: false,
      onboardingPoll: 0,
      onboardingRetried: false,
      applied: false,
      v2: false,
      published: false,
    });
  };
  const detail = (templateId: string) => {
    if (templateId === ids.proposed) {
      return {
        ...proposed,
        status: state.published ? 'published' : 'proposed',
        versions: [
          {
            version: '1.0.0',
            changelog: 'Proposé par Clermont-Ferrand.',
            minSchemaVersion: 1,
            createdAt: '2026-09-01T10:00:00Z',
          },
        ],
        definition: {
          format: 1,
          kind: 'discovery',
          discovery: {
            name: 'Pass’3e',
            season: '2026-2027',
            totalPlaces: 120,
            priorityWeights: { 'REP+': 1.5, REP: 1.25, none: 1 },
            minimumPerSchool: 2,
            groupSize: 5,
            layout: ['citizenship', 'service', 'service', 'service', 'restitution'],
          },
          surveyQuestions: [],
          documents: [],
        },
        adopters: [],
      };
    }
    const versions = [
      {
        version: '1.0.0',
        changelog: 'Première version, issue du programme de Suresnes.',
        minSchemaVersion: 1,
        createdAt: '2026-09-01T10:00:00Z',
      },
    ];
    if (state.v2) {
      versions.unshift({
        version: '2.0.0',
        changelog: 'Poids relevé.',
        minSchemaVersion: 1,
        createdAt: '2026-09-05T10:00:00Z',
      });
    }
    return {
      ...summary({ id: templateId, latestVersion: state.v2 ? '2.0.0' : '1.0.0' }),
      versions,
      definition: definitionV1,
      adopters: [{ tenant: tenants[0], version: '1.0.0', adoptedAt: '2026-09-01T10:00:00Z' }],
    };
  };

  const { stub, writes } = recordingStub(({ method, path: pathname, query, body }) => {
    if (pathname === '/api/me') {
      return signedIn({
        identity: { id: 'idt_1', email: 'coordination@collectif.example', name: 'Camille Coordination' },
        isNationalAdmin: true,
        memberships: [{ tenant: { slug: tenantSlug, name: 'Ville d’Exemple' }, role: 'tenant_admin' }],
      });
    }
    if (pathname === '/api/national/tenants') {
      const items = tenants.map((t) => ({
        ...t,
        kind: 'commune',
        code: '92073',
        status: 'active',
        schemaVersion: 12,
        brandColor: null,
        createdAt: '2025-01-01T00:00:00Z',
      }));
      return { status: 200, json: { items, page: 1, pageSize: 100, total: items.length } };
    }
    const programsOf = /^\/api\/national\/tenants\/([^/]+)\/programs$/.exec(pathname);
    if (programsOf) {
      const items =
        programsOf[1] === 'ville-de-suresnes'
          ? [
              {
                kind: 'mentoring',
                id: ids.program,
                name: 'Agents mentors de lycéens professionnels',
                season: '2026-2027',
                adoptedFrom: null,
              },
            ]
          : [];
      return { status: 200, json: { items } };
    }
    if (pathname === '/api/national/templates' && method === 'GET') {
      const q = (query.get('q') ?? '').toLowerCase();
      const status = query.get('status');
      const items = [summary(), proposed].filter(
        (t) => (!q || t.name.toLowerCase().includes(q)) && (!status || t.status === status),
      );
      return { status: 200, json: { items, page: 1, pageSize: 20, total: items.length } };
    }
    if (pathname === '/api/national/templates' && method === 'POST') {
      if (body?.slug === 'mentorat-des-agents') {
        return apiError(409, 'CONFLICT', 'Cet identifiant est déjà pris.', {
          slug: 'Un modèle porte déjà cet identifiant : choisissez-en un autre.',
        });
      }
      return { status: 201, json: { ...detail(ids.created), id: ids.created, name: body?.name } };
    }
    const template = /^\/api\/national\/templates\/([^/]+)(\/[a-z]+)?$/.exec(pathname);
    if (template) {
      const [, templateId = '', action] = template;
      if (![ids.template, ids.proposed, ids.created].includes(templateId)) {
        return apiError(404, 'NOT_FOUND', 'Modèle introuvable.');
      }
      if (action === '/versions' && method === 'POST') {
        state.v2 = true;
        return { status: 201, json: detail(templateId) };
      }
      if (action === '/publish' && method === 'POST') {
        state.published = true;
        return { status: 200, json: detail(templateId) };
      }
      if (!action) return { status: 200, json: detail(templateId) };
    }
    if (pathname === '/api/national/replications' && method === 'POST') {
      state.runPoll = 0;
      return { status: 202, json: runOf('queued', [pending, pending]) };
    }
    if (pathname === '/api/national/replications' && method === 'GET') {
      const { items: _items, ...run } = runOf('failed', [done, failedItem]);
      return { status: 200, json: { items: [run], page: 1, pageSize: 20, total: 1 } };
    }
    if (pathname === `/api/national/replications/${ids.run}`) {
      const steps = state.retried ? retrySteps : runSteps;
      const answer = steps[Math.min(state.runPoll, steps.length - 1)];
      state.runPoll++;
      return { status: 200, json: answer };
    }
    if (pathname === `/api/national/replications/${ids.run}/retry` && method === 'POST') {
      state.retried = true;
      state.runPoll = 0;
      return { status: 202, json: retrySteps[0] };
    }
    if (pathname === '/api/national/onboardings' && method === 'POST') {
      state.onboardingPoll = 0;
      return { status: 202, json: onboardingAt(0) };
    }
    if (pathname === `/api/national/onboardings/${ids.brokenOnboarding}`) {
      if (state.onboardingRetried) return { status: 200, json: onboardingAt(4) };
      const failed = onboardingAt(0);
      failed.steps[1] = { ...failed.steps[1]!, status: 'failed', detail: null };
      return {
        status: 200,
        json: {
          ...failed,
          id: ids.brokenOnboarding,
          status: 'failed',
          error: 'La base de données n’a pas pu être créée : le service ne répond pas.',
        },
      };
    }
    if (pathname === `/api/national/onboardings/${ids.brokenOnboarding}/retry` && method === 'POST') {
      state.onboardingRetried = true;
      return { status: 202, json: onboardingAt(1) };
    }
    if (pathname === `/api/national/onboardings/${ids.onboarding}`) {
      return { status: 200, json: onboardingAt(state.onboardingPoll++) };
    }

    const t = `/api/t/${tenantSlug}`;
    if (pathname === t) {
      return {
        status: 200,
        json: {
          slug: tenantSlug,
          name: 'Ville d’Exemple',
          kind: 'commune',
          brandColor: '#0b5394',
          role: 'tenant_admin',
          roles: ['tenant_admin'],
        },
      };
    }
    if (pathname === `${t}/templates/catalogue`) {
      return {
        status: 200,
        json: {
          items: [
            { ...summary({ latestVersion: '2.0.0' }), adoptedVersion: '1.0.0' },
            {
              ...summary({
                id: fixtureId('tpl', 4),
                name: 'Pass’3e des collèges',
                kind: 'discovery',
                slug: 'pass3e-colleges',
                sourceTenant: tenants[1],
              }),
              adoptedVersion: null,
            },
          ],
        },
      };
    }
    if (pathname === `${t}/templates/catalogue/${fixtureId('tpl', 4)}/adopt` && method === 'POST') {
      return {
        status: 201,
        json: {
          ...adoptedDetail(fixtureId('ade', 9), true),
          id: fixtureId('ade', 9),
          program: { kind: 'discovery', id: fixtureId('dpg', 9), name: 'Pass’3e des collèges' },
        },
      };
    }
    if (pathname === `${t}/templates/adopted`) {
      return { status: 200, json: { items: [adopted(ids.adopted, state.applied)] } };
    }
    const adoptedOne = /^\/api\/t\/[^/]+\/templates\/adopted\/([^/]+)(\/apply)?$/.exec(pathname);
    if (adoptedOne) {
      const [, adoptedId = '', apply] = adoptedOne;
      if (apply && adoptedId === ids.stale) {
        return apiError(409, 'CONFLICT', 'Une version plus récente du modèle est parue.');
      }
      if (apply) {
        state.applied = true;
        return { status: 200, json: adoptedDetail(adoptedId, true) };
      }
      if (adoptedId === ids.adopted || adoptedId === ids.stale || adoptedId === fixtureId('ade', 9)) {
        return { status: 200, json: adoptedDetail(adoptedId, adoptedId === ids.adopted && state.applied) };
      }
      return apiError(404, 'NOT_FOUND', 'Modèle adopté introuvable.');
    }
    if (pathname === `${t}/templates/proposals` && method === 'POST') {
      return {
        status: 201,
        json: summary({ id: fixtureId('tpl', 5), name: body?.name, status: 'proposed' }),
      };
    }
    if (pathname === `${t}/mentoring/programs`) {
      return {
        status: 200,
        json: { items: [{ id: ids.program, name: 'Mentorat collégiens', season: '2026-2027' }] },
      };
    }
    if (pathname === `${t}/discovery/programs`) return { status: 200, json: { items: [] } };
    return undefined;
  });
  return { stub, writes, state, reset };
}

describe('replication screens', () => {
  const { stub, writes, reset } = replicationStub();
  const spa = serveStubbedSpa({ tempPrefix: 'passerelle-replication-', stub });
  let page: Page;
  const { expectHeading, focusedId, isFocused, text, errorOf, shot } = screenQueries(() => page);
  const lastWrite = (suffix: string) => writes.findLast((w) => w.path.endsWith(suffix));

  beforeEach(async () => {
    reset();
    page = await spa.newPage();
    page.setDefaultTimeout(8_000);
    return () => page.close();
  });

  it('lists the national templates, filters them, and says so when none matches', async () => {
    await page.goto(`${spa.url}/national`);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Modèles de programmes' }).click();
    await expectHeading('Modèles de programmes');
    const row = page.getByRole('row', { name: /Mentorat des agents/ });
    expect(await text(row)).toContain('Ville de Suresnes');
    expect(await text(row)).toContain('1.0.0');
    expect(await text(row)).toContain('Publié');
    expect(await text(page.getByRole('row', { name: /Pass’3e/ }))).toContain('Proposé par une collectivité');
    await expectNoAxeViolations(page, 'national catalogue');
    await shot('catalogue');

    await page.getByLabel('Statut').selectOption('proposed');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await page.getByLabel('Statut').selectOption('');
    await page.getByLabel('Rechercher un modèle').fill('zzz');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('Aucun modèle ne correspond à cette recherche.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
  });

  it('publishes a tenant’s program as a template: errors by field, a taken slug, then the detail', async () => {
    await page.goto(`${spa.url}/national/modeles`);
    await page.getByRole('button', { name: 'Publier un modèle' }).click();
    await expect.poll(focusedId).toBe('publier-titre');
    await page.getByRole('button', { name: 'Publier le modèle' }).click();
    const summaryBox = page.locator('.error-summary');
    await expect.poll(() => text(summaryBox)).toContain('Le formulaire contient 4 erreurs');
    await expect.poll(() => isFocused(summaryBox)).toBe(true);
    expect(await errorOf(page.getByLabel('Collectivité d’origine'))).toContain('Choisissez la collectivité');
    await expectNoAxeViolations(page, 'publish form with errors');
    await shot('publish-form');

    await page.getByLabel('Collectivité d’origine').selectOption('ville-de-suresnes');
    const program = page.getByRole('radio', {
      name: /Agents mentors de lycéens professionnels — Mentorat, 2026-2027/,
    });
    await program.check();
    // The name follows the chosen program, the identifier the name.
    expect(await page.getByLabel('Nom du modèle').inputValue()).toBe(
      'Agents mentors de lycéens professionnels',
    );
    await page.getByLabel('Nom du modèle').fill('Mentorat des agents');
    expect(await page.getByLabel('Identifiant du modèle').inputValue()).toBe('mentorat-des-agents');
    await page.getByLabel('Notes de version').fill('Première version, issue du programme de Suresnes.');
    await page.getByRole('button', { name: 'Publier le modèle' }).click();
    const slug = page.getByLabel('Identifiant du modèle');
    await expect.poll(() => errorOf(slug)).toContain('Un modèle porte déjà cet identifiant');
    expect(await program.isChecked()).toBe(true);

    await slug.fill('mentorat-des-agents-municipaux');
    await page.getByRole('button', { name: 'Publier le modèle' }).click();
    await page.waitForURL(`${spa.url}/national/modeles/${ids.created}`);
    await page.getByText('Le modèle « Mentorat des agents » est publié en version 1.0.0.').waitFor();
    expect(lastWrite('/api/national/templates')?.body).toEqual({
      tenant: 'ville-de-suresnes',
      programKind: 'mentoring',
      programId: ids.program,
      slug: 'mentorat-des-agents-municipaux',
      name: 'Mentorat des agents',
      version: '1.0.0',
      changelog: 'Première version, issue du programme de Suresnes.',
    });
  });

  it('shows a template readably and publishes a new version from the edited fields', async () => {
    await page.goto(`${spa.url}/national/modeles/${ids.template}`);
    await expectHeading('Mentorat des agents');
    const weights = page.getByRole('table', { name: 'Poids de chaque critère, de 0 à 10' });
    expect(await text(weights.getByRole('row', { name: /Centres d’intérêt et métier/ }))).toContain('3');
    await page.getByText('Article 2 — Durée').waitFor();
    await page.getByText('Première version, issue du programme de Suresnes.').waitFor();
    expect(await text(page.getByRole('row', { name: /Ville de Suresnes/ }))).toContain('1.0.0');
    await expectNoAxeViolations(page, 'template detail');
    await shot('template-detail');

    await page.getByRole('button', { name: 'Publier une nouvelle version' }).click();
    await expect.poll(focusedId).toBe('version-titre');
    const submit = page.getByRole('button', { name: 'Publier la version 2.0.0' });
    await submit.click();
    const summaryBox = page.locator('.error-summary');
    await expect.poll(() => text(summaryBox)).toContain('Notes de version');
    await page
      .getByLabel('Notes de version')
      .fill('Poids relevé ; durée portée à 12 mois ; article sur les données.');
    await submit.click();
    await expect.poll(() => text(summaryBox)).toContain('Rien n’a changé depuis la version 1.0.0');

    const interests = page.getByLabel('Centres d’intérêt et métier', { exact: true });
    await interests.fill('12');
    await submit.click();
    await expect.poll(() => errorOf(interests)).toContain('Indiquez un poids entier de 0 à 10.');
    await summaryBox.getByRole('link', { name: /Poids : centres d’intérêt et métier/ }).click();
    await expect.poll(focusedId).toBe('version-mentoring-weights-interests');
    await interests.fill('5');
    await page.getByLabel('Durée de l’accompagnement (mois)', { exact: true }).fill('12');
    await page.getByRole('button', { name: 'Ajouter un article' }).click();
    await expect.poll(focusedId).toBe('version-conventionTemplate-clauses-2-heading');
    await page.keyboard.type('Données personnelles');
    await page
      .locator('#version-conventionTemplate-clauses-2-body')
      .fill('Les données sont traitées selon le RGPD.');
    await page.getByLabel('Corrective : 1.0.1 — Une correction de texte ou de coquille.').check();
    await page.getByRole('button', { name: 'Publier la version 1.0.1' }).waitFor();
    await page.getByLabel(/^Majeure : 2\.0\.0/).check();
    await expectNoAxeViolations(page, 'new version form');
    await shot('version-form');
    await submit.click();
    await page.getByText(/La version 2\.0\.0 est publiée\./).waitFor();
    const sent = lastWrite('/versions')?.body as {
      bump: string;
      changelog: string;
      definition: typeof definitionV1;
    };
    expect(sent.bump).toBe('major');
    expect(sent.definition.mentoring.weights.interests).toBe(5);
    expect(sent.definition.mentoring.durationMonths).toBe(12);
    expect(sent.definition.conventionTemplate.clauses).toEqual([
      ...definitionV1.conventionTemplate.clauses,
      { heading: 'Données personnelles', body: 'Les données sont traitées selon le RGPD.' },
    ]);
    // Fields the editor does not show travel unchanged.
    expect(sent.definition.surveyQuestions).toEqual(definitionV1.surveyQuestions);
    expect(sent.definition.conventionTemplate.signatories).toEqual(
      definitionV1.conventionTemplate.signatories,
    );
  });

  it('publishes a tenant’s proposal', async () => {
    await page.goto(`${spa.url}/national/modeles/${ids.proposed}`);
    await expectHeading('Pass’3e');
    await page.getByText('Jour 1 :').waitFor();
    expect(await page.getByRole('button', { name: 'Répliquer dans des collectivités' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Publier ce modèle au catalogue' }).click();
    await page.getByText('Le modèle « Pass’3e » est publié au catalogue.').waitFor();
    expect(lastWrite('/publish')?.method).toBe('POST');
  });

  it('replicates into chosen tenants and follows the run to its end, failures retried', async () => {
    await page.goto(`${spa.url}/national/modeles/${ids.template}`);
    await page.getByRole('button', { name: 'Répliquer dans des collectivités' }).click();
    await expect.poll(focusedId).toBe('repliquer-titre');
    await page.getByRole('button', { name: 'Lancer la réplication' }).click();
    await expect
      .poll(() => text(page.locator('.error-summary')))
      .toContain('Cochez au moins une collectivité.');
    await page.getByLabel('Tout sélectionner (3)').check();
    await page.getByText('3 collectivités cochées.').waitFor();
    await page.getByLabel(/Ville de Suresnes/).uncheck();
    expect(
      await page.getByLabel('Tout sélectionner (3)').evaluate((el) => (el as HTMLInputElement).indeterminate),
    ).toBe(true);
    expect(await text(page.locator('label', { hasText: 'Ville de Suresnes' }))).toContain(
      '(a adopté la version 1.0.0)',
    );
    await expectNoAxeViolations(page, 'replicate form');
    await shot('replicate-form');
    await page.getByRole('button', { name: 'Lancer la réplication' }).click();

    await page.waitForURL(`${spa.url}/national/replications/${ids.run}`);
    expect(lastWrite('/api/national/replications')?.body).toEqual({
      templateId: ids.template,
      version: '1.0.0',
      tenants: ['ville-de-clermont-ferrand', 'province-sud'],
    });
    const bar = page.getByRole('progressbar', { name: 'Progression' });
    await expect.poll(() => bar.getAttribute('aria-valuenow'), { timeout: 5_000 }).toBe('1');
    await page.getByRole('status').filter({ hasText: 'Réplication terminée avec des échecs' }).waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe('2');
    expect(await bar.getAttribute('aria-valuemax')).toBe('2');
    const province = page.getByRole('row', { name: /Province Sud/ });
    expect(await text(province)).toContain('Échec');
    expect(await text(province)).toContain('La base de données de la collectivité ne répond pas.');
    expect(await text(page.getByRole('row', { name: /Ville de Clermont-Ferrand/ }))).toContain('Terminé');
    expect(await page.getByRole('link', { name: 'Télécharger le rapport (CSV)' }).getAttribute('href')).toBe(
      `/api/national/replications/${ids.run}/report.csv`,
    );
    await expectNoAxeViolations(page, 'replication with a failure');
    await shot('replication');

    await page.getByRole('button', { name: 'Relancer les échecs (1)' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Réplication terminée : 2 collectivités sur 2 traitées.' })
      .waitFor();
    expect(await text(province)).toContain('Terminé');
    expect(await page.getByRole('button', { name: /Relancer les échecs/ }).count()).toBe(0);
  });

  it('onboards a tenant from templates and follows its steps until it is ready', async () => {
    await page.goto(`${spa.url}/national`);
    await page
      .getByRole('link', { name: 'Accueillir une collectivité avec des modèles de programmes' })
      .click();
    await expectHeading('Accueillir une collectivité à partir de modèles');
    await page.getByLabel('Nom de la collectivité').fill('Ville de Nouvelle');
    await page.getByLabel('Type de collectivité').selectOption('commune');
    await page.getByLabel('Code INSEE de la commune').fill('63999');
    await page.getByLabel('Adresse électronique de la coordination').fill('jeunesse@nouvelle.example');
    await page.getByLabel(/Mentorat des agents/).check();
    await expectNoAxeViolations(page, 'onboarding form');
    await page.getByRole('button', { name: 'Lancer l’accueil' }).click();
    await page.waitForURL(`${spa.url}/national/accueil-region/${ids.onboarding}`);
    expect(lastWrite('/api/national/onboardings')?.body).toMatchObject({
      slug: 'ville-de-nouvelle',
      name: 'Ville de Nouvelle',
      kind: 'commune',
      adminEmail: 'jeunesse@nouvelle.example',
      templateIds: [ids.template],
    });
    await page.getByRole('status').filter({ hasText: 'Ville de Nouvelle est prête.' }).waitFor();
    expect(await page.getByRole('progressbar', { name: 'Étapes' }).getAttribute('aria-valuenow')).toBe('5');
    await page.getByText('1 programme installé').waitFor();
    expect(await page.getByRole('link', { name: 'espace de Ville de Nouvelle' }).getAttribute('href')).toBe(
      '/t/ville-de-nouvelle',
    );
    await expectNoAxeViolations(page, 'onboarding ready');
    await shot('onboarding');
  });

  it('shows a failed onboarding step in words and resumes it', async () => {
    await page.goto(`${spa.url}/national/accueil-region/${ids.brokenOnboarding}`);
    await page.getByRole('status').filter({ hasText: 's’est arrêté sur une erreur' }).waitFor();
    const alert = page.getByRole('alert');
    expect(await text(alert)).toContain('La base de données n’a pas pu être créée');
    expect(await text(page.getByRole('listitem').filter({ hasText: 'Base de données créée' }))).toContain(
      'Échec',
    );
    await expectNoAxeViolations(page, 'onboarding failed');
    await alert.getByRole('button', { name: 'Reprendre l’accueil' }).click();
    await page.getByRole('status').filter({ hasText: 'Ville de Nouvelle est prête.' }).waitFor();
    expect(lastWrite('/retry')?.path).toBe(`/api/national/onboardings/${ids.brokenOnboarding}/retry`);
  });

  it('gives a tenant admin its adopted templates and the catalogue, with adoption confirmed', async () => {
    await page.goto(`${spa.url}/t/${tenantSlug}`);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Modèles nationaux' }).click();
    await expectHeading('Modèles nationaux');
    const row = page.getByRole('row', { name: /Mentorat des agents/ });
    expect(await text(row)).toContain('Mise à jour disponible : 2.0.0');
    expect(await text(row)).toContain('1 champ modifié');
    await page.getByText('Adopté (version 1.0.0)').waitFor();
    await expectNoAxeViolations(page, 'tenant catalogue');
    await shot('tenant-catalogue');

    await page.getByRole('button', { name: 'Adopter « Pass’3e des collèges »' }).click();
    const dialog = page.getByRole('dialog', { name: 'Adopter « Pass’3e des collèges » ?' });
    await dialog.getByText(/Aucune personne n’est copiée/).waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(writes).toHaveLength(0);
    await page.getByRole('button', { name: 'Adopter « Pass’3e des collèges »' }).click();
    await dialog.getByRole('button', { name: 'Adopter ce modèle' }).click();
    await page.waitForURL(`${spa.url}/t/${tenantSlug}/modeles-de-programmes/${fixtureId('ade', 9)}`);
    await page.getByText(/Le modèle « Pass’3e des collèges » est adopté en version 2\.0\.0/).waitFor();
  });

  it('proposes one of the tenant’s programs to the national catalogue', async () => {
    await page.goto(`${spa.url}/t/${tenantSlug}/modeles-de-programmes`);
    const button = page.getByRole('button', { name: 'Proposer ce programme au catalogue national' });
    await button.click();
    await expect
      .poll(() => text(page.locator('.error-summary')))
      .toContain('Choisissez le programme à proposer.');
    await page
      .getByLabel('Programme à proposer')
      .selectOption({ label: 'Mentorat collégiens — Mentorat, 2026-2027' });
    expect(await page.getByLabel('Nom proposé pour le modèle').inputValue()).toBe('Mentorat collégiens');
    await button.click();
    await page.getByText('Votre proposition « Mentorat collégiens » est transmise').waitFor();
    expect(lastWrite('/proposals')?.body).toEqual({
      programKind: 'mentoring',
      programId: ids.program,
      name: 'Mentorat collégiens',
    });
  });

  it('shows the three-way diff, a conflict kept by default, and applies the chosen fields', async () => {
    await page.goto(`${spa.url}/t/${tenantSlug}/modeles-de-programmes`);
    await page.getByRole('link', { name: 'Mentorat des agents' }).click();
    await expectHeading('Mentorat des agents');
    const table = page.getByRole('table', { name: 'Changements de la version 2.0.0, champ par champ' });
    const duration = table.getByRole('row', { name: /Durée de l’accompagnement/ });
    expect(await text(duration)).toContain('Conflit : vous avez modifié ce champ, le modèle aussi.');
    const keepDuration = duration.getByRole('radio', { name: 'Garder ma valeur' });
    expect(await keepDuration.isChecked()).toBe(true);
    const weight = table.getByRole('row', { name: /centres d’intérêt et métier/ });
    expect(await weight.getByRole('radio', { name: 'Appliquer' }).isChecked()).toBe(true);
    const article = table.getByRole('row', { name: /Convention : article 3/ });
    expect(await text(article)).toContain('Absent');
    expect(await text(article)).toContain('Données personnelles');
    const levels = table.getByRole('row', { name: /Niveaux concernés/ });
    expect(await levels.getByRole('listitem').allTextContents()).toContain('Terminale');
    await page.getByRole('status').filter({ hasText: '3 changements appliqués, 1 valeur gardée.' }).waitFor();
    // Each row's choice is a named group.
    expect(
      await page
        .getByRole('group', { name: 'Durée de l’accompagnement (mois) : appliquer ou garder' })
        .count(),
    ).toBe(1);
    // The tenant's own copy, with its value and the template's bilan questions.
    await page.getByText('Voir la définition complète', { exact: false }).click();
    const copy = page.getByRole('region', { name: 'Votre programme, tel que vous l’appliquez' });
    await copy.getByRole('heading', { name: 'Questions du bilan' }).waitFor();
    await expectNoAxeViolations(page, 'adopted template with its update');
    await shot('diff');

    await page.getByRole('button', { name: 'Tout garder' }).click();
    await page.getByRole('status').filter({ hasText: '0 changement appliqué, 4 valeurs gardées.' }).waitFor();
    await page.getByRole('button', { name: 'Tout appliquer' }).click();
    expect(await keepDuration.isChecked()).toBe(false);
    await keepDuration.check();
    await levels.getByRole('radio', { name: 'Garder ma valeur' }).check();

    await page.getByRole('button', { name: 'Passer à la version 2.0.0' }).click();
    const dialog = page.getByRole('dialog', { name: 'Passer à la version 2.0.0 ?' });
    expect(await text(dialog)).toContain('Ces champs gardent votre valeur :');
    expect(await dialog.getByRole('listitem').allTextContents()).toEqual([
      'Convention : article 3',
      'Poids du critère « centres d’intérêt et métier »',
      'Niveaux concernés',
      'Durée de l’accompagnement (mois)',
    ]);
    await expectNoAxeViolations(page, 'apply confirmation');
    await dialog.getByRole('button', { name: 'Appliquer mes choix' }).click();
    await page
      .getByText('Votre programme suit désormais la version 2.0.0 : 2 champs mis à jour, 2 valeurs gardées.')
      .waitFor();
    expect(lastWrite('/apply')?.body).toEqual({
      version: '2.0.0',
      apply: ['conventionTemplate.clauses.2', 'mentoring.weights.interests'],
      skip: ['mentoring.audienceLevels', 'mentoring.durationMonths'],
    });
    await page.getByText('Votre programme suit la dernière version du modèle (2.0.0).').waitFor();
    await page
      .getByText(/Passé de la version 1\.0\.0 à la version 2\.0\.0 : 3 champs appliqués, 1 valeur gardée/)
      .waitFor();
  });

  it('says a newer version appeared when the apply comes too late, and reads on a phone', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${spa.url}/t/${tenantSlug}/modeles-de-programmes/${ids.stale}`);
    await expectHeading('Mentorat des agents');
    // The diff stacks: no sideways scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'diff on a phone');
    await page.getByRole('button', { name: 'Passer à la version 2.0.0' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Appliquer mes choix' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Une version plus récente est parue' });
    await notice.waitFor();
    await expect.poll(() => isFocused(notice)).toBe(true);
    await notice.getByRole('button', { name: 'Recharger' }).waitFor();
  });
});
