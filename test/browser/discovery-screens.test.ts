import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, fixtureId, recordingStub, type StubWrite, signedIn } from '../support/api-stub.ts';
import { expectNoAxeViolations } from '../support/browser.ts';
import { screenQueries } from '../support/screen-queries.ts';
import type { ApiStub } from '../support/serve-dist.ts';
import { serveStubbedSpa } from '../support/stubbed-spa.ts';

// The coordination's Pass'3e screens against a stub answering docs/api-discovery.md's shapes (and
// the server's views where the contract names a response without its shape). Page-level only: the
// journey against the real backend lives elsewhere.

const admin = 'ville-exemple';
const ids = {
  program: fixtureId('dpg', 1),
  created: fixtureId('dpg', 2),
  week1: fixtureId('dwk', 1),
  week2: fixtureId('dwk', 2),
  camus: fixtureId('org', 1),
  valles: fixtureId('org', 2),
  aubrac: fixtureId('org', 3),
  greenhouses: fixtureId('dho', 1),
  library: fixtureId('dho', 2),
  garage: fixtureId('dho', 3),
  g1: fixtureId('dgr', 1),
  g2: fixtureId('dgr', 2),
  g3: fixtureId('dgr', 3),
  service: fixtureId('org', 10),
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
  weeks: [
    { id: ids.week1, startDate: '2027-01-25', closedAt: null },
    { id: ids.week2, startDate: '2027-02-01', closedAt: null },
  ],
};

const school = (
  schoolId: string,
  name: string,
  uai: string,
  priority: string,
  enrolment3e: number | null,
) => ({
  id: schoolId,
  kind: 'school',
  name,
  uai,
  schoolKind: 'college',
  priorityEducation: priority,
  enrolment3e,
  status: 'active',
  createdAt: '2026-06-01T00:00:00Z',
  updatedAt: '2026-06-01T00:00:00Z',
});
const schools = [
  school(ids.camus, 'Collège Albert-Camus', '0630001A', 'REP+', 98),
  school(ids.valles, 'Collège Jules-Vallès', '0630002B', 'REP', 131),
  school(ids.aubrac, 'Collège Lucie-Aubrac', '0630003C', 'none', null),
];

const quotas = {
  quotas: [
    {
      school: { id: ids.camus, name: 'Collège Albert-Camus', priorityEducation: 'REP+', enrolment3e: 98 },
      quota: 5,
      explanation:
        '98 élèves de 3e × 1,5 (REP+) = 147 parts sur 310,75 : 4,73 places, arrondies à 4, plus 1 au plus fort reste = 5 places.',
      nominated: 3,
    },
    {
      school: { id: ids.valles, name: 'Collège Jules-Vallès', priorityEducation: 'REP', enrolment3e: 131 },
      quota: 5,
      explanation:
        '131 élèves de 3e × 1,25 (REP) = 163,75 parts sur 310,75 : 5,27 places, arrondies à 5 = 5 places.',
      nominated: 1,
    },
  ],
  total: 10,
  excluded: [
    {
      school: { id: ids.aubrac, name: 'Collège Lucie-Aubrac', priorityEducation: 'none', enrolment3e: null },
      reason: 'Effectif de 3e non renseigné : saisissez-le pour que le collège reçoive des places.',
    },
  ],
  computedAt: '2026-10-01T08:00:00Z',
};

const hosts = [
  {
    id: ids.greenhouses,
    organizationId: ids.service,
    organizationName: 'Direction des espaces verts',
    name: 'Serres municipales',
    jobFamily: 'environnement',
    mixedJob: true,
    capacityGroupsPerDay: 1,
    availableWeeks: null,
    conventionId: null,
    tutors: [
      { id: fixtureId('dtu', 1), name: 'Sophie Garnier', email: 'sophie.garnier@ville.example', days: null },
    ],
  },
  {
    id: ids.library,
    organizationId: fixtureId('org', 11),
    organizationName: 'Médiathèque',
    name: 'Médiathèque Croix-de-Neyrat',
    jobFamily: 'culture',
    mixedJob: false,
    capacityGroupsPerDay: 1,
    availableWeeks: null,
    conventionId: null,
    tutors: [
      { id: fixtureId('dtu', 2), name: 'Paul Durand', email: 'paul.durand@ville.example', days: null },
    ],
  },
  {
    id: ids.garage,
    organizationId: fixtureId('org', 12),
    organizationName: 'Garage municipal',
    name: 'Garage municipal',
    jobFamily: 'transport',
    mixedJob: false,
    capacityGroupsPerDay: 1,
    availableWeeks: null,
    conventionId: null,
    tutors: [
      { id: fixtureId('dtu', 3), name: 'Nadia Bensaïd', email: 'nadia.bensaid@ville.example', days: null },
    ],
  },
];

