import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, fixtureId, recordingStub, type StubWrite, signedIn } from '../support/api-stub.ts';
import { expectNoAxeViolations } from '../support/browser.ts';
import { screenQueries } from '../support/screen-queries.ts';
import type { ApiStub } from '../support/serve-dist.ts';
import { serveStubbedSpa } from '../support/stubbed-spa.ts';

const today = new Date().toISOString().slice(0, 10);

// A tenant admin of "Ville d’Exemple", signed in, and the conventions API's shapes as
// docs/api-conventions.md writes them. Page-level only: no rules of the real server here.

const tenant = 'ville-exemple';
const emptyTenant = 'ville-vide';
/** The same person, partner referent of Boulangerie Martin in another tenant. */
const partnerTenant = 'ville-partenaire';

const ids = {
  template: fixtureId('ctp', 1),
  active: fixtureId('cnv', 1),
  sent: fixtureId('cnv', 2),
  draft: fixtureId('cnv', 3),
  tampered: fixtureId('cnv', 4),
  created: fixtureId('cnv', 9),
  partner: fixtureId('org', 1),
  operator: fixtureId('org', 2),
  school: fixtureId('org', 3),
  event: fixtureId('evt', 1),
};

const version = {
  id: fixtureId('ctv', 1),
  version: 2,
  title: 'Convention de partenariat pour l’égalité des chances',
  clauses: [
    { heading: 'Objet', body: 'La présente convention lie {{collectivite}} et {{partenaire}}.' },
    { heading: 'Durée', body: 'Elle court du {{date_debut}} au {{date_fin}}.' },
  ],
  commitmentTypes: ['volunteer_mentors', 'site_visits'],
  durationMonths: 36,
  signatories: [
    { role: 'partner_representative', label: 'Pour l’entreprise' },
    { role: 'tenant_representative', label: 'Pour la Ville, le Maire' },
  ],
  signingOrder: 'sequential',
};

const template = {
  id: ids.template,
  name: 'Entreprises engagées',
  kind: 'partnership',
  isPublic: true,
  description: 'Mentorat et stages de 3e pour les entreprises du territoire.',
  status: 'active',
  currentVersion: 2,
  version,
  versions: [
    { version: 1, createdAt: '2026-01-05T09:00:00Z' },
    { version: 2, createdAt: '2026-03-02T14:30:00Z' },
  ],
};

const summary = (n: string, status: string, partner: string, extra: Record<string, unknown> = {}) => ({
  id: n,
  title: `Convention ${partner}`,
  status,
  partner: { id: ids.partner, name: partner },
  startDate: '2026-01-01',
  endDate: '2028-12-31',
  renewalOfId: null,
  sentAt: status === 'draft' ? null : '2025-12-10T10:00:00Z',
  activatedAt: status === 'active' ? '2025-12-12T16:20:00Z' : null,
  awaiting: status === 'sent' ? ['Pour la Ville, le Maire'] : [],
  ...extra,
});

const conventions = [
  summary(ids.active, 'active', 'Boulangerie Martin'),
  summary(ids.sent, 'sent', 'Transports Durand'),
  summary(ids.draft, 'draft', 'Clinique des Volcans'),
];

const signers = (status: string) => [
  {
    id: fixtureId('sig', 1),
    role: 'partner_representative',
    label: 'Pour l’entreprise',
    name: 'Claire Martin',
    title: 'Gérante',
    email: 'claire.martin@boulangerie.example',
    status: status === 'draft' ? 'pending' : 'signed',
    signedAt: status === 'draft' ? null : '2025-12-11T08:15:00Z',
    authMethod: status === 'draft' ? null : 'email_link',
  },
  {
    id: fixtureId('sig', 2),
    role: 'tenant_representative',
    label: 'Pour la Ville, le Maire',
    name: 'Jean Dupont',
    title: 'Maire',
    email: 'maire@ville.example',
    status: status === 'active' ? 'signed' : 'pending',
    signedAt: status === 'active' ? '2025-12-12T16:20:00Z' : null,
    authMethod: status === 'active' ? 'email_link' : null,
  },
];

