import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, fixtureId, recordingStub, type StubWrite, signedIn } from '../support/api-stub.ts';
import { expectNoAxeViolations } from '../support/browser.ts';
import { screenQueries } from '../support/screen-queries.ts';
import type { ApiStub } from '../support/serve-dist.ts';
import { serveStubbedSpa } from '../support/stubbed-spa.ts';

// The signed-in mentoring screens against a stub answering docs/api-mentoring.md's shapes. One
// tenant per role, so each screen is seen as that role sees it. Page-level only: the journey
// against the real backend lives elsewhere.

const admin = 'ville-exemple';
const partner = 'ville-partenaire';
const school = 'ville-ecole';
const mentorTenant = 'ville-mentor';
const roles: Record<string, string[]> = {
  [admin]: ['tenant_admin'],
  [partner]: ['partner_referent'],
  [school]: ['school_referent'],
  [mentorTenant]: ['mentor'],
};

const ids = {
  program: fixtureId('mpg', 1),
  created: fixtureId('mpg', 2),
  company: fixtureId('org', 1),
  service: fixtureId('org', 2),
  school: fixtureId('org', 3),
  association: fixtureId('org', 4),
  karim: fixtureId('mnt', 1),
  sophie: fixtureId('mnt', 2),
  ines: fixtureId('yng', 1),
  yanis: fixtureId('yng', 2),
  proposed: fixtureId('pai', 1),
  active: fixtureId('pai', 2),
  closed: fixtureId('pai', 3),
  other: fixtureId('pai', 4),
};

const program = {
  id: ids.program,
  name: 'Mentorat collégiens 2026-2027',
  audienceLevels: ['4e', '3e'],
  eligibility: {
    mode: 'any',
    scholarship: true,
    priorityEducation: true,
    priorityNeighbourhood: false,
    custom: ['Premier de sa famille à viser le lycée général'],
  },
  season: '2026-2027',
  durationMonths: 10,
  defaultCapacity: 1,
  weights: { interests: 5, distance: 3, availability: 4, preferences: 2, language: 1 },
  maxDistanceKm: 15,
  operator: { id: ids.association, name: 'Télémaque' },
  agentHoursAllowance: 20,
  noMeetingReminderWeeks: 4,
  status: 'active',
};

const mentor = (n: 'karim' | 'sophie') =>
  n === 'karim'
    ? {
        id: ids.karim,
        programId: ids.program,
        firstName: 'Karim',
        lastName: 'Benali',
        email: 'karim.benali@ateliers.example',
        organization: { id: ids.company, name: 'Ateliers du Puy-de-Dôme' },
        conventionId: fixtureId('cnv', 1),
        jobFamily: 'industrie',
        jobTitle: 'Technicien de maintenance',
        skills: [],
        communeCode: '63113',
        availability: ['wed_pm'],
        capacity: 2,
        languages: ['fr', 'ar'],
        preferredLevels: ['3e'],
        onWorkTime: false,
        managerEmail: null,
        managerApproval: 'not_needed',
        hoursAllowance: 0,
        honorability: {
          verified: true,
          checkedOn: '2026-09-01',
          expiresOn: '2029-09-01',
          verifiedBy: 'Nadia Coordination',
        },
        honorabilityValid: true,
        charterSignedAt: '2026-09-03T10:00:00Z',
        load: 1,
        status: 'active',
      }
    : {
        id: ids.sophie,
        programId: ids.program,
        firstName: 'Sophie',
        lastName: 'Garnier',
        email: 'sophie.garnier@ville.example',
        organization: { id: ids.service, name: 'Direction des espaces verts' },
        conventionId: null,
        jobFamily: 'environnement',
        jobTitle: 'Jardinière',
        skills: [],
        communeCode: '63113',
        availability: ['wed_pm', 'sat_am'],
        capacity: 1,
        languages: ['fr'],
        preferredLevels: [],
        onWorkTime: true,
        managerEmail: 'chef.espaces-verts@ville.example',
        managerApproval: 'pending',
        hoursAllowance: 20,
        honorability: null,
        honorabilityValid: false,
        charterSignedAt: null,
        load: 1,
        status: 'active',
      };

const youngPeople = [
  {
    id: ids.ines,
    programId: ids.program,
    firstName: 'Inès',
    lastName: 'Moreau',
    birthDate: '2012-04-02',
    level: '3e',
    school: { id: ids.school, name: 'Collège Jules-Ferry' },
    communeCode: '63113',
    interests: ['industrie', 'numerique'],
    availability: ['wed_pm'],
    languages: ['fr'],
    reason: 'orientation',
    reasonDetail: null,
    scholarship: true,
    priorityNeighbourhood: false,
    eligible: true,
    eligibility: {
      eligible: true,
      reasons: [
        { rule: 'scholarship', met: true, explanation: 'Boursier ou boursière' },
        { rule: 'priorityEducation', met: true, explanation: 'Établissement en REP+' },
      ],
    },
    authorisation: 'given',
    guardianEmail: 'famille.moreau@example.org',
    pairStatus: 'proposed',
  },
  {
    id: ids.yanis,
    programId: ids.program,
    firstName: 'Yanis',
    lastName: 'Roux',
    birthDate: '2012-11-20',
    level: '4e',
    school: { id: ids.school, name: 'Collège Jules-Ferry' },
    communeCode: null,
    interests: ['sport'],
    availability: ['sat_am'],
    languages: ['fr'],
    reason: 'confidence',
    reasonDetail: null,
    scholarship: false,
    priorityNeighbourhood: false,
    eligible: false,
    eligibility: {
      eligible: false,
      reasons: [
        { rule: 'scholarship', met: false, explanation: 'Pas de bourse déclarée' },
        { rule: 'priorityEducation', met: false, explanation: 'Établissement hors éducation prioritaire' },
      ],
    },
    authorisation: 'pending',
    guardianEmail: 'famille.roux@example.org',
    pairStatus: null,
    duplicates: [{ programName: 'Cordées de la réussite', since: '2025-10-01' }],
  },
];