const member = (n: number, firstName: string, schoolName: string, gender: string) => ({
  id: fixtureId('dst', n),
  firstName,
  schoolName,
  gender,
});
const groups = [
  {
    id: ids.g1,
    number: 1,
    weekId: ids.week1,
    students: [
      member(1, 'Inès', 'Collège Albert-Camus', 'F'),
      member(2, 'Yanis', 'Collège Jules-Vallès', 'M'),
      member(3, 'Lina', 'Collège Jules-Vallès', 'F'),
    ],
    score: 83,
    explanation: '2 collèges pour 3 élèves ; 2 filles et 1 garçon ; centre d’intérêt commun : environnement.',
  },
  {
    id: ids.g2,
    number: 2,
    weekId: ids.week1,
    students: [
      member(4, 'Malo', 'Collège Albert-Camus', 'M'),
      member(5, 'Sarah', 'Collège Jules-Vallès', 'F'),
    ],
    score: 100,
    explanation: '2 collèges pour 2 élèves ; 1 fille et 1 garçon.',
  },
];

/** Which host each group visits on days 1–3, as stored by the stub (moves change it). */
type Placement = Record<string, Record<number, string>>;
const initialPlacement = (): Placement => ({
  [ids.g1]: { 1: ids.greenhouses, 2: ids.library, 3: ids.garage },
  [ids.g2]: { 1: ids.library, 2: ids.garage, 3: ids.greenhouses },
});

function planOf(placement: Placement) {
  const layout = program.layout;
  const dates = ['2027-01-25', '2027-01-26', '2027-01-27', '2027-01-28', '2027-01-29'];
  const groupRef = (g: (typeof groups)[number]) => ({
    id: g.id,
    number: g.number,
    students: g.students.map((s) => ({
      id: s.id,
      firstName: s.firstName,
      schoolName: s.schoolName,
      present: null,
    })),
  });
  return {
    weeks: [
      {
        id: ids.week1,
        startDate: '2027-01-25',
        closedAt: null,
        days: layout.map((kind, dayIndex) => ({
          dayIndex,
          date: dates[dayIndex],
          kind,
          ...(kind === 'service' ? {} : { groups: groups.map(groupRef) }),
          hosts:
            kind !== 'service'
              ? []
              : hosts
                  .map((h) => ({
                    host: { id: h.id, name: h.name, jobFamily: h.jobFamily },
                    tutors: h.tutors.map((t) => ({ id: t.id, name: t.name })),
                    groups: groups.filter((g) => placement[g.id]?.[dayIndex] === h.id).map(groupRef),
                  }))
                  .filter((h) => h.groups.length),
        })),
      },
      { id: ids.week2, startDate: '2027-02-01', closedAt: null, days: [] },
    ],
    unplaced: [
      {
        groupId: ids.g3,
        groupNumber: 3,
        reason: 'Sans semaine : relancez le planning, ou ajoutez des places ou des tuteurs.',
      },
    ],
  };
}

const students = [
  {
    id: fixtureId('dst', 1),
    school: { id: ids.camus, name: 'Collège Albert-Camus' },
    firstName: 'Inès',
    lastName: 'Moreau',
    gender: 'F',
    interests: ['environnement', 'sante', 'numerique'],
    reason: 'Pas de réseau pour trouver un stage.',
    guardianEmail: 'famille.moreau@example.org',
    authorisation: 'given',
    groupId: ids.g1,
  },
  {
    id: fixtureId('dst', 6),
    school: { id: ids.valles, name: 'Collège Jules-Vallès' },
    firstName: 'Noah',
    lastName: 'Petit',
    gender: 'M',
    interests: ['transport'],
    reason: 'Orientation à construire.',
    guardianEmail: 'famille.petit@example.org',
    authorisation: 'pending',
    groupId: null,
  },
];