const sha = (c: string) => c.repeat(64);
const trail = [
  {
    seq: 1,
    at: '2025-12-09T09:00:00Z',
    type: 'created',
    signerLabel: null,
    authMethod: null,
    ip: null,
    userAgent: null,
    documentSha256: null,
    detail: null,
  },
  {
    seq: 2,
    at: '2025-12-10T10:00:00Z',
    type: 'sent',
    signerLabel: null,
    authMethod: null,
    ip: null,
    userAgent: null,
    documentSha256: sha('a'),
    detail: null,
  },
  {
    seq: 3,
    at: '2025-12-11T08:15:00Z',
    type: 'signed',
    signerLabel: 'Pour l’entreprise — Claire Martin',
    authMethod: 'email_link',
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/131.0',
    documentSha256: sha('a'),
    detail: null,
  },
  {
    seq: 4,
    at: '2025-12-12T16:20:00Z',
    type: 'countersigned',
    signerLabel: 'Pour la Ville, le Maire — Jean Dupont',
    authMethod: 'email_link',
    ip: '198.51.100.23',
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15',
    documentSha256: sha('a'),
    detail: null,
  },
  {
    seq: 5,
    at: '2025-12-12T16:20:01Z',
    type: 'activated',
    signerLabel: null,
    authMethod: null,
    ip: null,
    userAgent: null,
    documentSha256: sha('b'),
    detail: null,
  },
];

function detail(conventionId: string) {
  const found = conventions.find((c) => c.id === conventionId);
  const base =
    found ??
    (conventionId === ids.tampered
      ? summary(ids.tampered, 'active', 'Garage Morel')
      : conventionId === ids.created
        ? summary(ids.created, 'draft', 'Boulangerie Martin')
        : null);
  if (!base) return null;
  const status = base.status;
  return {
    ...base,
    templateVersion: { id: version.id, templateId: ids.template, version: 2, title: version.title },
    operator: { id: ids.operator, name: 'Télémaque' },
    commitments: [
      { type: 'volunteer_mentors', quantityPerYear: 4, note: null },
      { type: 'site_visits', quantityPerYear: 2, note: 'au printemps' },
    ],
    signers: signers(status),
    documentSha256: status === 'draft' ? null : sha('a'),
    finalSha256: status === 'active' ? sha('b') : null,
    endReason: null,
    trail: status === 'draft' ? trail.slice(0, 1) : status === 'sent' ? trail.slice(0, 3) : trail,
    trailVerified: conventionId !== ids.tampered,
  };
}

const ledger = {
  years: [
    { index: 1, from: '2026-01-01', to: '2026-12-31' },
    { index: 2, from: '2027-01-01', to: '2027-12-31' },
  ],
  rows: [
    {
      year: 1,
      from: '2026-01-01',
      to: '2026-12-31',
      type: 'volunteer_mentors',
      promised: 4,
      delivered: 2,
      fulfilment: 0.5,
    },
    {
      year: 1,
      from: '2026-01-01',
      to: '2026-12-31',
      type: 'site_visits',
      promised: 2,
      delivered: 2,
      fulfilment: 1,
    },
    {
      year: 2,
      from: '2027-01-01',
      to: '2027-12-31',
      type: 'volunteer_mentors',
      promised: 4,
      delivered: 0,
      fulfilment: 0,
    },
    {
      year: 2,
      from: '2027-01-01',
      to: '2027-12-31',
      type: 'site_visits',
      promised: 2,
      delivered: 0,
      fulfilment: 0,
    },
  ],
  fulfilment: 0.6667,
};

const fulfilment = {
  items: [
    {
      convention: conventions[0],
      fulfilment: 0.75,
      byType: [
        { type: 'volunteer_mentors', promised: 4, delivered: 2 },
        { type: 'site_visits', promised: 2, delivered: 2 },
      ],
    },
    {
      convention: summary(ids.tampered, 'active', 'Garage Morel'),
      fulfilment: 0.25,
      byType: [{ type: 'internship_places_3e', promised: 8, delivered: 2 }],
    },
  ],
};

