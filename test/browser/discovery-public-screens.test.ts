import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, fixtureId, recordingStub, type StubWrite, signedIn } from '../support/api-stub.ts';
import { expectNoAxeViolations } from '../support/browser.ts';
import { screenQueries } from '../support/screen-queries.ts';
import type { ApiStub } from '../support/serve-dist.ts';
import { serveStubbedSpa } from '../support/stubbed-spa.ts';

// Pass'3e as a school referent, a tutor, a guardian and a pupil see it, against a stub answering
// docs/api-discovery.md's shapes. The booklet is checked on a 375 px phone.

const school = 'ville-ecole';
const tutor = 'ville-tuteur';
const pub = 'ville-exemple';
const roles: Record<string, string[]> = { [school]: ['school_referent'], [tutor]: ['mentor'] };
const ids = {
  program: fixtureId('dpg', 1),
  week: fixtureId('dwk', 1),
  camus: fixtureId('org', 1),
  ines: fixtureId('dst', 1),
  yanis: fixtureId('dst', 2),
  greenhouses: fixtureId('dho', 1),
  g1: fixtureId('dgr', 1),
};

const program = {
  id: ids.program,
  name: 'Pass’3e 2026-2027',
  season: '2026-2027',
  totalPlaces: 10,
  priorityWeights: { 'REP+': 1.5, REP: 1.25, none: 1 },
  minimumPerSchool: 0,
  groupSize: 5,
  layout: ['citizenship', 'service', 'service', 'service', 'restitution'],
  status: 'active',
  weeks: [{ id: ids.week, startDate: '2027-01-25', closedAt: null }],
};

const quotas = {
  quotas: [
    {
      school: { id: ids.camus, name: 'Collège Albert-Camus', priorityEducation: 'REP+', enrolment3e: 98 },
      quota: 5,
      explanation:
        '98 élèves de 3e × 1,5 (REP+) = 147 parts sur 310,75 : 4,73 places, arrondies à 4, plus 1 au plus fort reste = 5 places.',
      nominated: 1,
    },
  ],
  total: 5,
  excluded: [],
  computedAt: '2026-10-01T08:00:00Z',
};

const ines = {
  id: ids.ines,
  school: { id: ids.camus, name: 'Collège Albert-Camus' },
  firstName: 'Inès',
  lastName: 'Moreau',
  gender: 'F',
  interests: ['environnement', 'sante'],
  reason: 'Pas de réseau pour trouver un stage.',
  guardianEmail: 'famille.moreau@example.org',
  authorisation: 'given',
  groupId: ids.g1,
};