const summary = {
  program: { id: ids.program, name: program.name, season: program.season },
  weeks: 1,
  groups: 2,
  studentsHosted: 5,
  studentsPresent: 5,
  schools: 2,
  repPlusStudents: 2,
  repPlusShare: 0.4,
  girls: 3,
  boys: 2,
  otherGender: 0,
  services: 3,
  mixedJobServices: 1,
  tutors: 3,
  attendanceRate: 0.93,
  satisfaction: 4.4,
  surveyAnswers: 5,
};

// The import fixture in the national export's format; line 4 has a bad UAI.
const csv = [
  'identifiant_de_l_etablissement;nom_etablissement;type_etablissement;statut_public_prive;code_commune;nom_commune;appartenance_education_prioritaire;nombre_d_eleves;nombre_d_eleves_3e',
  '0630001A;Collège Albert-Camus;Collège;Public;63113;Clermont-Ferrand;REP+;412;98',
  '0630002B;Collège Jules-Vallès;Collège;Public;63113;Clermont-Ferrand;REP;520;131',
  '063XXXX;Collège Sans-UAI;Collège;Public;63113;Clermont-Ferrand;;300;70',
].join('\n');
const rejected = [
  {
    line: 4,
    field: 'identifiant_de_l_etablissement',
    message: 'UAI « 063XXXX » invalide : 7 chiffres suivis d’une lettre.',
  },
];

function discoveryStub(): { stub: ApiStub; writes: StubWrite[]; reset: () => void } {
  let placement = initialPlacement();
  const { stub, writes } = recordingStub(({ method, path: pathname, query, body }) => {
    if (pathname === '/api/me') {
      return signedIn({
        identity: { id: 'idt_1', email: 'nadia@ville.example', name: 'Nadia Coordination' },
        memberships: [{ tenant: { slug: admin, name: 'Ville d’Exemple' }, role: 'tenant_admin' }],
      });
    }
    if (pathname === `/api/t/${admin}`) {
      return {
        status: 200,
        json: {
          slug: admin,
          name: 'Ville d’Exemple',
          kind: 'commune',
          brandColor: '#0b5394',
          role: 'tenant_admin',
          roles: ['tenant_admin'],
        },
      };
    }
    const rest = pathname.slice(`/api/t/${admin}`.length);
    if (rest === '/organizations') {
      const kind = query.get('kind');
      const items =
        kind === 'school'
          ? schools
          : [{ ...schools[0]!, id: ids.service, kind: 'service', name: 'Direction des espaces verts' }];
      return { status: 200, json: { items, page: 1, pageSize: 100, total: items.length } };
    }
    if (rest.startsWith('/organizations/') && method === 'PATCH') {
      const found = schools.find((s) => rest.endsWith(s.id));
      return { status: 200, json: { ...found, ...(body as object) } };
    }
    if (rest === '/schools/import') {
      const dryRun = query.get('dryRun') === '1';
      const partial = query.get('partial') === '1';
      if (!partial) {
        return apiError(422, 'VALIDATION', '1 ligne(s) à corriger : rien n’a été importé.', {
          'lignes.4.identifiant_de_l_etablissement': rejected[0]!.message,
        });
      }
      return {
        status: 200,
        json: { created: 1, updated: 1, unchanged: 0, rejected, outsideTerritory: 0, duplicates: 0, dryRun },
      };
    }

    const base = '/discovery/programs';
    const at = `${base}/${ids.program}`;
    if (rest === base && method === 'GET') return { status: 200, json: { items: [program] } };
    if (rest === base && method === 'POST') {
      return { status: 201, json: { ...program, ...(body as object), id: ids.created, weeks: [] } };
    }
    if (rest === `${base}/${ids.created}`) return { status: 200, json: { ...program, id: ids.created } };
    if (rest === at) return { status: 200, json: program };
    if (rest === `${at}/hosts` && method === 'GET') return { status: 200, json: { items: hosts } };
    if (rest === `${at}/hosts` && method === 'POST') {
      return { status: 201, json: { ...hosts[0], ...(body as object), id: fixtureId('dho', 9) } };
    }
    if (rest === `${at}/quotas` && method === 'GET')
      return apiError(404, 'NOT_FOUND', 'Aucun quota calculé.');
    if (rest === `${at}/quotas` && method === 'POST') return { status: 200, json: quotas };
    if (rest === `${at}/students`) return { status: 200, json: { items: students } };
    if (rest === `${at}/booklet-links` && method === 'POST') {
      return {
        status: 201,
        json: {
          studentId: (body as { studentId: string }).studentId,
          url: `https://passerelle.example/t/${admin}/pass3e/livret/tok_nouveau`,
          expiresAt: '2027-06-30T00:00:00Z',
        },
      };
    }
    if (rest === `${at}/groups` && method === 'GET') return { status: 200, json: { groups, sizes: [3, 2] } };
    if (rest === `${at}/groups` && method === 'POST') {
      return { status: 200, json: { groups, sizes: [3, 2], warnings: [] } };
    }
    if (rest === `${at}/plan` && method === 'GET') return { status: 200, json: planOf(placement) };
    if (rest === `${at}/plan` && method === 'PATCH') {
      const move = body as { groupId: string; dayIndex: number; hostId: string };
      // The library welcomes one group a day: moving group 1 there on Tuesday breaks the rule.
      const taken = Object.entries(placement).some(
        ([g, days]) => g !== move.groupId && days[move.dayIndex] === move.hostId,
      );
      if (taken) {
        return apiError(
          409,
          'CONFLICT',
          'Déplacement refusé : Médiathèque Croix-de-Neyrat reçoit 2 groupes le jour 2 pour 1 place. Groupe 1 : Médiathèque Croix-de-Neyrat deux fois dans la semaine.',
          {
            'violations.0': 'Médiathèque Croix-de-Neyrat reçoit 2 groupes le jour 2 pour 1 place.',
            'violations.1': 'Groupe 1 : Médiathèque Croix-de-Neyrat deux fois dans la semaine.',
          },
        );
      }
      placement = {
        ...placement,
        [move.groupId]: { ...placement[move.groupId], [move.dayIndex]: move.hostId },
      };
      return { status: 200, json: planOf(placement) };
    }
    if (rest === `${at}/plan` && method === 'POST') {
      placement = initialPlacement();
      return {
        status: 200,
        json: {
          assignments: [{ groupId: ids.g1 }, { groupId: ids.g2 }],
          unplaced: planOf(placement).unplaced,
          warnings: [],
        },
      };
    }
    if (rest === `${at}/summary`) return { status: 200, json: summary };
    if (rest === `${at}/weeks/${ids.week1}` && method === 'PATCH') {
      return { status: 200, json: { ...program.weeks[0], closedAt: '2027-01-30T17:00:00Z' } };
    }
    return undefined;
  });
  return { stub, writes, reset: () => (placement = initialPlacement()) };
}