const event = {
  id: ids.event,
  conventionId: ids.active,
  organization: { id: ids.partner, name: 'Boulangerie Martin' },
  kind: 'site_visit',
  title: 'Visite du fournil',
  date: today,
  place: '12 rue du Port, Exemple',
  capacity: 12,
  audienceLevels: ['4e', '3e'],
  status: 'scheduled',
  registeredCount: 2,
};
const registrations = [
  {
    id: fixtureId('reg', 1),
    eventId: ids.event,
    school: { id: ids.school, name: 'Collège Jules-Ferry' },
    firstName: 'Inès',
    level: '3e',
    attended: null,
  },
  {
    id: fixtureId('reg', 2),
    eventId: ids.event,
    school: { id: ids.school, name: 'Collège Jules-Ferry' },
    firstName: 'Yanis',
    level: '4e',
    attended: null,
  },
];

const organizations = [
  {
    id: ids.partner,
    kind: 'company',
    name: 'Boulangerie Martin',
    siret: '73282932000074',
    status: 'active',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  },
  {
    id: ids.operator,
    kind: 'association',
    name: 'Télémaque',
    rna: 'W751234567',
    status: 'active',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  },
  {
    id: ids.school,
    kind: 'school',
    name: 'Collège Jules-Ferry',
    uai: '0631234A',
    status: 'active',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  },
];

const page = <T>(items: T[], query: URLSearchParams) => {
  const size = Number(query.get('pageSize') ?? 20);
  const n = Number(query.get('page') ?? 1);
  return { items: items.slice((n - 1) * size, n * size), page: n, pageSize: size, total: items.length };
};

/** The stub, and every write it received, for tests to assert what the screens sent. */
function backOfficeStub(): { stub: ApiStub; writes: StubWrite[] } {
  const { stub, writes } = recordingStub(({ method, path, query, body }) => {
    if (path === '/api/me') {
      return signedIn({
        identity: { id: 'idt_1', email: 'coordination@ville.example', name: 'Nadia Coordination' },
        memberships: [{ tenant: { slug: tenant, name: 'Ville d’Exemple' }, role: 'tenant_admin' }],
      });
    }
    const match = /^\/api\/t\/([^/]+)(\/.*)?$/.exec(path);
    if (!match) return undefined;
    const [, slug, rest = ''] = match;
    const roles = {
      [tenant]: ['tenant_admin'],
      [emptyTenant]: ['tenant_admin'],
      [partnerTenant]: ['partner_referent'],
    }[slug!];
    if (!roles) return apiError(404, 'NOT_FOUND', 'Collectivité introuvable.');
    const empty = slug === emptyTenant;
    const partner = slug === partnerTenant;

    if (rest === '') {
      const name = empty ? 'Commune Vide' : 'Ville d’Exemple';
      return {
        status: 200,
        json: {
          slug,
          name,
          kind: 'commune',
          brandColor: '#0b5394',
          role: roles[0],
          roles,
        },
      };
    }
    if (rest === '/convention-templates' && method === 'GET')
      return { status: 200, json: { items: [template] } };
    if (rest === '/convention-templates' && method === 'POST') {
      if (body?.name === 'Doublon') {
        return apiError(422, 'VALIDATION', 'Vérifiez les champs signalés.', {
          name: 'Un modèle porte déjà ce nom.',
        });
      }
      return { status: 201, json: { ...template, id: fixtureId('ctp', 2), ...body, currentVersion: 1 } };
    }
    if (rest === `/convention-templates/${ids.template}` && method === 'GET')
      return { status: 200, json: template };
    if (rest === `/convention-templates/${ids.template}/versions` && method === 'POST') {
      return {
        status: 201,
        json: { ...template, currentVersion: 3, version: { ...version, ...body, version: 3 } },
      };
    }
    if (rest === `/convention-templates/${ids.template}` && method === 'PATCH') {
      return { status: 200, json: { ...template, ...body } };
    }

    if (rest === '/conventions' && method === 'GET') {
      const status = query.get('status');
      const q = query.get('q')?.toLowerCase();
      const items = empty
        ? []
        : partner
          ? conventions.filter((c) => c.partner.name === 'Boulangerie Martin')
          : conventions.filter(
              (c) => (!status || c.status === status) && (!q || c.partner.name.toLowerCase().includes(q)),
            );
      return { status: 200, json: page(items, query) };
    }
    if (rest === '/conventions' && method === 'POST') return { status: 201, json: detail(ids.created) };
    const conventionMatch = /^\/conventions\/([^/]+)(\/.*)?$/.exec(rest);
    if (conventionMatch) {
      const [, conventionId, action = ''] = conventionMatch;
      const found = detail(conventionId!);
      if (!found) return apiError(404, 'NOT_FOUND', 'Convention introuvable.');
      if (action === '' && method === 'GET') return { status: 200, json: found };
      if (action === '/ledger') return { status: 200, json: ledger };
      if (action === '/deliveries' && method === 'POST')
        return { status: 201, json: { id: fixtureId('dlv', 1) } };
      if (action === '/terminate' && method === 'POST') {
        return { status: 200, json: { ...found, status: 'terminated', endReason: body?.reason } };
      }
      if (action === '/send' && method === 'POST') return { status: 200, json: { ...found, status: 'sent' } };
      if (action === '/renew' && method === 'POST') {
        return { status: 201, json: { ...detail(ids.created), renewalOfId: conventionId } };
      }
    }

    if (rest === '/fulfilment') return { status: 200, json: empty ? { items: [] } : fulfilment };

    if (rest === '/partner-events' && method === 'GET')
      return { status: 200, json: page(empty ? [] : [event], query) };
    if (rest === `/partner-events/${ids.event}` && method === 'GET') {
      return { status: 200, json: { ...event, registrations } };
    }
    if (rest === `/partner-events/${ids.event}/held` && method === 'POST') {
      return { status: 200, json: { ...event, status: 'held' } };
    }
    if (rest === `/partner-events/${ids.event}/registrations` && method === 'POST') {
      return { status: 201, json: { id: fixtureId('reg', 3) } };
    }

    if (rest === '/organizations' && method === 'GET') {
      const kind = query.get('kind');
      const q = query.get('q')?.toLowerCase();
      const items = organizations.filter(
        (o) => (!kind || o.kind === kind) && (!q || o.name.toLowerCase().includes(q)),
      );
      return { status: 200, json: page(items, query) };
    }
    return undefined;
  });
  return { stub, writes };
}