const tutorPlan = {
  weeks: [
    {
      id: ids.week,
      startDate: '2027-01-25',
      closedAt: null,
      days: [
        {
          dayIndex: 1,
          date: '2027-01-26',
          kind: 'service',
          hosts: [
            {
              host: { id: ids.greenhouses, name: 'Serres municipales', jobFamily: 'environnement' },
              tutors: [{ id: fixtureId('dtu', 1), name: 'Sophie Garnier' }],
              groups: [
                {
                  id: ids.g1,
                  number: 1,
                  students: [
                    { id: ids.ines, firstName: 'Inès', schoolName: 'Collège Albert-Camus', present: null },
                    { id: ids.yanis, firstName: 'Yanis', schoolName: 'Collège Jules-Vallès', present: true },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  unplaced: [],
};

const bookletDays = (planned: boolean) =>
  program.layout.map((kind, dayIndex) => ({
    dayIndex,
    kind,
    date: planned ? `2027-01-2${5 + dayIndex}` : null,
    page: kind === 'service' ? `day-${dayIndex + 1}` : null,
    host:
      kind !== 'service' || !planned
        ? null
        : [
            { name: 'Serres municipales', jobFamily: 'environnement', mixedJob: true },
            { name: 'Médiathèque Croix-de-Neyrat', jobFamily: 'culture', mixedJob: false },
            { name: 'Garage municipal', jobFamily: 'transport', mixedJob: false },
          ][dayIndex - 1],
    tutor: kind === 'service' && planned ? { name: 'Sophie Garnier' } : null,
  }));

const booklet = (closedAt: string | null, pages: Record<string, Record<string, string>> = {}) => ({
  tenantName: 'Ville d’Exemple',
  programName: program.name,
  student: { firstName: 'Inès', schoolName: 'Collège Albert-Camus' },
  week: { id: ids.week, startDate: '2027-01-25', closedAt },
  group: { number: 1 },
  days: bookletDays(true),
  pages,
  editable: !closedAt,
  survey: { answered: false },
});
const written = {
  'day-2': {
    seen: 'Les serres et la pépinière.',
    interviewedAgent: 'Sophie Garnier',
    agentJob: 'Jardinière',
    activity: 'Rempoter des plants de tomates.',
    learned: 'Il faut un CAP pour commencer.',
  },
};

function publicStub(): { stub: ApiStub; writes: StubWrite[] } {
  const { stub, writes } = recordingStub(({ method, path: pathname, body }) => {
    if (pathname === '/api/me') {
      return signedIn({
        identity: { id: 'idt_2', email: 'cpe@camus.example', name: 'Claire Référente' },
        memberships: Object.entries(roles).map(([slug, r]) => ({
          tenant: { slug, name: 'Ville d’Exemple' },
          role: r[0],
        })),
      });
    }
    const publicBase = `/api/public/t/${pub}/discovery`;
    if (pathname.startsWith(publicBase)) {
      const rest = pathname.slice(publicBase.length);
      if (rest === '/authorisations/tok-autorisation' && method === 'GET') {
        return {
          status: 200,
          json: {
            firstName: 'Inès',
            programName: program.name,
            schoolName: 'Collège Albert-Camus',
            tenantName: 'Ville d’Exemple',
            scopes: {
              week: 'Être accueilli·e une semaine dans les services de la collectivité, en groupe, encadré·e par des agents tuteurs',
              booklet:
                'Tenir un livret de stage numérique, lu par son tuteur ou sa tutrice et par son collège',
            },
            weekStart: '2027-01-25',
            decision: null,
          },
        };
      }
      if (rest === '/authorisations/tok-autorisation' && method === 'POST') return { status: 200, json: {} };
      if (rest === '/booklet/tok-ouvert' && method === 'GET') return { status: 200, json: booklet(null) };
      if (rest === '/booklet/tok-clos' && method === 'GET') {
        return { status: 200, json: booklet('2027-01-29T17:00:00Z', written) };
      }
      if (rest === '/booklet/tok-ferme-entre-temps' && method === 'GET')
        return { status: 200, json: booklet(null) };
      if (rest === '/booklet/tok-ferme-entre-temps/pages/day-2' && method === 'PUT') {
        return apiError(409, 'CONFLICT', 'La semaine est close : le livret ne peut plus être modifié.');
      }
      if (rest.startsWith('/booklet/tok-ouvert/pages/') && method === 'PUT') {
        return {
          status: 200,
          json: booklet(null, { [rest.split('/').at(-1)!]: body as Record<string, string> }),
        };
      }
      if (rest === '/booklet/tok-expire') {
        return apiError(409, 'CONFLICT', 'Ce lien de livret a expiré.');
      }
      if (rest === '/surveys/tok-avis' && method === 'GET') {
        return {
          status: 200,
          json: {
            respondent: 'tutor',
            answered: false,
            extraQuestions: [{ label: 'Le groupe était-il bien préparé ?', kind: 'yes_no' }],
          },
        };
      }
      if (rest.startsWith('/surveys/') && method === 'POST') {
        return { status: 201, json: { respondent: 'tutor', satisfaction: body?.satisfaction } };
      }
      return undefined;
    }
    const match = /^\/api\/t\/([^/]+)(\/.*)?$/.exec(pathname);
    if (!match) return undefined;
    const [, slug = '', rest = ''] = match;
    const tenantRoles = roles[slug];
    if (!tenantRoles) return apiError(404, 'NOT_FOUND', 'Collectivité introuvable.');
    if (rest === '') {
      return {
        status: 200,
        json: {
          slug,
          name: 'Ville d’Exemple',
          kind: 'commune',
          brandColor: '#0b5394',
          role: tenantRoles[0],
          roles: tenantRoles,
          organizations:
            slug === school ? [{ id: ids.camus, name: 'Collège Albert-Camus', kind: 'school' }] : [],
        },
      };
    }
    const at = `/discovery/programs/${ids.program}`;
    if (rest === '/discovery/programs') return { status: 200, json: { items: [program] } };
    if (rest === `${at}/quotas`) return { status: 200, json: quotas };
    if (rest === `${at}/students` && method === 'GET') return { status: 200, json: { items: [ines] } };
    if (rest === `${at}/students` && method === 'POST') {
      if (body?.lastName === 'Quota') {
        return apiError(
          409,
          'CONFLICT',
          'Le quota du Collège Albert-Camus est atteint : 5 places, 5 élèves proposés.',
        );
      }
      return {
        status: 201,
        json: { ...ines, ...body, id: fixtureId('dst', 9), authorisation: 'pending', groupId: null },
      };
    }
    if (rest === `${at}/students/${ids.ines}/booklet`) {
      return { status: 200, json: booklet(null, written) };
    }
    if (rest === `${at}/plan`) return { status: 200, json: tutorPlan };
    if (rest === `${at}/attendance` && method === 'POST') {
      return { status: 200, json: { dayIndex: 1, recorded: 2, present: 1 } };
    }
    return undefined;
  });
  return { stub, writes };
}

describe('Pass’3e for schools, tutors, guardians and pupils', () => {
  const { stub, writes } = publicStub();
  const spa = serveStubbedSpa({ tempPrefix: 'passerelle-discovery-public-', stub });
  let page: Page;
  const at = (slug: string, rest: string) => `${spa.url}/t/${slug}${rest}`;
  const { expectHeading, focusedId, text, errorOf, shot } = screenQueries(() => page);
  const lastWrite = (suffix: string) => writes.findLast((w) => w.path.endsWith(suffix));

  beforeEach(async () => {
    writes.length = 0;
    page = await spa.newPage();
    return () => page.close();
  });

  it('shows a school its quota with the arithmetic, and nominates a pupil with ranked interests', async () => {
    await page.goto(at(school, '/mes-eleves-pass3e'));
    await expectHeading('Mes élèves Pass’3e');
    const quota = page.locator('.quota-line');
    await expect.poll(() => text(quota)).toContain('Collège Albert-Camus : 5 places, 1 élève proposé.');
    expect(await text(quota)).toContain('98 élèves de 3e × 1,5 (REP+) = 147 parts');
    expect(await text(page.getByRole('row', { name: /Inès Moreau/ }))).toContain('Donnée');
    await expectNoAxeViolations(page, 'school pupils');
    await shot('school-pupils');

    await page.getByRole('button', { name: /Proposer un·e élève/ }).click();
    await expect.poll(focusedId).toBe(`pass3e-eleve-${ids.program}-titre`);
    await page.getByLabel('2e choix').selectOption('sante');
    await page.getByRole('button', { name: 'Proposer l’élève' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => text(summary)).toContain('Le formulaire contient 6 erreurs');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const first = page.getByLabel('1er choix');
    expect(await first.getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf(first)).toContain('Choisissez au moins un centre d’intérêt.');
    await expectNoAxeViolations(page, 'nomination with errors');
    await shot('nomination-errors');
    await summary.getByRole('link', { name: /Genre/ }).click();
    await expect.poll(focusedId).toBe(`pass3e-eleve-${ids.program}-gender`);

    await page.getByLabel('Prénom').fill('Malo');
    await page.getByLabel('Nom', { exact: true }).fill('Quota');
    await page.getByLabel('Garçon').check();
    await first.selectOption('btp');
    await page.getByLabel('3e choix').selectOption('transport');
    await page.getByLabel('Pourquoi cet élève').fill('Aucun réseau dans la famille.');
    await page
      .getByLabel('Adresse électronique du ou de la responsable légal·e')
      .fill('famille.roux@example.org');
    await page.getByRole('button', { name: 'Proposer l’élève' }).click();
    await expect.poll(() => text(summary)).toContain('Le quota du Collège Albert-Camus est atteint');
    expect(await page.getByLabel('Prénom').inputValue()).toBe('Malo');

    await page.getByLabel('Nom', { exact: true }).fill('Roux');
    await page.getByRole('button', { name: 'Proposer l’élève' }).click();
    await page.getByText('Malo Roux est proposé·e.').waitFor();
    expect(lastWrite('/students')?.body).toEqual({
      schoolId: ids.camus,
      firstName: 'Malo',
      lastName: 'Roux',
      gender: 'M',
      interests: ['btp', 'sante', 'transport'],
      reason: 'Aucun réseau dans la famille.',
      guardianEmail: 'famille.roux@example.org',
    });
  });

  it('lets the school read a pupil’s booklet', async () => {
    await page.goto(at(school, '/mes-eleves-pass3e'));
    await page.getByRole('link', { name: 'Lire le livret d’Inès' }).click();
    await expectHeading('Livret d’Inès');
    await expect.poll(focusedId).toBe('');
    const day = page.getByRole('region', { name: 'Jour 2 — mardi 26 janvier 2027' });
    expect(await text(day)).toContain(
      'Serres municipales (Environnement, eau et espaces verts), avec Sophie Garnier',
    );
    expect(await text(day)).toContain('Ce que j’ai vuLes serres et la pépinière.');
    expect(await text(page.getByRole('region', { name: 'Bilan et projets' }))).toContain('Pas encore rempli');
    await expectNoAxeViolations(page, 'booklet read by the school');
    await shot('booklet-read');
  });

  it('gives a tutor their host-days and records attendance', async () => {
    await page.goto(at(tutor, '/mes-groupes'));
    await expectHeading('Mes groupes Pass’3e');
    const day = page.getByRole('article', { name: 'mardi 26 janvier 2027 : Serres municipales' });
    await day.waitFor();
    const inesBox = day.getByLabel('Inès (Collège Albert-Camus)');
    expect(await inesBox.isChecked()).toBe(false);
    expect(await day.getByLabel('Yanis (Collège Jules-Vallès)').isChecked()).toBe(true);
    expect(await day.getByRole('link', { name: 'Livret d’Inès' }).getAttribute('href')).toBe(
      `/t/${tutor}/pass3e/${ids.program}/eleves/${ids.ines}`,
    );
    await expectNoAxeViolations(page, 'tutor host-days');
    await shot('tutor');
    await inesBox.check();
    await day.getByLabel('Yanis (Collège Jules-Vallès)').uncheck();
    await day.getByRole('button', { name: /Enregistrer les présences/ }).click();
    await day.getByText('Enregistré : 1 présent sur 2.').waitFor();
    expect(lastWrite('/attendance')?.body).toEqual({
      dayIndex: 1,
      records: [
        { studentId: ids.ines, present: true },
        { studentId: ids.yanis, present: false },
      ],
    });
  });

  it('lets a guardian authorise the week', async () => {
    await page.goto(at(pub, '/pass3e/autorisation/tok-autorisation'));
    await expectHeading('Autoriser Inès à participer au Pass’3e');
    await page.getByText('Tenir un livret de stage numérique', { exact: false }).waitFor();
    await page.getByText('Semaine du lundi 25 janvier 2027', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Donner mon autorisation' }).click();
    await expect.poll(() => text(page.locator('.error-summary'))).toContain('3 erreurs');
    await expectNoAxeViolations(page, 'guardian form with errors');
    await shot('guardian-errors');
    await page.getByLabel('Vos nom et prénom').fill('Karima Moreau');
    await page.getByLabel('Votre lien avec Inès').selectOption('mere');
    await page.getByLabel(/j’autorise sa participation/).check();
    await page.getByRole('button', { name: 'Donner mon autorisation' }).click();
    await expectHeading('Autorisation enregistrée');
    expect(lastWrite('/authorisations/tok-autorisation')?.body).toEqual({
      guardianName: 'Karima Moreau',
      relationship: 'mere',
      consent: true,
    });
    await expectNoAxeViolations(page, 'guardian answered');
  });

  it('fills a booklet page on a 375 px phone and says it is saved', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(at(pub, '/pass3e/livret/tok-ouvert'));
    await expectHeading('Livret d’Inès');
    await page.getByText('Pass’3e 2026-2027 · Semaine du lundi 25 janvier 2027 · Groupe 1').waitFor();
    const pdf = page.getByRole('link', { name: /Imprimer \/ PDF/ });
    expect(await pdf.getAttribute('href')).toBe(
      `/api/public/t/${pub}/discovery/booklet/tok-ouvert/booklet.pdf`,
    );
    const toc = page.getByRole('navigation', { name: 'Pages du livret' });
    expect(await toc.getByRole('listitem').allTextContents()).toEqual([
      'Jour 2 — mardi 26 janvier 2027 à remplir',
      'Jour 3 — mercredi 27 janvier 2027 à remplir',
      'Jour 4 — jeudi 28 janvier 2027 à remplir',
      'Bilan et projets à remplir',
    ]);
    await page
      .getByText('Serres municipales (Environnement, eau et espaces verts), avec Sophie Garnier')
      .waitFor();
    await expectNoAxeViolations(page, 'booklet on a phone');

    await page.getByLabel('Ce que j’ai vu').fill('Les serres et la pépinière.');
    const state = page.locator('.save-state');
    await expect.poll(() => text(state)).toContain('Modifications non enregistrées');
    await page.getByLabel('La personne que j’ai interviewée').fill('Sophie Garnier');
    await page.getByLabel('Son métier').fill('Jardinière');
    await page.getByLabel('Ce que j’ai appris').fill('Il faut un CAP pour commencer.');
    const save = page.getByRole('button', { name: 'Enregistrer cette page' });
    const box = await save.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await save.click();
    await expect.poll(() => text(state)).toMatch(/✓ Enregistré à \d{2} h \d{2}/);
    expect(lastWrite('/pages/day-2')).toMatchObject({
      method: 'PUT',
      body: {
        seen: 'Les serres et la pépinière.',
        interviewedAgent: 'Sophie Garnier',
        agentJob: 'Jardinière',
        activity: '',
        learned: 'Il faut un CAP pour commencer.',
      },
    });
    expect(await text(toc.getByRole('listitem').first())).toContain('✓ enregistrée');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'booklet page saved');
    await shot('booklet-saved');

    // The contents work from the keyboard: a page chosen there takes the reading to its title.
    await toc.getByRole('link', { name: 'Bilan et projets' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedId).toBe('livret-assessment-titre');
    expect(page.url()).toContain('?page=assessment');
    await page.keyboard.press('Tab');
    await expect.poll(focusedId).toBe('livret-assessment-assessment');
    await page.getByText('Ton avis sur la semaine').waitFor();
    await page.getByLabel('4 — Satisfait·e').check();
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await page.getByText('Merci : ton avis est enregistré.').waitFor();
    expect(lastWrite('/surveys/tok-ouvert')?.body).toEqual({ satisfaction: 4 });
  });

  it('shows a closed week’s booklet read-only, and turns read-only when the week closes meanwhile', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(at(pub, '/pass3e/livret/tok-clos'));
    await expectHeading('Livret d’Inès');
    await page.getByText('La semaine est terminée : ton livret ne se modifie plus.').waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer cette page' }).count()).toBe(0);
    expect(await text(page.getByRole('region', { name: /Jour 2/ }))).toContain('Jardinière');
    await expectNoAxeViolations(page, 'closed booklet');
    await shot('booklet-closed');

    await page.goto(at(pub, '/pass3e/livret/tok-ferme-entre-temps'));
    await page.getByLabel('Ce que j’ai vu').fill('Les serres.');
    await page.getByRole('button', { name: 'Enregistrer cette page' }).click();
    await page.getByText('La semaine est close : le livret ne peut plus être modifié.').waitFor();
    expect(await page.getByRole('button', { name: 'Enregistrer cette page' }).count()).toBe(0);

    await page.goto(at(pub, '/pass3e/livret/tok-expire'));
    await expectHeading('Ce lien de livret n’est plus valable');
  });

  it('takes a tutor’s end-of-week survey', async () => {
    await page.goto(at(pub, '/pass3e/avis/tok-avis'));
    await expectHeading('Votre avis sur la semaine Pass’3e');
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click();
    const satisfaction = page.getByLabel('5 — Très satisfait·e');
    expect(await satisfaction.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'survey with an error');
    await shot('survey');
    await satisfaction.check();
    await page.getByLabel('Un commentaire').fill('Groupe motivé.');
    // The program's template asks one more question, after the built-in ones.
    await page
      .getByRole('group', { name: /Le groupe était-il bien préparé \?/ })
      .getByLabel('Oui')
      .check();
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await page.getByText('Merci : votre avis est enregistré.').waitFor();
    expect(lastWrite('/surveys/tok-avis')?.body).toEqual({
      satisfaction: 5,
      comment: 'Groupe motivé.',
      extraAnswers: [{ label: 'Le groupe était-il bien préparé ?', answer: true }],
    });
  });
});