describe('Pass’3e coordination screens', () => {
  const { stub, writes, reset } = discoveryStub();
  const spa = serveStubbedSpa({ tempPrefix: 'passerelle-discovery-', stub });
  let page: Page;
  const at = (rest: string) => `${spa.url}/t/${admin}${rest}`;
  const dashboard = (tab: string) => at(`/pass3e/${ids.program}?onglet=${tab}`);
  const { expectHeading, focusedId, focusedText, text, shot } = screenQueries(() => page);
  const lastWrite = (suffix: string) => writes.findLast((w) => w.path.endsWith(suffix));

  beforeEach(async () => {
    writes.length = 0;
    reset();
    page = await spa.newPage();
    return () => page.close();
  });

  it('lists the programs and creates one: a week that is not a Monday is said next to its field', async () => {
    await page.goto(at('/pass3e'));
    await expectHeading('Pass’3e');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    expect(await nav.getByRole('link', { name: 'Pass’3e' }).getAttribute('aria-current')).toBe('page');
    expect(await text(page.getByRole('row', { name: /Pass’3e 2026-2027/ }))).toContain('10');
    await expectNoAxeViolations(page, 'program list');
    await shot('program-list');

    await page.getByRole('button', { name: 'Nouveau programme' }).click();
    await expect.poll(focusedId).toBe('nouveau-pass3e-titre');
    await page.getByLabel('Nom du programme').fill('Pass’3e 2027-2028');
    await page.getByLabel('Nombre total de places').fill('100');
    await page.getByLabel('Coefficient REP+').fill('1,6');
    await page.getByLabel('Semaine 1').fill('2027-01-26');
    await page.getByRole('button', { name: 'Créer le programme' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => text(summary)).toContain('Semaine 1 : Cette date n’est pas un lundi');
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const week = page.getByLabel('Semaine 1');
    expect(await week.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'program form with an error');
    await shot('program-form-error');
    expect(writes).toHaveLength(0);

    await week.fill('2027-01-25');
    await page.getByRole('button', { name: 'Ajouter une semaine' }).click();
    await expect.poll(focusedId).toBe('pass3e-weeks-1');
    await page.getByLabel('Semaine 2').fill('2027-02-01');
    await page.getByRole('button', { name: 'Créer le programme' }).click();
    await page.waitForURL(at(`/pass3e/${ids.created}`));
    expect(lastWrite('/discovery/programs')?.body).toEqual({
      name: 'Pass’3e 2027-2028',
      season: expect.stringMatching(/^20\d{2}-20\d{2}$/),
      totalPlaces: 100,
      priorityWeights: { 'REP+': 1.6, REP: 1.25, none: 1 },
      minimumPerSchool: 0,
      groupSize: 5,
      weeks: ['2027-01-25', '2027-02-01'],
    });
  });

  it('previews the schools import with each rejected line numbered, then imports the valid lines', async () => {
    await page.goto(dashboard('etablissements'));
    await expectHeading('Pass’3e 2026-2027');
    await page.getByRole('row', { name: /Collège Albert-Camus/ }).waitFor();
    await expectNoAxeViolations(page, 'schools tab');

    await page.getByRole('button', { name: 'Prévisualiser l’import' }).click();
    const file = page.getByLabel('Fichier CSV de l’annuaire');
    expect(await file.getAttribute('aria-invalid')).toBe('true');

    await file.setInputFiles({ name: 'annuaire.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Prévisualiser l’import' }).click();
    const table = page.getByRole('table', { name: /Lignes rejetées/ });
    await table.waitFor();
    const line = table.getByRole('row', { name: /Ligne 4/ });
    expect(await text(line)).toContain('identifiant_de_l_etablissement');
    expect(await text(line)).toContain('UAI « 063XXXX » invalide');
    expect(await text(page.locator('.import-preview'))).toContain('1 établissement à créer');
    expect(await text(page.locator('.import-preview'))).toContain('rien n’est encore importé');
    expect(lastWrite('/schools/import')).toMatchObject({ query: '?dryRun=1&partial=1', body: csv });
    await expectNoAxeViolations(page, 'import preview');
    await shot('import-preview');

    // Without the box, a file with a bad line imports nothing: the server says so, lines listed.
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('1 ligne(s) à corriger : rien n’a été importé.').waitFor();
    expect(await page.getByRole('row', { name: /Ligne 4/ }).count()).toBe(1);
    await page.getByLabel('Importer les lignes valides et laisser de côté les lignes rejetées').check();
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('Import terminé.').waitFor();
    expect(lastWrite('/schools/import')?.query).toBe('?dryRun=0&partial=1');
  });

  it('saves a collège’s 3e enrolment in its row', async () => {
    await page.goto(dashboard('etablissements'));
    const row = page.getByRole('row', { name: /Collège Lucie-Aubrac/ });
    const box = row.getByLabel('Élèves de 3e, Collège Lucie-Aubrac');
    await box.fill('douze');
    await row.getByRole('button', { name: 'Enregistrer l’effectif de Collège Lucie-Aubrac' }).click();
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await text(row)).toContain('Indiquez un nombre entier');
    await box.fill('112');
    await box.press('Enter');
    await expect.poll(() => text(row)).toContain('Enregistré');
    expect(lastWrite(ids.aubrac)).toMatchObject({ method: 'PATCH', body: { enrolment3e: 112 } });
  });

  it('computes the quotas: a row per collège with its arithmetic, the total equal to the places', async () => {
    await page.goto(dashboard('quotas'));
    await page.getByText('Les quotas n’ont pas encore été calculés.').waitFor();
    await page.getByRole('button', { name: 'Calculer les quotas' }).click();
    const table = page.getByRole('table', { name: 'Places par collège et calcul de chaque quota' });
    await table.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('result-count');
    const camus = table.getByRole('row', { name: /Collège Albert-Camus/ });
    expect(await camus.getByRole('cell').allTextContents()).toEqual([
      'REP+',
      '98',
      '5',
      expect.stringContaining('98 élèves de 3e × 1,5 (REP+) = 147 parts'),
    ]);
    const total = table.getByRole('row', { name: /Total/ });
    expect(await text(total)).toContain('229');
    expect(await text(total)).toContain('10');
    await page.getByText('Total : 10 places réparties, autant que de places offertes.').waitFor();
    expect(await text(page.locator('.unmatched'))).toContain(
      'Collège Lucie-Aubrac : Effectif de 3e non renseigné',
    );
    await expectNoAxeViolations(page, 'quotas');
    await shot('quotas');
  });

  it('shows hosts, pupils and groups, each state in words', async () => {
    await page.goto(dashboard('accueillants'));
    const greenhouses = page.getByRole('row', { name: /Serres municipales/ });
    expect(await text(greenhouses)).toContain('Environnement, eau et espaces verts');
    expect(await text(greenhouses)).toContain('Oui');
    expect(await text(greenhouses)).toContain('Sophie Garnier');
    await expectNoAxeViolations(page, 'hosts');
    await shot('hosts');

    await page.getByRole('tab', { name: 'Élèves' }).click();
    const ines = page.getByRole('row', { name: /Inès Moreau/ });
    expect(await text(ines)).toContain('Donnée');
    expect(await ines.locator('ol li').allTextContents()).toEqual([
      'Environnement, eau et espaces verts',
      'Santé et social',
      'Numérique et informatique',
    ]);
    expect(await text(page.getByRole('row', { name: /Noah Petit/ }))).toContain('En attente');
    expect(await ines.getByRole('link', { name: 'Lire le livret d’Inès' }).getAttribute('href')).toBe(
      `/t/${admin}/pass3e/${ids.program}/eleves/${fixtureId('dst', 1)}`,
    );
    await ines.getByRole('button', { name: 'Nouveau lien du livret d’Inès' }).click();
    await page.getByText('https://passerelle.example/t/ville-exemple/pass3e/livret/tok_nouveau').waitFor();
    expect(lastWrite('/booklet-links')?.body).toEqual({ studentId: fixtureId('dst', 1) });
    await expectNoAxeViolations(page, 'students');
    await shot('students');

    await page.getByRole('tab', { name: 'Groupes' }).click();
    const group = page.getByRole('article', { name: 'Groupe 1' });
    expect(await text(group)).toContain('2 filles, 1 garçon ; 2 collèges');
    expect(await text(group)).toContain('Inès, Collège Albert-Camus (Fille)');
    expect(await text(group)).toContain('Score de mixité : 83 sur 100');
    expect(await text(group)).toContain('centre d’intérêt commun : environnement');
    await page.getByRole('button', { name: 'Former les groupes' }).click();
    await page.getByText('Groupes formés : 2 groupes, 5 élèves.').waitFor();
    await expectNoAxeViolations(page, 'groups');
    await shot('groups');
  });

  it('refuses a planning move with the reasons and leaves the grid as it was; an allowed move lands', async () => {
    await page.goto(dashboard('planning'));
    const grid = page.getByRole('table', { name: /Semaine du lundi 25 janvier 2027/ });
    await grid.waitFor();
    const row1 = grid.getByRole('row', { name: /Groupe 1/ });
    const before = await text(grid);
    expect(await text(row1)).toContain('Journée citoyenneté');
    expect(await text(row1)).toContain('Serres municipales');
    expect(await text(row1)).toContain('Avec Sophie Garnier');
    await page.getByText('Groupe 3 : Sans semaine : relancez le planning').waitFor();
    await expectNoAxeViolations(page, 'planning grid');
    await page.setViewportSize({ width: 375, height: 800 });
    // On a phone the grid scrolls in its own box: the page itself does not get wider.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 720 });
    await shot('planning');

    const move = page.getByRole('button', { name: 'Déplacer le groupe 1, mardi 26 janvier 2027' });
    await move.click();
    const dialog = page.getByRole('dialog', { name: 'Déplacer le groupe 1, mardi 26 janvier 2027' });
    await dialog.getByLabel('Nouvel accueillant').selectOption(ids.library);
    await expectNoAxeViolations(page, 'move dialog');
    await dialog.getByRole('button', { name: 'Confirmer le déplacement' }).click();
    const refusal = dialog.getByRole('alert');
    await expect.poll(() => text(refusal)).toContain('Déplacement refusé : le planning n’a pas changé.');
    expect(await refusal.locator('li').allTextContents()).toEqual([
      'Médiathèque Croix-de-Neyrat reçoit 2 groupes le jour 2 pour 1 place.',
      'Groupe 1 : Médiathèque Croix-de-Neyrat deux fois dans la semaine.',
    ]);
    await expect.poll(() => refusal.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(lastWrite('/plan')).toMatchObject({
      method: 'PATCH',
      body: { groupId: ids.g1, dayIndex: 1, hostId: ids.library },
    });
    await expectNoAxeViolations(page, 'move refused');
    await shot('move-refused');
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(focusedId).toBe(`deplacer-${ids.g1}-1`);
    expect(await text(grid)).toBe(before);

    // The greenhouses have room on Wednesday: group 2's move there is allowed and shows at once.
    await page.getByRole('button', { name: 'Déplacer le groupe 2, mercredi 27 janvier 2027' }).click();
    const second = page.getByRole('dialog', { name: /Déplacer le groupe 2/ });
    await second.getByLabel('Nouvel accueillant').selectOption(ids.greenhouses);
    await second.getByRole('button', { name: 'Confirmer le déplacement' }).click();
    await page.getByText('Groupe 2 déplacé : mercredi 27 janvier 2027, Serres municipales.').waitFor();
    await expect.poll(focusedId).toBe(`deplacer-${ids.g2}-2`);
    const cells = await grid
      .getByRole('row', { name: /Groupe 2/ })
      .getByRole('cell')
      .allTextContents();
    expect(cells[2]).toContain('Serres municipales');
  });

  it('gives the summary in words, its PDF and the surveys, and closes a week after confirmation', async () => {
    await page.goto(dashboard('bilan'));
    const figures = page.locator('.figures');
    await expect.poll(() => text(figures)).toContain('Élèves accueillis5');
    expect(await text(figures)).toContain('Part des élèves de REP+40 %');
    expect(await text(figures)).toContain('3 filles, 2 garçons');
    expect(await text(figures)).toContain('4,4 sur 5 (5 réponses)');
    expect(await text(figures)).toContain('3, dont 1 aux métiers mixtes');
    expect(await text(figures)).toContain('Présence93 %');
    expect(await page.getByRole('link', { name: 'Télécharger le bilan (PDF)' }).getAttribute('href')).toBe(
      `/api/t/${admin}/discovery/programs/${ids.program}/summary.pdf`,
    );
    expect(
      await page
        .getByRole('link', { name: 'Exporter les réponses aux questionnaires (CSV)' })
        .getAttribute('href'),
    ).toBe(`/api/t/${admin}/discovery/programs/${ids.program}/surveys/export.csv`);
    await expectNoAxeViolations(page, 'summary');
    await shot('summary');

    await page.getByRole('button', { name: 'Clore la semaine du lundi 25 janvier 2027' }).click();
    const dialog = page.getByRole('dialog', { name: /Clore la semaine du lundi 25 janvier 2027/ });
    await dialog.getByRole('button', { name: 'Clore la semaine' }).click();
    await page.getByText('Semaine du lundi 25 janvier 2027 close', { exact: false }).waitFor();
    expect(lastWrite(ids.week1)).toMatchObject({ method: 'PATCH', body: { closed: true } });
  });

  it('works with the keyboard alone: tabs with the arrows, a move opened, cancelled with Escape', async () => {
    await page.goto(dashboard('etablissements'));
    await page.getByRole('row', { name: /Collège Albert-Camus/ }).waitFor();
    await page.getByRole('tab', { name: 'Établissements' }).focus();
    for (const expected of ['Accueillants', 'Quotas', 'Élèves', 'Groupes', 'Planning']) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(focusedText).toBe(expected);
    }
    expect(await page.getByRole('tab', { name: 'Planning' }).getAttribute('aria-selected')).toBe('true');
    expect(page.url()).toContain('onglet=planning');

    // Tab from the tab list reaches the panel's first control, then the first "Déplacer".
    await page.keyboard.press('Tab');
    await expect.poll(focusedText).toBe('Calculer le planning');
    await page.getByRole('table', { name: /Semaine du lundi 25 janvier 2027/ }).waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(focusedId).toBe(`deplacer-${ids.g1}-1`);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Déplacer le groupe 1/ });
    await dialog.waitFor();
    await expect.poll(focusedId).toBe('deplacer-accueillant');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(focusedId).toBe(`deplacer-${ids.g1}-1`);
    expect(writes.filter((w) => w.method === 'PATCH')).toHaveLength(0);
  });
});