describe('back-office screens of conventions', () => {
  const { stub, writes } = backOfficeStub();
  const spa = serveStubbedSpa({ tempPrefix: 'passerelle-back-office-', stub });
  let page: Page;
  const at = (rest: string, slug = tenant) => `${spa.url}/t/${slug}${rest}`;
  const { heading, focusedId, isFocused, errorOf } = screenQueries(() => page);

  beforeEach(async () => {
    writes.length = 0;
    page = await spa.newPage();
    return () => page.close();
  });

  it('offers the admin its conventions menu and lists the templates', async () => {
    await page.goto(at('/modeles'));
    await expect(heading().textContent()).resolves.toBe('Modèles de convention');
    const nav = page.getByRole('navigation', { name: 'Conventions', exact: true });
    for (const label of ['Conventions', 'Modèles de convention', 'Engagements']) {
      await nav.getByRole('link', { name: label, exact: true }).waitFor();
    }
    const row = page.getByRole('row', { name: /Entreprises engagées/ });
    await expect(row.textContent()).resolves.toContain('Version 2');
    await expectNoAxeViolations(page, 'template list');
  });

  it('shows a template error next to its field, focuses the summary and keeps what was typed', async () => {
    await page.goto(at('/modeles/nouveau'));
    await expect(heading().textContent()).resolves.toBe('Nouveau modèle de convention');
    await page.getByLabel('Nom du modèle').fill('Doublon');
    await page.getByLabel('Titre de l’article').fill('Objet');
    const body = page.getByLabel('Texte de l’article');
    await body.fill('Entre {{collectivite}} et {{partenair}}.');
    await page.getByRole('button', { name: 'Créer le modèle' }).click();

    const summary = page.locator('.error-summary');
    await expect(summary.textContent()).resolves.toContain('Le formulaire contient 3 erreurs');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf(body)).toContain('Champ inconnu : {{partenair}}');
    expect(await errorOf(page.getByLabel('Titre de la convention'))).toContain('Saisissez le titre');
    expect(await page.getByLabel('Nom du modèle').inputValue()).toBe('Doublon');
    await expectNoAxeViolations(page, 'template form with errors');

    // A link of the summary leads to its field.
    await summary.getByRole('link', { name: /Article 1 — texte/ }).click();
    await expect.poll(focusedId).toBe('modele-version-clauses-0-body');

    await body.fill('Entre {{collectivite}} et {{partenaire}}.');
    await page.getByLabel('Titre de la convention').fill('Convention de mentorat');
    await page.getByLabel('Visites de sites').check();
    await page.getByRole('button', { name: 'Créer le modèle' }).click();
    // The server refuses the name: its message sits next to the name, the rest is untouched.
    await page.getByText('Nom du modèle : Un modèle porte déjà ce nom.').waitFor();
    const name = page.getByLabel('Nom du modèle');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf(name)).toContain('Un modèle porte déjà ce nom.');
    expect(await body.inputValue()).toBe('Entre {{collectivite}} et {{partenaire}}.');
    expect(await page.getByLabel('Visites de sites').isChecked()).toBe(true);

    await name.fill('Entreprises solidaires');
    await page.getByRole('button', { name: 'Créer le modèle' }).click();
    await page.waitForURL(at('/modeles'));
    await page.getByText('Le modèle « Entreprises solidaires » est créé.').waitFor();
    const created = writes.findLast((w) => w.method === 'POST' && w.path.endsWith('/convention-templates'));
    expect(created?.body).toMatchObject({
      name: 'Entreprises solidaires',
      kind: 'partnership',
      isPublic: false,
      version: {
        title: 'Convention de mentorat',
        clauses: [{ heading: 'Objet', body: 'Entre {{collectivite}} et {{partenaire}}.' }],
        commitmentTypes: ['site_visits'],
        durationMonths: 36,
        signatories: [{ role: 'partner_representative' }, { role: 'tenant_representative' }],
        signingOrder: 'sequential',
      },
    });
  });

  it('edits the articles with the keyboard alone: add, move up and down, remove', async () => {
    await page.goto(at('/modeles/nouveau'));
    await page.getByLabel('Titre de l’article').fill('Objet');
    await page.getByLabel('Texte de l’article').focus();
    // Moving is impossible with one article: Tab goes from the text to "Supprimer", then "Ajouter".
    await page.keyboard.press('Tab');
    await expect
      .poll(() => isFocused(page.getByRole('button', { name: 'Supprimer l’article 1', exact: true })))
      .toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(page.getByRole('button', { name: 'Ajouter un article' }))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(focusedId).toBe('modele-version-clauses-1-heading');
    await page.keyboard.type('Durée');

    await page.getByRole('button', { name: 'Monter l’article 2', exact: true }).focus();
    await page.keyboard.press('Enter');
    const headings = () =>
      page
        .locator('[id^="modele-version-clauses-"][id$="-heading"]')
        .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    await expect.poll(headings).toEqual(['Durée', 'Objet']);
    // First now, it cannot go up: the focus stays with it, on "Descendre".
    await expect
      .poll(() => isFocused(page.getByRole('button', { name: 'Descendre l’article 1', exact: true })))
      .toBe(true);
    await expect(page.locator('.editor [role="status"]').first().textContent()).resolves.toBe(
      '« Durée » : désormais article 1 sur 2.',
    );

    await page.keyboard.press('Enter');
    await expect.poll(headings).toEqual(['Objet', 'Durée']);
    await expect
      .poll(() => isFocused(page.getByRole('button', { name: 'Monter l’article 2', exact: true })))
      .toBe(true);

    await page.keyboard.press('Tab');
    await expect
      .poll(() => isFocused(page.getByRole('button', { name: 'Supprimer l’article 2', exact: true })))
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(headings).toEqual(['Objet']);
    await expect.poll(focusedId).toBe('modele-version-clauses-0-heading');
    await expect(page.locator('.editor [role="status"]').first().textContent()).resolves.toBe(
      '« Durée » : article supprimé.',
    );
    await expectNoAxeViolations(page, 'articles editor');
  });

  it('says that saving an existing template makes a new version', async () => {
    await page.goto(at(`/modeles/${ids.template}`));
    await expect(heading().textContent()).resolves.toBe('Modifier « Entreprises engagées »');
    await page.getByText('Les conventions déjà envoyées gardent leur version.').waitFor();
    await page.getByLabel('Durée en mois').fill('24');
    await page.getByRole('button', { name: 'Enregistrer le modèle' }).click();
    await page.waitForURL(at('/modeles'));
    await page
      .getByText(/enregistré en version 3\. Les conventions déjà envoyées gardent leur version\./)
      .waitFor();
    const posted = writes.find((w) => w.path.endsWith('/versions'));
    expect(posted?.body).toMatchObject({
      durationMonths: 24,
      clauses: [{ heading: 'Objet' }, { heading: 'Durée' }],
    });
    expect(writes.some((w) => w.method === 'PATCH')).toBe(false);
  });

  it('filters the conventions by status and search, and exports what is shown', async () => {
    await page.goto(at('/conventions'));
    await expect(heading().textContent()).resolves.toBe('Conventions');
    const rows = page.locator('tbody tr');
    await page.getByText('3 conventions').waitFor();
    await expectNoAxeViolations(page, 'convention list');

    await page.locator('label', { hasText: /^Active$/ }).click();
    await page.waitForURL(/statut=active/);
    await page.getByText('1 convention', { exact: true }).waitFor();
    await expect(rows.first().textContent()).resolves.toContain('Boulangerie Martin');
    const csv = page.getByRole('link', { name: /Exporter en CSV/ });
    expect(await csv.getAttribute('href')).toBe(`/api/t/${tenant}/conventions/export.csv?status=active`);

    // Arrow keys move along the statuses, as in any radio group.
    await page.getByRole('radio', { name: 'Active' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/statut=declined/);
    await page.getByText('Aucune convention ne correspond à ces critères.').waitFor();
    await page.getByRole('button', { name: 'Effacer la recherche et les filtres' }).click();
    await page.getByText('3 conventions').waitFor();

    await page.getByLabel('Rechercher une convention').fill('durand');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=durand/);
    await page.getByText('1 convention', { exact: true }).waitFor();
    await expect(rows.first().textContent()).resolves.toContain('En attente : Pour la Ville, le Maire');
    expect(await csv.getAttribute('href')).toBe(`/api/t/${tenant}/conventions/export.csv?q=durand`);
  });

  it('creates a convention from a template and opens its draft', async () => {
    await page.goto(at('/conventions/nouvelle'));
    await page.getByLabel('Modèle', { exact: true }).selectOption(ids.template);
    await page.getByLabel('Rechercher dans l’annuaire : Partenaire').fill('boul');
    await page.getByRole('button', { name: 'Rechercher : Partenaire' }).click();
    await page.getByRole('button', { name: 'Choisir Boulangerie Martin' }).click();
    await page.getByRole('button', { name: /^Changer : Partenaire/ }).waitFor();
    await page.getByLabel('Date de début').fill('2026-12-01');
    await page.getByLabel('Nombre de mentors par an').fill('4');
    await page.getByLabel('Nombre de visites par an').fill('0');
    const signer = (n: number) => page.locator('fieldset', { hasText: `${n}. Représentant` });
    await signer(1).getByLabel('Nom et prénom').fill('Claire Martin');
    await signer(1).getByLabel('Qualité').fill('Gérante');
    await signer(1).getByLabel('Adresse électronique').fill('claire.martin@boulangerie.example');
    await signer(2).getByLabel('Nom et prénom').fill('Jean Dupont');
    await signer(2).getByLabel('Qualité').fill('Maire');
    await signer(2).getByLabel('Adresse électronique').fill('maire');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page
      .getByText(
        'Représentant·e de la collectivité — adresse électronique : Saisissez une adresse électronique valide.',
      )
      .waitFor();
    await expectNoAxeViolations(page, 'new convention form with an error');

    await signer(2).getByLabel('Adresse électronique').fill('maire@ville.example');
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.waitForURL(at(`/conventions/${ids.created}`));
    await page.getByText('Le brouillon de convention est créé.', { exact: false }).waitFor();
    const posted = writes.find((w) => w.method === 'POST' && w.path.endsWith('/conventions'));
    expect(posted?.body).toEqual({
      templateId: ids.template,
      partnerOrganizationId: ids.partner,
      startDate: '2026-12-01',
      commitments: [
        { type: 'volunteer_mentors', quantityPerYear: 4 },
        { type: 'site_visits', quantityPerYear: 0 },
      ],
      signers: [
        {
          role: 'partner_representative',
          name: 'Claire Martin',
          title: 'Gérante',
          email: 'claire.martin@boulangerie.example',
        },
        { role: 'tenant_representative', name: 'Jean Dupont', title: 'Maire', email: 'maire@ville.example' },
      ],
    });
    await page.getByRole('button', { name: 'Envoyer pour signature' }).click();
    const dialog = page.getByRole('dialog', { name: 'Envoyer la convention pour signature ?' });
    await expectNoAxeViolations(page, 'send confirmation');
    await dialog.getByRole('button', { name: 'Envoyer pour signature' }).click();
    await page.getByText('La convention est envoyée pour signature.').waitFor();
    expect(writes.some((w) => w.path.endsWith(`/${ids.created}/send`))).toBe(true);
  });

  it('shows an active convention with its signature trail, documents and ledger', async () => {
    await page.goto(at(`/conventions/${ids.active}`));
    await expect(heading().textContent()).resolves.toBe('Convention Boulangerie Martin');
    await page.getByText('Journal vérifié ✓').waitFor();

    const trailTable = page.getByRole('table', { name: /Journal de signature/ });
    await expect(trailTable.locator('tbody tr').count()).resolves.toBe(5);
    const countersigned = trailTable.getByRole('row', { name: /Contresignée par la collectivité/ });
    const text = (await countersigned.textContent()) ?? '';
    expect(text).toContain('Pour la Ville, le Maire — Jean Dupont');
    expect(text).toContain('Lien personnel reçu par courriel');
    expect(text).toContain('198.51.100.23');
    expect(text).toContain('Safari/605.1.15');

    const documentLink = page.getByRole('link', { name: /Document envoyé pour signature/ });
    expect(await documentLink.getAttribute('href')).toBe(
      `/api/t/${tenant}/conventions/${ids.active}/document.pdf`,
    );
    await page.getByText('b'.repeat(64)).waitFor();

    const year1 = page.getByRole('table', { name: /Année 1 : du 1 janvier 2026 au 31 décembre 2026/ });
    const mentors = year1.getByRole('row', { name: /Mentors bénévoles parmi les salariés/ });
    expect((await mentors.textContent())?.replace(/\s+/g, ' ')).toMatch(/salariés\s*4\s*2\s*50\s%/);
    expect((await page.locator('.ledger-total').textContent())?.replace(/\s+/g, ' ')).toContain(
      'Taux de réalisation global : 67 %',
    );
    await expectNoAxeViolations(page, 'convention detail');

    await page.getByRole('button', { name: 'Enregistrer la réalisation' }).click();
    expect(await errorOf(page.getByLabel('Quantité réalisée'))).toContain('Indiquez un nombre entier');
    await page.getByLabel('Quantité réalisée').fill('3');
    await page.getByLabel('Précision').fill('Forum des métiers');
    await page.getByRole('button', { name: 'Enregistrer la réalisation' }).click();
    await page
      .getByText('Réalisation enregistrée : 3 pour « Mentors bénévoles parmi les salariés », année 1.')
      .waitFor();
    expect(writes.find((w) => w.path.endsWith('/deliveries'))?.body).toEqual({
      type: 'volunteer_mentors',
      year: 1,
      quantity: 3,
      note: 'Forum des métiers',
    });

    await page.getByRole('button', { name: 'Résilier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Résilier la convention ?' });
    await dialog.getByRole('button', { name: 'Résilier la convention' }).click();
    const reason = dialog.getByLabel('Motif de la résiliation');
    expect(await errorOf(reason)).toContain('Indiquez le motif de la résiliation.');
    await expect.poll(() => isFocused(reason)).toBe(true);
    await expectNoAxeViolations(page, 'termination dialog');
    await reason.fill('Fermeture de l’établissement');
    await dialog.getByRole('button', { name: 'Résilier la convention' }).click();
    await page.getByText('La convention est résiliée.', { exact: false }).waitFor();
    expect(writes.find((w) => w.path.endsWith('/terminate'))?.body).toEqual({
      reason: 'Fermeture de l’établissement',
    });
  });

  it('warns when the signature trail does not verify', async () => {
    await page.goto(at(`/conventions/${ids.tampered}`));
    await page.getByText('Attention : le journal ne se vérifie pas.').waitFor();
    expect(await page.getByText('Journal vérifié ✓').count()).toBe(0);
  });

  it('renews an active convention and opens the new draft', async () => {
    await page.goto(at(`/conventions/${ids.active}`));
    await page.getByRole('button', { name: 'Renouveler' }).click();
    await page.waitForURL(at(`/conventions/${ids.created}`));
    await page.getByText('Le brouillon de renouvellement est créé', { exact: false }).waitFor();
  });

  it('lists the fulfilment of active conventions, lagging partners first, in words', async () => {
    await page.goto(at('/engagements'));
    await expect(heading().textContent()).resolves.toBe('Suivi des engagements');
    const rows = page.locator('table.dashboard tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(2);
    const first = (await rows.nth(0).textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(first).toContain('Garage Morel');
    expect(first).toMatch(/25 %/);
    expect(first).toContain('Places de stage d’observation de 3e : 2 sur 8');
    expect((await rows.nth(1).textContent())?.replace(/\s+/g, ' ')).toMatch(/Boulangerie Martin.*75 %/);
    const csv = page.getByRole('link', { name: 'Exporter en CSV' });
    expect(await csv.getAttribute('href')).toBe(`/api/t/${tenant}/fulfilment/export.csv`);
    await expectNoAxeViolations(page, 'fulfilment dashboard');

    await page.goto(at('/engagements', emptyTenant));
    await page.getByText('Aucune convention active pour le moment.').waitFor();
    await expectNoAxeViolations(page, 'empty fulfilment dashboard');
  });

  it('shows a partner referent its own conventions, read-only, with the ledger and documents', async () => {
    await page.goto(at('/mes-conventions', partnerTenant));
    await expect(heading().textContent()).resolves.toBe('Mes conventions');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Mes conventions' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Modèles' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Exporter en CSV/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'partner convention list');

    await page.getByRole('link', { name: 'Convention Boulangerie Martin' }).click();
    await page.waitForURL(at(`/mes-conventions/${ids.active}`, partnerTenant));
    await page.getByRole('table', { name: /Année 1/ }).waitFor();
    await page.getByRole('link', { name: /Convention signée/ }).waitFor();
    for (const action of ['Résilier', 'Renouveler', 'Enregistrer la réalisation']) {
      expect(await page.getByRole('button', { name: action }).count()).toBe(0);
    }
    const propose = page.getByRole('link', { name: 'Proposer une action' });
    expect(await propose.getAttribute('href')).toBe(
      `/t/${partnerTenant}/actions/nouvelle?convention=${ids.active}`,
    );
    await expectNoAxeViolations(page, 'partner convention detail');

    // The conventions of the admin's screens are out of reach: the same 404 as the API gives.
    await page.goto(at('/conventions', partnerTenant));
    await expect(heading().textContent()).resolves.toBe('Page introuvable');
  });

  it('runs the partner actions: list, creation form, detail with registrations', async () => {
    await page.goto(at('/actions'));
    await expect(heading().textContent()).resolves.toBe('Actions partenaires');
    await page.getByRole('link', { name: 'Visite du fournil' }).waitFor();
    await expectNoAxeViolations(page, 'partner actions');

    await page.getByRole('link', { name: 'Nouvelle action' }).click();
    await page.getByRole('button', { name: 'Programmer l’action' }).click();
    await page.getByText('Le formulaire contient 6 erreurs').waitFor();
    await expectNoAxeViolations(page, 'new partner action with errors');

    await page.goto(at(`/actions/${ids.event}`));
    await expect(heading().textContent()).resolves.toBe('Visite du fournil');
    await page.getByRole('cell', { name: 'Collège Jules-Ferry' }).first().waitFor();
    await page.getByLabel('Prénom de l’élève').fill('Lina');
    await page.getByLabel('Niveau').selectOption('3e');
    await page.getByText('Établissement : Collège Jules-Ferry').waitFor();
    await page.getByRole('button', { name: 'Inscrire l’élève' }).click();
    await page.getByText('Lina est inscrit·e.').waitFor();
    expect(writes.find((w) => w.path.endsWith('/registrations'))?.body).toEqual({
      schoolId: ids.school,
      firstName: 'Lina',
      level: '3e',
    });
    await page.getByRole('checkbox', { name: /Yanis/ }).uncheck();
    await page.getByRole('button', { name: 'Marquer comme tenue' }).click();
    await page.getByText(/L’action est marquée comme tenue, avec 1 élève présent·e\./).waitFor();
    await expectNoAxeViolations(page, 'partner action detail');
  });
});