const breakdown = [
  {
    criterion: 'interests',
    weight: 5,
    value: 1,
    points: 33.3,
    explanation: 'Industrie et énergie : un des centres d’intérêt d’Inès',
  },
  { criterion: 'distance', weight: 3, value: 0.8, points: 16, explanation: 'Environ 3 km' },
  {
    criterion: 'availability',
    weight: 4,
    value: 0.5,
    points: 13.3,
    explanation: '1 créneau commun : mercredi après-midi',
  },
  { criterion: 'preferences', weight: 2, value: 1, points: 13.3, explanation: 'Niveau 3e souhaité' },
  { criterion: 'language', weight: 1, value: 0, points: 0, explanation: 'Pas d’autre langue commune' },
];

const pair = (pairId: string, status: string, extra: Record<string, unknown> = {}) => ({
  id: pairId,
  status,
  locked: false,
  score: 75.9,
  breakdown,
  mentor: {
    id: ids.karim,
    name: 'Karim Benali',
    organizationName: 'Ateliers du Puy-de-Dôme',
    jobTitle: 'Technicien de maintenance',
  },
  youngPerson: { id: ids.ines, firstName: 'Inès', level: '3e', schoolName: 'Collège Jules-Ferry' },
  proposedAt: '2026-10-01T09:00:00Z',
  acceptedAt: status === 'proposed' ? null : '2026-10-02T09:00:00Z',
  activatedAt: status === 'active' || status === 'closed' ? '2026-10-10T09:00:00Z' : null,
  closedAt: status === 'closed' ? '2026-12-15T09:00:00Z' : null,
  closeOutcome: status === 'closed' ? 'stopped' : null,
  closeReason: status === 'closed' ? 'Déménagement du jeune' : null,
  ...extra,
});

const sophiePair = (pairId: string, status: string, extra: Record<string, unknown> = {}) =>
  pair(pairId, status, {
    score: 61.2,
    mentor: {
      id: ids.sophie,
      name: 'Sophie Garnier',
      organizationName: 'Direction des espaces verts',
      jobTitle: 'Jardinière',
    },
    youngPerson: {
      id: fixtureId('yng', 3),
      firstName: 'Lina',
      level: '4e',
      schoolName: 'Collège Jules-Ferry',
    },
    ...extra,
  });

const pairs = [
  pair(ids.proposed, 'proposed'),
  sophiePair(ids.active, 'active', { meetings: 3 }),
  sophiePair(ids.closed, 'closed', {
    youngPerson: {
      id: fixtureId('yng', 4),
      firstName: 'Noah',
      level: '3e',
      schoolName: 'Collège Jules-Ferry',
    },
  }),
];

const matchRun = {
  run: { id: fixtureId('mrn', 1), method: 'greedy', timedOut: true, elapsedMs: 2000, totalScore: 137.1 },
  proposals: [pair(ids.proposed, 'proposed'), sophiePair(ids.other, 'proposed')],
  unmatchedYoungPeople: [
    { id: ids.yanis, firstName: 'Yanis', reasons: ['Non éligible', 'Autorisation parentale en attente'] },
  ],
  unmatchedMentors: [
    { id: fixtureId('mnt', 3), name: 'Paul Durand', reasons: ['Contrôle d’honorabilité expiré'] },
  ],
};

const organizations = [
  { id: ids.association, kind: 'association', name: 'Télémaque' },
  { id: ids.service, kind: 'service', name: 'Direction des espaces verts' },
].map((o) => ({
  ...o,
  status: 'active',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
}));

function mentoringStub(): { stub: ApiStub; writes: StubWrite[] } {
  let charterSigned = false;
  const { stub, writes } = recordingStub(({ method, path: pathname, query, body }) => {
    if (pathname === '/api/me') {
      return signedIn({
        identity: { id: 'idt_1', email: 'nadia@ville.example', name: 'Nadia Coordination' },
        memberships: Object.entries(roles).map(([slug, r]) => ({
          tenant: { slug, name: 'Ville d’Exemple' },
          role: r[0],
        })),
      });
    }
    const match = /^\/api\/t\/([^/]+)(\/.*)?$/.exec(pathname);
    if (!match) return undefined;
    const [, slug = '', rest = ''] = match;
    const tenantRoles = roles[slug];
    if (!tenantRoles) return apiError(404, 'NOT_FOUND', 'Collectivité introuvable.');
    if (rest === '') {
      const own =
        slug === partner
          ? [{ id: ids.company, name: 'Ateliers du Puy-de-Dôme', kind: 'company' }]
          : slug === school
            ? [{ id: ids.school, name: 'Collège Jules-Ferry', kind: 'school' }]
            : [];
      return {
        status: 200,
        json: {
          slug,
          name: 'Ville d’Exemple',
          kind: 'commune',
          brandColor: '#0b5394',
          role: tenantRoles[0],
          roles: tenantRoles,
          organizations: own,
        },
      };
    }
    if (rest === '/organizations') {
      const kind = query.get('kind');
      const items = organizations.filter((o) => !kind || o.kind === kind);
      return { status: 200, json: { items, page: 1, pageSize: 25, total: items.length } };
    }

    const m = '/mentoring';
    const programPath = `${m}/programs/${ids.program}`;
    if (rest === `${m}/programs` && method === 'GET') return { status: 200, json: { items: [program] } };
    if (rest === `${m}/programs` && method === 'POST') {
      if (body?.name === 'Doublon') {
        return apiError(422, 'VALIDATION', 'Vérifiez les champs signalés.', {
          name: 'Un programme porte déjà ce nom pour cette année scolaire.',
        });
      }
      return { status: 201, json: { ...program, ...body, id: ids.created, operator: null } };
    }
    if (rest === `${m}/programs/${ids.created}`) {
      return { status: 200, json: { ...program, id: ids.created, name: 'Mentorat lycéens' } };
    }
    if (rest === programPath) {
      return {
        status: 200,
        json: {
          ...program,
          counts: {
            mentors: 2,
            youngPeople: 2,
            authorised: 1,
            pairsByStatus: { proposed: 1, active: 1, closed: 1 },
          },
        },
      };
    }
    if (rest === `${programPath}/mentors` && method === 'GET') {
      const items = slug === partner ? [mentor('karim')] : [mentor('karim'), mentor('sophie')];
      return { status: 200, json: { items } };
    }
    if (rest === `${programPath}/mentors` && method === 'POST') {
      return { status: 201, json: { ...mentor('sophie'), ...body, id: fixtureId('mnt', 9) } };
    }
    const honorability = new RegExp(`^${m}/mentors/([^/]+)/honorability$`).exec(rest);
    if (honorability && method === 'POST') {
      return {
        status: 200,
        json: { ...mentor('sophie'), honorability: body, honorabilityValid: body?.verified === true },
      };
    }
    if (rest === `${m}/mentors/${ids.sophie}/charter` && method === 'POST') {
      charterSigned = true;
      return { status: 200, json: { ...mentor('sophie'), charterSignedAt: '2026-10-05T10:00:00Z' } };
    }
    if (rest === `${programPath}/young-people` && method === 'GET') {
      return { status: 200, json: { items: youngPeople } };
    }
    if (rest === `${programPath}/young-people` && method === 'POST') {
      const created = {
        ...youngPeople[1],
        ...body,
        id: fixtureId('yng', 9),
        school: { id: ids.school, name: 'Collège Jules-Ferry' },
      };
      return {
        status: 201,
        json: {
          youngPerson: created,
          duplicates: [{ programName: 'Cordées de la réussite', since: '2025-10-01' }],
        },
      };
    }
    if (rest === `${programPath}/match-runs` && method === 'POST') return { status: 200, json: matchRun };
    if (rest === `${programPath}/pairs`) {
      const status = query.get('status');
      return { status: 200, json: { items: pairs.filter((p) => !status || p.status === status) } };
    }
    if (rest === `${programPath}/agent-hours`) {
      return {
        status: 200,
        json: {
          items: [
            { mentor: { id: ids.sophie, name: 'Sophie Garnier' }, allowanceHours: 20, usedMinutes: 210 },
          ],
        },
      };
    }
    const pairAction = new RegExp(`^${m}/pairs/([^/]+)/([a-z]+)$`).exec(rest);
    if (pairAction) {
      const [, , action] = pairAction;
      if (action === 'meetings' && method === 'GET') {
        return {
          status: 200,
          json: {
            items: [
              {
                id: fixtureId('mtg', 1),
                date: '2026-10-10',
                durationMinutes: 90,
                kind: 'workplace_visit',
                note: 'Visite des serres',
              },
            ],
          },
        };
      }
      if (action === 'meetings' && method === 'POST') {
        if (body?.durationMinutes === 600) {
          return apiError(
            409,
            'CONFLICT',
            'Cette rencontre dépasse l’enveloppe annuelle de 20 h sur le temps de travail (reste 16 h 30).',
            {
              durationMinutes: 'Au-delà de l’enveloppe annuelle.',
            },
          );
        }
        return { status: 201, json: { id: fixtureId('mtg', 2), ...body } };
      }
      return { status: 200, json: {} };
    }
    if (rest === `${m}/me`) {
      return {
        status: 200,
        json: {
          mentors: [
            {
              id: ids.sophie,
              programId: ids.program,
              programName: program.name,
              charterSignedAt: charterSigned ? '2026-10-05T10:00:00Z' : null,
              onWorkTime: true,
              managerApproval: 'approved',
              hoursAllowance: 20,
              honorabilityValid: true,
            },
          ],
          pairs: [
            {
              id: ids.active,
              status: 'active',
              programName: program.name,
              mentee: {
                firstName: 'Lina',
                level: '4e',
                schoolName: 'Collège Jules-Ferry',
                interests: ['environnement', 'sante'],
                communeCode: '63113',
              },
              meetings: 3,
              lastMeeting: '2026-11-04',
            },
            {
              id: ids.other,
              status: 'proposed',
              programName: program.name,
              mentee: {
                firstName: 'Malo',
                level: '3e',
                schoolName: 'Collège Jules-Ferry',
                interests: ['btp'],
                communeCode: null,
              },
              meetings: 0,
              lastMeeting: null,
            },
          ],
          hours: { allowanceHours: 20, usedMinutes: 210 },
        },
      };
    }
    return undefined;
  });
  return { stub, writes };
}

describe('mentoring screens', () => {
  const { stub, writes } = mentoringStub();
  const spa = serveStubbedSpa({ tempPrefix: 'passerelle-mentoring-', stub });
  let page: Page;
  const at = (rest: string, slug = admin) => `${spa.url}/t/${slug}${rest}`;
  const dashboard = (tab = '') => at(`/mentorat/${ids.program}${tab ? `?onglet=${tab}` : ''}`);
  const { expectHeading, focusedId, isFocused, errorOf, text } = screenQueries(() => page);
  const lastWrite = (suffix: string) => writes.findLast((w) => w.path.endsWith(suffix));

  beforeEach(async () => {
    writes.length = 0;
    page = await spa.newPage();
    return () => page.close();
  });

  it('gives each role its own mentoring entry in the navigation', async () => {
    const entries: [string, string][] = [
      [admin, 'Mentorat'],
      [partner, 'Mes mentors'],
      [school, 'Mes élèves'],
      [mentorTenant, 'Mon mentorat'],
    ];
    for (const [slug, label] of entries) {
      await page.goto(at('', slug));
      const nav = page.getByRole('navigation', { name: 'Navigation principale' });
      await nav.getByRole('link', { name: label, exact: true }).waitFor();
      for (const [, other] of entries.filter(([, l]) => l !== label)) {
        expect(await nav.getByRole('link', { name: other, exact: true }).count()).toBe(0);
      }
    }
    // A screen of another role is out of reach: the same 404 as the API gives.
    await page.goto(at('/mentorat', partner));
    await expectHeading('Page introuvable');
  });

  it('creates a program: an error sits next to its field and nothing typed is lost', async () => {
    await page.goto(at('/mentorat'));
    await expectHeading('Mentorat');
    const row = page.getByRole('row', { name: /Mentorat collégiens 2026-2027/ });
    expect(await text(row)).toContain('Avec Télémaque');
    expect(await text(row)).toContain('4e, 3e');
    await expectNoAxeViolations(page, 'program list');

    await page.getByRole('button', { name: 'Nouveau programme' }).click();
    await expect.poll(focusedId).toBe('nouveau-programme-titre');
    await page.getByLabel('Nom du programme').fill('Doublon');
    await page.getByLabel('3e', { exact: true }).check();
    await page.getByLabel('Boursier ou boursière').check();
    await page.getByRole('button', { name: 'Ajouter : critère' }).click();
    await expect.poll(focusedId).toBe('programme-eligibility-custom-0');
    await page.keyboard.type('Premier de sa famille à viser le lycée général');
    await page.getByLabel('Tous les critères cochés sont exigés').check();
    const distance = page.getByLabel('Distance', { exact: true });
    await distance.fill('12');
    await page.getByRole('button', { name: 'Créer le programme' }).click();

    const summary = page.locator('.error-summary');
    await expect.poll(() => text(summary)).toContain('Le formulaire contient une erreur');
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await distance.getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf(distance)).toContain('Indiquez un poids entier de 0 à 10.');
    expect(await page.getByLabel('Nom du programme').inputValue()).toBe('Doublon');
    expect(await page.getByLabel('3e', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Critère 1').inputValue()).toBe(
      'Premier de sa famille à viser le lycée général',
    );
    await expectNoAxeViolations(page, 'program form with an error');
    expect(writes).toHaveLength(0);

    await summary.getByRole('link', { name: /Poids : distance/ }).click();
    await expect.poll(focusedId).toBe('programme-weights-distance');
    await distance.fill('3');
    await page.getByRole('button', { name: 'Créer le programme' }).click();
    const name = page.getByLabel('Nom du programme');
    await expect.poll(() => errorOf(name)).toContain('Un programme porte déjà ce nom');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Boursier ou boursière').isChecked()).toBe(true);
    expect(await distance.inputValue()).toBe('3');

    await name.fill('Mentorat lycéens');
    await page.getByRole('button', { name: 'Créer le programme' }).click();
    await page.waitForURL(at(`/mentorat/${ids.created}`));
    await page.getByText('Le programme « Mentorat lycéens » est créé.', { exact: false }).waitFor();
    expect(lastWrite('/mentoring/programs')?.body).toEqual({
      name: 'Mentorat lycéens',
      audienceLevels: ['3e'],
      eligibility: {
        mode: 'all',
        scholarship: true,
        priorityEducation: false,
        priorityNeighbourhood: false,
        custom: ['Premier de sa famille à viser le lycée général'],
      },
      season: expect.stringMatching(/^20\d{2}-20\d{2}$/),
      durationMonths: 10,
      defaultCapacity: 1,
      weights: { interests: 5, distance: 3, availability: 4, preferences: 2, language: 1 },
      agentHoursAllowance: 0,
      noMeetingReminderWeeks: 4,
    });
  });

  it('shows the mentors with their checks and records an honorability outcome, never a document', async () => {
    await page.goto(dashboard());
    await expectHeading('Mentorat collégiens 2026-2027');
    await page
      .getByText(/Au moins un de ces critères : boursier ou boursière ; établissement en REP/)
      .waitFor();
    expect(await page.getByRole('tab', { name: 'Mentors' }).getAttribute('aria-selected')).toBe('true');
    const karim = page.getByRole('row', { name: /Karim Benali/ });
    expect(await text(karim)).toContain('Vérifiée');
    expect(await text(karim)).toContain('Valable jusqu’au 1 septembre 2029');
    expect(await text(karim)).toContain('1 sur 2');
    const sophie = page.getByRole('row', { name: /Sophie Garnier/ });
    expect(await text(sophie)).toContain('Non contrôlée');
    expect(await text(sophie)).toContain('Pas encore signée');
    expect(await text(sophie)).toContain('En attente');
    const csv = page.getByRole('link', { name: 'Exporter les binômes (CSV)' });
    expect(await csv.getAttribute('href')).toBe(
      `/api/t/${admin}/mentoring/programs/${ids.program}/pairs/export.csv`,
    );
    await expectNoAxeViolations(page, 'program dashboard, mentors');

    await page.getByRole('button', { name: 'Enregistrer un contrôle pour Sophie Garnier' }).click();
    await expect.poll(focusedId).toBe('honorabilite-titre');
    await page.getByText('Seul le résultat du contrôle est enregistré, jamais le document.').waitFor();
    await page.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    await expect
      .poll(() => text(page.locator('.error-summary')))
      .toContain('Le formulaire contient 3 erreurs');
    await expectNoAxeViolations(page, 'honorability form with errors');

    await page.getByLabel('Favorable : rien ne s’oppose au mentorat').check();
    await page.getByLabel('Date du contrôle').fill('2026-10-01');
    await page.getByLabel('Fin de validité').fill('2029-10-01');
    await page.getByLabel('Contrôle fait par').fill('Nadia Coordination, cheffe de projet');
    await page.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    await page
      .getByText('Le résultat du contrôle d’honorabilité de Sophie Garnier est enregistré.')
      .waitFor();
    expect(lastWrite('/honorability')).toEqual({
      method: 'POST',
      path: `/api/t/${admin}/mentoring/mentors/${ids.sophie}/honorability`,
      body: {
        verified: true,
        checkedOn: '2026-10-01',
        expiresOn: '2029-10-01',
        verifiedBy: 'Nadia Coordination, cheffe de projet',
      },
    });
  });

  it('adds one of the authority’s agents as mentor, on work time with the manager’s address', async () => {
    await page.goto(dashboard());
    await page.getByRole('button', { name: 'Ajouter un agent comme mentor' }).click();
    await expect.poll(focusedId).toBe('agent-titre');
    const form = page.locator('form', { hasText: 'Ajouter un agent de la collectivité comme mentor' });
    await form.getByLabel('Prénom', { exact: true }).fill('Paul');
    await form.getByLabel('Nom', { exact: true }).fill('Durand');
    await form.getByLabel('Adresse électronique', { exact: true }).fill('paul.durand@ville.example');
    await form.getByRole('button', { name: 'Rechercher : Service de l’agent' }).click();
    await form.getByRole('button', { name: 'Choisir Direction des espaces verts' }).click();
    await form.getByLabel('Famille de métiers').selectOption('environnement');
    await form.getByLabel('Métier exercé').fill('Élagueur');
    await form.getByLabel('Mercredi après-midi').check();
    expect(await form.getByLabel('Mentorat sur le temps de travail').isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Ajouter l’agent comme mentor' }).click();
    const manager = form.getByLabel('Adresse électronique du ou de la responsable');
    await expect.poll(() => errorOf(manager)).toContain('a besoin de l’accord de son ou sa responsable');
    expect(await form.getByLabel('Métier exercé').inputValue()).toBe('Élagueur');
    await expectNoAxeViolations(page, 'agent mentor form with an error');

    await manager.fill('chef.espaces-verts@ville.example');
    await form.getByRole('button', { name: 'Ajouter l’agent comme mentor' }).click();
    await page
      .getByText(
        /Paul Durand est ajouté·e aux mentors .* Son ou sa responsable reçoit une demande d’accord\./,
      )
      .waitFor();
    expect(lastWrite(`/programs/${ids.program}/mentors`)?.body).toEqual({
      firstName: 'Paul',
      lastName: 'Durand',
      email: 'paul.durand@ville.example',
      organizationId: ids.service,
      jobFamily: 'environnement',
      jobTitle: 'Élagueur',
      availability: ['wed_pm'],
      languages: ['fr'],
      preferredLevels: [],
      onWorkTime: true,
      managerEmail: 'chef.espaces-verts@ville.example',
    });
  });

  it('moves between the tabs with the arrow keys: young people’s eligibility, agents’ hours', async () => {
    await page.goto(dashboard());
    await page.getByRole('tab', { name: 'Mentors' }).focus();
    await page.keyboard.press('ArrowRight');
    const young = page.getByRole('tab', { name: 'Jeunes' });
    await expect.poll(() => young.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => isFocused(young)).toBe(true);
    expect(new URL(page.url()).searchParams.get('onglet')).toBe('jeunes');
    const yanis = page.getByRole('row', { name: /Yanis Roux/ });
    const yanisText = await text(yanis);
    expect(yanisText).toContain('Non éligible');
    expect(yanisText).toContain('Pas de bourse déclarée');
    expect(yanisText).toContain('En attente');
    expect(yanisText).toContain('Attention : Yanis semble déjà suivi·e dans un autre programme.');
    expect(yanisText).toContain('Cordées de la réussite, depuis le 1 octobre 2025');
    expect(await text(page.getByRole('row', { name: /Inès Moreau/ }))).toMatch(
      /Éligible.*Boursier ou boursière.*Donnée.*Proposé/,
    );
    await page.getByText('2 jeunes, dont 1 prêt pour l’appariement.').waitFor();
    await expectNoAxeViolations(page, 'program dashboard, young people');

    await page.keyboard.press('End');
    const hours = page.getByRole('tab', { name: 'Heures des agents' });
    await expect.poll(() => isFocused(hours)).toBe(true);
    const sophie = page.getByRole('row', { name: /Sophie Garnier/ });
    await expect.poll(() => text(sophie)).toMatch(/20 h.*3 h 30.*16 h 30.*18 %/);
    await expectNoAxeViolations(page, 'program dashboard, agents’ hours');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => isFocused(page.getByRole('tab', { name: 'Mentors' }))).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => isFocused(hours)).toBe(true);
    // One tab stop for the list: Tab leaves it for the panel's content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('tab');
  });

  it('runs the matching: score breakdown per proposal, a clear time-out warning, lock and reject', async () => {
    await page.goto(dashboard('appariement'));
    await page.getByText('1 proposition en attente, issue du dernier appariement.').waitFor();
    await page.getByRole('button', { name: 'Lancer l’appariement' }).focus();
    await page.keyboard.press('Enter');

    const summary = page.locator('.run-summary');
    await summary.waitFor();
    await expect.poll(() => isFocused(summary)).toBe(true);
    const summaryText = await text(summary);
    expect(summaryText).toContain('Appariement terminé : 2 binômes proposés.');
    expect(summaryText).toContain('Méthode approchée');
    expect(summaryText).toMatch(/Durée du calcul : 2\s000 ms/);
    expect(summaryText).toContain('Attention : le calcul a atteint sa limite de temps.');

    const table = page.getByRole('table', { name: 'Détail du score : Karim Benali et Inès' });
    const interests = table.getByRole('row', { name: /Centres d’intérêt et métier/ });
    expect(await text(interests)).toMatch(
      /5\s*100\s%\s*33,3\s*Industrie et énergie : un des centres d’intérêt d’Inès/,
    );
    expect(await text(table.getByRole('row', { name: /Distance/ }))).toMatch(/3\s*80\s%\s*16\s*Environ 3 km/);
    expect(await text(table.getByRole('row', { name: /Score total/ }))).toContain('75,9');
    await page.getByText('Yanis : Non éligible ; Autorisation parentale en attente').waitFor();
    await page.getByText('Paul Durand : Contrôle d’honorabilité expiré').waitFor();
    await expectNoAxeViolations(page, 'matching results');

    await page.getByRole('button', { name: 'Verrouiller : Karim Benali et Inès' }).click();
    const unlock = page.getByRole('button', { name: 'Déverrouiller : Karim Benali et Inès' });
    await unlock.waitFor();
    await expect.poll(() => isFocused(unlock)).toBe(true);
    await page.getByText('Verrouillé : gardé aux prochains appariements').waitFor();
    expect(lastWrite('/lock')?.path).toBe(`/api/t/${admin}/mentoring/pairs/${ids.proposed}/lock`);

    await page.getByRole('button', { name: 'Rejeter : Sophie Garnier et Lina' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Rejeter cette proposition ?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'reject confirmation');
    await dialog.getByRole('button', { name: 'Rejeter la proposition' }).click();
    await page.getByRole('heading', { name: /Sophie Garnier.*Lina/ }).waitFor({ state: 'detached' });
    expect(lastWrite('/reject')?.path).toBe(`/api/t/${admin}/mentoring/pairs/${ids.other}/reject`);
    await expect.poll(() => isFocused(unlock)).toBe(true);
  });

  it('groups the pairs by status, shows the meetings and closes a pair with an outcome and a reason', async () => {
    await page.goto(dashboard('binomes'));
    await page.getByRole('heading', { name: 'Actifs (1)' }).waitFor();
    await page.getByRole('heading', { name: 'Proposés, en attente du mentor (1)' }).waitFor();
    const closed = page.getByRole('table', { name: /^Clos/ });
    expect(await text(closed)).toContain('Arrêté avant le terme : Déménagement du jeune');
    const active = page.getByRole('table', { name: /^Actifs/ });
    expect(await text(active)).toContain('3 rencontres');
    await active.getByRole('button', { name: 'Voir les rencontres : Sophie Garnier et Lina' }).click();
    await active.getByText('Note : Visite des serres').waitFor();
    await expectNoAxeViolations(page, 'pairs board');

    await active.getByRole('button', { name: 'Clore le binôme Sophie Garnier et Lina' }).click();
    const dialog = page.getByRole('dialog', { name: 'Clore le binôme Sophie Garnier et Lina ?' });
    await dialog.getByRole('button', { name: 'Clore le binôme' }).click();
    await expect.poll(focusedId).toBe('cloture-outcome');
    expect(await errorOf(dialog.getByLabel('Motif'))).toContain('Indiquez le motif.');
    await expectNoAxeViolations(page, 'close dialog with errors');
    await dialog.getByLabel('Mené à son terme').check();
    await dialog.getByLabel('Motif').fill('Fin de l’année scolaire');
    await dialog.getByRole('button', { name: 'Clore le binôme' }).click();
    await page.getByText('Le binôme Sophie Garnier et Lina est clos.').waitFor();
    expect(lastWrite('/close')?.body).toEqual({ outcome: 'completed', reason: 'Fin de l’année scolaire' });
  });

  it('shows a partner referent its mentors and lets it name another for its organization', async () => {
    await page.goto(at('/mes-mentors', partner));
    await expectHeading('Mes mentors');
    const row = page.getByRole('row', { name: /Karim Benali/ });
    expect(await text(row)).toMatch(
      /Technicien de maintenance.*Industrie et énergie.*1 sur 2.*Signée.*Vérifiée/,
    );
    expect(await page.getByRole('row', { name: /Sophie Garnier/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'partner mentors');

    await page
      .getByRole('button', { name: 'Proposer un mentor pour « Mentorat collégiens 2026-2027 »' })
      .click();
    const form = page.locator('form', { hasText: 'Proposer un mentor pour' });
    await form.getByText('Organisation : Ateliers du Puy-de-Dôme').waitFor();
    expect(await form.getByLabel('Mentorat sur le temps de travail').count()).toBe(0);
    await form.getByLabel('Prénom', { exact: true }).fill('Julie');
    await form.getByLabel('Nom', { exact: true }).fill('Petit');
    await form.getByLabel('Adresse électronique', { exact: true }).fill('julie.petit@ateliers.example');
    await form.getByLabel('Famille de métiers').selectOption('numerique');
    await form.getByLabel('Métier exercé').fill('Développeuse');
    await form.getByLabel('Commune de travail').fill('63113');
    await form.getByLabel('Jeudi après-midi').check();
    await form.getByLabel('En soirée').check();
    await form.getByLabel('Nombre de jeunes accompagnés').fill('2');
    await form.getByLabel('Anglais').check();
    await form.getByLabel('3e', { exact: true }).check();
    await expectNoAxeViolations(page, 'partner mentor form');
    await form.getByRole('button', { name: 'Proposer ce mentor' }).click();
    await page.getByText(/Julie Petit est proposé·e comme mentor/).waitFor();
    expect(lastWrite(`/programs/${ids.program}/mentors`)?.body).toEqual({
      firstName: 'Julie',
      lastName: 'Petit',
      email: 'julie.petit@ateliers.example',
      organizationId: ids.company,
      jobFamily: 'numerique',
      jobTitle: 'Développeuse',
      communeCode: '63113',
      availability: ['thu_pm', 'evening'],
      capacity: 2,
      languages: ['fr', 'en'],
      preferredLevels: ['3e'],
      onWorkTime: false,
    });
  });

  it('lets a school referent nominate a pupil, then shows the verdict and the duplicate warning', async () => {
    await page.goto(at('/mes-eleves', school));
    await expectHeading('Mes élèves');
    expect(await text(page.getByRole('row', { name: /Yanis Roux/ }))).toMatch(/Non éligible.*En attente/);
    await expectNoAxeViolations(page, 'school students');

    await page.getByRole('button', { name: /^Proposer un·e élève/ }).click();
    const form = page.locator('form', { hasText: 'Proposer un·e élève pour' });
    // The program asks about scholarships, not about priority neighbourhoods.
    await form.getByLabel('Boursier ou boursière').waitFor();
    expect(await form.getByLabel(/quartier prioritaire/).count()).toBe(0);
    await form.getByLabel('Prénom', { exact: true }).fill('Yanis');
    await form.getByLabel('Nom', { exact: true }).fill('Roux');
    await form.getByLabel('Date de naissance').fill('2012-11-20');
    await form.getByLabel('Niveau').selectOption('4e');
    for (const family of [
      'Sport et loisirs',
      'Numérique et informatique',
      'Santé et social',
      'Commerce et vente',
      'Droit et sécurité',
      'Transport et logistique',
    ]) {
      await form.getByLabel(family).check();
    }
    await form.getByLabel('Samedi matin').check();
    await form.getByLabel('Motif de la proposition').selectOption('confidence');
    await form
      .getByLabel('Adresse électronique du ou de la responsable légal·e')
      .fill('famille.roux@example.org');
    await form.getByRole('button', { name: 'Proposer l’élève' }).click();
    const interests = form.getByLabel('Sport et loisirs');
    await expect.poll(() => interests.getAttribute('aria-invalid')).toBe('true');
    await form.getByText('Choisissez au plus 5 centres d’intérêt.').first().waitFor();
    expect(await form.getByLabel('Prénom', { exact: true }).inputValue()).toBe('Yanis');
    await expectNoAxeViolations(page, 'nomination form with an error');

    await form.getByLabel('Transport et logistique').uncheck();
    await form.getByLabel('Premier de sa famille à viser le lycée général').check();
    await form.getByRole('button', { name: 'Proposer l’élève' }).click();
    const result = page.locator('.nomination-result');
    await result.waitFor();
    await expect.poll(() => isFocused(result)).toBe(true);
    const resultText = await text(result);
    expect(resultText).toContain('Yanis Roux est proposé·e.');
    expect(resultText).toContain('Non éligible');
    expect(resultText).toContain('Attention : Yanis semble déjà suivi·e dans un autre programme.');
    expect(resultText).toContain('Cordées de la réussite');
    await expectNoAxeViolations(page, 'nomination result');
    expect(lastWrite(`/programs/${ids.program}/young-people`)?.body).toEqual({
      firstName: 'Yanis',
      lastName: 'Roux',
      birthDate: '2012-11-20',
      level: '4e',
      schoolId: ids.school,
      interests: ['numerique', 'sante', 'commerce', 'droit', 'sport'],
      availability: ['sat_am'],
      languages: ['fr'],
      reason: 'confidence',
      scholarship: false,
      priorityNeighbourhood: false,
      customCriteria: ['Premier de sa famille à viser le lycée général'],
      guardianEmail: 'famille.roux@example.org',
    });
  });

  it('lets a mentor accept the charter and a pair, and log a meeting with a note for the coordination', async () => {
    await page.goto(at('/mon-mentorat', mentorTenant));
    await expectHeading('Mon mentorat');
    await page.getByRole('heading', { name: 'Charte du mentor : Mentorat collégiens 2026-2027' }).waitFor();
    await page.getByText(/3 h 30\s+utilisées sur une enveloppe de\s+20 h/).waitFor();
    await expectNoAxeViolations(page, 'mentor page');

    await page.getByRole('button', { name: 'Accepter la charte' }).click();
    const box = page.getByLabel('J’ai lu la charte du mentor et je m’engage à la respecter.');
    await expect.poll(() => isFocused(box)).toBe(true);
    expect(await errorOf(box)).toContain('Cochez la case pour accepter la charte.');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Accepter la charte' }).click();
    await page.getByText('Merci : la charte du mentor est acceptée.').waitFor();
    await page.getByRole('heading', { name: /Charte du mentor/ }).waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Accepter d’accompagner Malo' }).click();
    await page.getByText(/Vous accompagnez désormais Malo/).waitFor();
    expect(lastWrite('/accept')?.path).toBe(`/api/t/${mentorTenant}/mentoring/pairs/${ids.other}/accept`);

    const lina = page.locator('section', { hasText: 'Lina, 4e' });
    expect(await text(lina)).toMatch(
      /Environnement, eau et espaces verts, Santé et social.*3, la dernière le 4 novembre 2026/,
    );
    const note = lina.getByLabel('Note pour la coordination');
    expect(
      await text(page.locator(`[id="${(await note.getAttribute('aria-describedby'))?.split(' ')[0]}"]`)),
    ).toContain('Visible uniquement par la coordination');
    await lina.getByLabel('Date de la rencontre').fill('2026-11-18');
    await lina.getByLabel('Durée').fill('600');
    await lina.getByLabel('Type de rencontre').selectOption('workplace_visit');
    await note.fill('Visite des serres municipales, très intéressée.');
    await lina.getByRole('button', { name: 'Noter la rencontre' }).click();
    // Over the allowance: the server says so next to the duration, and nothing typed is lost.
    const duration = lina.getByLabel('Durée');
    await expect.poll(() => errorOf(duration)).toContain('Au-delà de l’enveloppe annuelle.');
    await lina.getByText(/dépasse l’enveloppe annuelle de 20 h/).waitFor();
    expect(await note.inputValue()).toBe('Visite des serres municipales, très intéressée.');
    await expectNoAxeViolations(page, 'meeting form with an error');

    await duration.fill('90');
    await duration.press('Enter');
    await page.getByText('Rencontre du 18 novembre 2026 avec Lina notée.').waitFor();
    expect(lastWrite('/meetings')?.body).toEqual({
      date: '2026-11-18',
      durationMinutes: 90,
      kind: 'workplace_visit',
      note: 'Visite des serres municipales, très intéressée.',
    });
  });
});
