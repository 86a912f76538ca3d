import { type TenantDb, tenantSchema } from '@passerelle/db';
import { newId, sha256Hex } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { menteeMinimalView } from '../../workers/api/src/services/mentoring/young-people/young-person-view.ts';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const CLERMONT = 'ville-de-clermont-ferrand';
const PROVINCE = 'province-sud';
const youngPeopleOf = (tenant: string, programId: string) =>
  `/api/t/${tenant}/mentoring/programs/${programId}/young-people`;
const youngPerson = (tenant: string, id: string) => `/api/t/${tenant}/mentoring/young-people/${id}`;
const authorisation = (tenant: string, token: string) =>
  `/api/public/t/${tenant}/mentoring/authorisations/${token}`;

// The programs API is another piece of work: programs are written straight into the tenant DB.
async function insertProgram(
  db: TenantDb,
  values: { name: string; eligibility: Record<string, unknown>; audienceLevels?: string[] },
): Promise<string> {
  const id = newId('mpg');
  await db.insert(tenantSchema.mentoringPrograms).values({
    id,
    name: values.name,
    audienceLevels: values.audienceLevels ?? ['4e', '3e'],
    eligibility: values.eligibility,
    season: '2026-2027',
    durationMonths: 10,
    defaultCapacity: 1,
    weights: { interests: 1, distance: 1, availability: 1, preferences: 1, language: 1 },
    updatedAt: new Date().toISOString(),
  });
  return id;
}

async function organizationId(db: TenantDb, name: string): Promise<string> {
  const [row] = await db
    .select({ id: tenantSchema.organizations.id })
    .from(tenantSchema.organizations)
    .where(eq(tenantSchema.organizations.name, name));
  if (!row) throw new Error(`no organization ${name}`);
  return row.id;
}

const nomination = (schoolId: string, overrides: Record<string, unknown> = {}) => ({
  firstName: 'Inès',
  lastName: 'Benali',
  birthDate: '2012-03-14',
  level: '4e',
  schoolId,
  communeCode: '63113',
  interests: ['sante', 'numerique'],
  availability: ['wed_pm'],
  reason: 'no_network',
  reasonDetail: 'Aucun adulte de l’entourage ne travaille dans la santé.',
  scholarship: true,
  priorityNeighbourhood: false,
  guardianEmail: 'famille.benali@parents.example',
  ...overrides,
});

const FIRST_IN_FAMILY = 'Premier de la famille à viser le lycée général';

describe('young people of a mentoring program', () => {
  let t: TestApp;
  let db: TenantDb;
  const cookies: Record<string, string> = {};
  const ids = { passProgram: '', cordeesProgram: '', provinceProgram: '', camus: '', valles: '', ines: '' };

  const send = (path: string, cookie: string | undefined, body?: unknown) =>
    t.request(path, {
      method: 'POST',
      ...(cookie ? { cookie } : {}),
      body: typeof body === 'string' ? body : JSON.stringify(body ?? {}),
    });
  const read = (path: string, cookie?: string) => t.request(path, { ...(cookie ? { cookie } : {}) });
  const youngRows = () => db.select().from(tenantSchema.youngPeople);
  const tokenMailedTo = async (email: string) =>
    (await t.latestMailTo(email))?.text.match(/\/t\/ville-de-clermont-ferrand\/autorisation\/([\w-]+)/)?.[1];

  beforeAll(async () => {
    t = await startTestApp();
    for (const key of ['clermontAdmin', 'clermontSchool', 'provinceAdmin'] as const) {
      cookies[key] = await t.signIn(DEMO[key]);
    }
    db = await t.tenantDb(CLERMONT);
    ids.passProgram = await insertProgram(db, {
      name: 'Pass’3e',
      eligibility: {
        mode: 'any',
        scholarship: true,
        priorityEducation: true,
        priorityNeighbourhood: false,
        custom: [FIRST_IN_FAMILY],
      },
    });
    ids.cordeesProgram = await insertProgram(db, {
      name: 'Cordées de la réussite',
      audienceLevels: ['4e', '3e', '2nde'],
      eligibility: {
        mode: 'all',
        scholarship: true,
        priorityEducation: false,
        priorityNeighbourhood: true,
        custom: [],
      },
    });
    ids.provinceProgram = await insertProgram(await t.tenantDb(PROVINCE), {
      name: 'Mentorat Province Sud',
      eligibility: {
        mode: 'any',
        scholarship: false,
        priorityEducation: false,
        priorityNeighbourhood: false,
        custom: [],
      },
    });
    ids.camus = await organizationId(db, 'Collège Albert-Camus');
    ids.valles = await organizationId(db, 'Collège Jules-Vallès');
  });
  afterAll(() => t.close());

  it('lets a school referent propose a pupil of its school: eligibility with reasons, guardian asked by mail', async () => {
    const response = await send(
      youngPeopleOf(CLERMONT, ids.passProgram),
      cookies.clermontSchool,
      nomination(ids.camus, { customCriteria: [FIRST_IN_FAMILY] }),
    );
    expect(response.status).toBe(201);
    const { youngPerson: created, duplicates } = await response.json();
    ids.ines = created.id;
    expect(duplicates).toEqual([]);
    expect(created).toEqual({
      id: expect.stringMatching(/^yng_[0-9a-z]{26}$/),
      programId: ids.passProgram,
      firstName: 'Inès',
      lastName: 'Benali',
      birthDate: '2012-03-14',
      level: '4e',
      school: { id: ids.camus, name: 'Collège Albert-Camus' },
      communeCode: '63113',
      interests: ['sante', 'numerique'],
      availability: ['wed_pm'],
      languages: ['fr'],
      reason: 'no_network',
      reasonDetail: 'Aucun adulte de l’entourage ne travaille dans la santé.',
      scholarship: true,
      priorityNeighbourhood: false,
      eligible: true,
      eligibility: {
        eligible: true,
        reasons: [
          { rule: 'scholarship', met: true, explanation: 'Boursier ou boursière' },
          { rule: 'priorityEducation', met: true, explanation: 'Établissement en REP+' },
          { rule: `custom:${FIRST_IN_FAMILY}`, met: true, explanation: `${FIRST_IN_FAMILY} : oui` },
        ],
      },
      authorisation: 'pending',
      guardianEmail: 'famille.benali@parents.example',
      pairStatus: null,
    });

    const mail = await t.latestMailTo('famille.benali@parents.example');
    expect(mail?.subject).toBe('Autorisation demandée : Inès et le programme de mentorat « Pass’3e »');
    expect(mail?.text).toMatch(/^Madame, Monsieur,/);
    expect(mail?.text).toContain('Collège Albert-Camus propose que Inès participe au programme de mentorat');
    expect(mail?.text).toContain('mené par Ville de Clermont-Ferrand');
    expect(mail?.text).toMatch(
      /http:\/\/passerelle\.test\/t\/ville-de-clermont-ferrand\/autorisation\/[\w-]{40,}/,
    );
    expect(mail?.text).not.toContain('Benali');
    expect(mail?.text).not.toMatch(/bours/i);

    // The trail cannot be erased: it keeps neither the name nor the sensitive facts.
    const [entry] = await db
      .select()
      .from(tenantSchema.auditLog)
      .where(eq(tenantSchema.auditLog.entityId, created.id));
    expect(entry?.action).toBe('young_person.nominated');
    expect(entry?.data).not.toMatch(/Inès|Benali|scholarship|2012/);
  });

  it('keeps a school referent to its own school (404) and the program’s levels (422), writing nothing', async () => {
    const before = (await youngRows()).length;
    const other = await send(
      youngPeopleOf(CLERMONT, ids.passProgram),
      cookies.clermontSchool,
      nomination(ids.valles, { firstName: 'Noah', guardianEmail: 'parent.noah@parents.example' }),
    );
    expect(other.status).toBe(404);
    expect((await other.json()).error.message).toBe('Établissement introuvable.');

    const level = await send(
      youngPeopleOf(CLERMONT, ids.passProgram),
      cookies.clermontSchool,
      nomination(ids.camus, { firstName: 'Noah', level: '6e', customCriteria: ['Inventé'] }),
    );
    expect(level.status).toBe(422);
    expect((await level.json()).error.fields).toEqual({
      level: 'Ce programme s’adresse aux élèves de 4e, 3e.',
      'customCriteria.0': 'Ce critère n’est pas celui du programme.',
    });
    const malformed = await send(
      youngPeopleOf(CLERMONT, ids.passProgram),
      cookies.clermontSchool,
      nomination(ids.camus, { birthDate: '2012-02-30', interests: [], guardianEmail: 'pas-une-adresse' }),
    );
    expect(malformed.status).toBe(422);
    expect((await malformed.json()).error.fields).toMatchObject({
      birthDate: 'Date de naissance : cette date n’existe pas.',
      interests: 'Choisissez au moins un centre d’intérêt.',
      guardianEmail: 'Adresse e-mail invalide.',
    });
    // An organization that is no school, even for the admin.
    const service = await organizationId(db, 'Mission Égalité des Droits');
    expect(
      (await send(youngPeopleOf(CLERMONT, ids.passProgram), cookies.clermontAdmin, nomination(service)))
        .status,
    ).toBe(404);
    expect((await youngRows()).length).toBe(before);
    expect(await t.latestMailTo('parent.noah@parents.example')).toBeUndefined();
  });

  it('records an ineligible nomination with its reasons and reports the same pupil followed in another program', async () => {
    const response = await send(
      youngPeopleOf(CLERMONT, ids.cordeesProgram),
      cookies.clermontAdmin,
      // Same pupil, typed differently: accents and case do not hide a duplicate.
      nomination(ids.camus, { firstName: 'INES', lastName: 'benali', scholarship: false }),
    );
    expect(response.status).toBe(201);
    const { youngPerson: created, duplicates } = await response.json();
    expect(created.eligible).toBe(false);
    expect(created.eligibility).toEqual({
      eligible: false,
      reasons: [
        { rule: 'scholarship', met: false, explanation: 'Pas de bourse déclarée' },
        { rule: 'priorityNeighbourhood', met: false, explanation: 'N’habite pas un quartier prioritaire' },
      ],
    });
    expect(duplicates).toEqual([{ programName: 'Pass’3e', since: new Date().toISOString().slice(0, 10) }]);

    const again = await send(
      youngPeopleOf(CLERMONT, ids.passProgram),
      cookies.clermontSchool,
      nomination(ids.camus, { firstName: 'Inès ', lastName: 'BENALI' }),
    );
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toBe('Ce jeune est déjà proposé dans ce programme.');
  });

  it('shows young people to the coordinator and to their own school only', async () => {
    const noah = await send(
      youngPeopleOf(CLERMONT, ids.passProgram),
      cookies.clermontAdmin,
      nomination(ids.valles, {
        firstName: 'Noah',
        lastName: 'Martin',
        birthDate: '2011-11-02',
        level: '3e',
        guardianEmail: 'parent.noah@parents.example',
      }),
    );
    expect(noah.status).toBe(201);
    const noahId = (await noah.json()).youngPerson.id;

    const school = await (
      await read(youngPeopleOf(CLERMONT, ids.passProgram), cookies.clermontSchool)
    ).json();
    expect(school.items.map((y: { firstName: string }) => y.firstName)).toEqual(['Inès']);
    expect(school.items[0].scholarship).toBe(true);
    const admin = await (await read(youngPeopleOf(CLERMONT, ids.passProgram), cookies.clermontAdmin)).json();
    expect(admin.items.map((y: { firstName: string }) => y.firstName)).toEqual(['Inès', 'Noah']);

    expect((await read(youngPerson(CLERMONT, ids.ines), cookies.clermontSchool)).status).toBe(200);
    expect((await read(youngPerson(CLERMONT, noahId), cookies.clermontSchool)).status).toBe(404);
    expect((await read(youngPerson(CLERMONT, noahId), cookies.clermontAdmin)).status).toBe(200);
  });

  it('lets the guardian authorise by the mailed link, once; the page shows the first name and the program only', async () => {
    // The latest mail to the family asks about the Cordées, where Inès was proposed second.
    const cordeesToken = (await tokenMailedTo('famille.benali@parents.example'))!;
    const opened = await read(authorisation(CLERMONT, cordeesToken));
    expect(opened.status).toBe(200);
    const page = await opened.json();
    expect(page).toEqual({
      firstName: 'INES',
      programName: 'Cordées de la réussite',
      schoolName: 'Collège Albert-Camus',
      tenantName: 'Ville de Clermont-Ferrand',
      scopes: {
        share_profile:
          'Partager le prénom, le niveau, l’établissement et les centres d’intérêt avec le mentor',
        meetings: 'Participer à des rencontres avec le mentor, y compris sur son lieu de travail',
        contact: 'Être contacté·e par le mentor via la coordination du programme',
      },
      decision: null,
    });

    const bad = await send(authorisation(CLERMONT, cordeesToken), undefined, {
      guardianName: 'Samia Benali',
      relationship: 'soeur',
      scope: ['share_profile'],
      consent: false,
    });
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(['consent', 'relationship', 'scope']);

    const given = await t.request(authorisation(CLERMONT, cordeesToken), {
      method: 'POST',
      headers: { 'user-agent': 'Navigateur de test', 'cf-connecting-ip': '203.0.113.7' },
      body: JSON.stringify({
        guardianName: 'Samia Benali',
        relationship: 'mere',
        scope: ['share_profile', 'meetings'],
        consent: true,
      }),
    });
    expect(given.status).toBe(200);
    expect((await given.json()).decision).toBe('given');

    const [record] = await db
      .select()
      .from(tenantSchema.guardianAuthorisations)
      .where(eq(tenantSchema.guardianAuthorisations.tokenHash, await sha256Hex(cordeesToken)));
    expect(record).toMatchObject({
      guardianName: 'Samia Benali',
      relationship: 'mere',
      scope: ['share_profile', 'meetings'],
      decision: 'given',
      ip: '203.0.113.7',
      userAgent: 'Navigateur de test',
    });
    expect(record?.decidedAt).toBeTruthy();
    const [young] = await db
      .select()
      .from(tenantSchema.youngPeople)
      .where(eq(tenantSchema.youngPeople.id, record!.youngPersonId));
    expect(young?.authorisation).toBe('given');

    // Decided: the page still shows the decision, read-only; a second decision is refused.
    expect((await (await read(authorisation(CLERMONT, cordeesToken))).json()).decision).toBe('given');
    const second = await send(authorisation(CLERMONT, cordeesToken), undefined, {
      guardianName: 'Samia Benali',
      relationship: 'mere',
      scope: ['share_profile', 'meetings'],
      consent: true,
    });
    expect(second.status).toBe(409);
    expect((await second.json()).error.message).toBe(
      'Vous avez déjà donné votre autorisation par ce lien. Pour la retirer, contactez l’établissement.',
    );
    expect((await send(`${authorisation(CLERMONT, cordeesToken)}/refuse`, undefined, {})).status).toBe(409);
    expect(young?.authorisation).toBe('given');
  });

  it('lets a guardian refuse; unknown links are 404 and expired ones 409', async () => {
    const token = await tokenMailedTo('parent.noah@parents.example');
    const refused = await send(`${authorisation(CLERMONT, token!)}/refuse`, undefined, {});
    expect(refused.status).toBe(200);
    expect((await refused.json()).decision).toBe('refused');
    const noah = (
      await (await read(youngPeopleOf(CLERMONT, ids.passProgram), cookies.clermontAdmin)).json()
    ).items.find((y: { firstName: string }) => y.firstName === 'Noah');
    expect(noah.authorisation).toBe('refused');

    expect((await read(authorisation(CLERMONT, 'z'.repeat(43)))).status).toBe(404);
    expect((await read(authorisation(PROVINCE, token!))).status).toBe(404);
    const stale = 'perime'.repeat(8);
    await db.insert(tenantSchema.guardianAuthorisations).values({
      id: newId('gau'),
      youngPersonId: ids.ines,
      tokenHash: await sha256Hex(stale),
      expiresAt: '2020-01-01T00:00:00.000Z',
    });
    for (const answer of [
      await read(authorisation(CLERMONT, stale)),
      await send(`${authorisation(CLERMONT, stale)}/refuse`, undefined, {}),
    ]) {
      expect(answer.status).toBe(409);
      expect((await answer.json()).error.message).toBe(
        'Ce lien d’autorisation a expiré. Demandez un nouveau lien à la collectivité.',
      );
    }
  });

  it('never gives a mentor or a partner the young people; their minimal view holds no sensitive flag', async () => {
    const mission = await organizationId(db, 'Mission Égalité des Droits');
    const added = await send(
      `/api/t/${CLERMONT}/mentoring/programs/${ids.passProgram}/mentors`,
      cookies.clermontAdmin,
      {
        firstName: 'Hugo',
        lastName: 'Roche',
        email: 'hugo.roche@clermont.example',
        organizationId: mission,
        jobFamily: 'administration',
        jobTitle: 'Chargé de mission',
        availability: ['wed_pm'],
      },
    );
    expect(added.status).toBe(201);
    const mentorCookie = await t.signIn('hugo.roche@clermont.example');
    expect((await read(youngPeopleOf(CLERMONT, ids.passProgram), mentorCookie)).status).toBe(403);
    expect((await read(youngPerson(CLERMONT, ids.ines), mentorCookie)).status).toBe(403);
    expect(
      (await send(youngPeopleOf(CLERMONT, ids.passProgram), mentorCookie, nomination(ids.camus))).status,
    ).toBe(403);

    const [row] = await db
      .select()
      .from(tenantSchema.youngPeople)
      .where(eq(tenantSchema.youngPeople.id, ids.ines));
    const minimal = menteeMinimalView(row!, 'Collège Albert-Camus');
    expect(minimal).toEqual({
      firstName: 'Inès',
      level: '4e',
      schoolName: 'Collège Albert-Camus',
      interests: ['sante', 'numerique'],
      communeCode: '63113',
    });
    // Nor does the guardian's page.
    const token = await tokenMailedTo('famille.benali@parents.example');
    const page = await (await read(authorisation(CLERMONT, token!))).text();
    expect(page).not.toMatch(/scholarship|priorityNeighbourhood|Benali|2012/);
  });

  it('answers 401 to anonymous callers and 404 across tenants', async () => {
    expect((await read(youngPeopleOf(CLERMONT, ids.passProgram))).status).toBe(401);
    expect(
      (await send(youngPeopleOf(CLERMONT, ids.passProgram), undefined, nomination(ids.camus))).status,
    ).toBe(401);
    expect((await read(youngPerson(CLERMONT, ids.ines))).status).toBe(401);
    expect((await read(youngPeopleOf(CLERMONT, ids.passProgram), cookies.provinceAdmin)).status).toBe(404);
    expect((await read(youngPerson(PROVINCE, ids.ines), cookies.provinceAdmin)).status).toBe(404);
    expect((await read(youngPeopleOf(PROVINCE, ids.passProgram), cookies.provinceAdmin)).status).toBe(404);
    const across = await send(
      youngPeopleOf(PROVINCE, ids.provinceProgram),
      cookies.provinceAdmin,
      nomination(ids.camus, { firstName: 'Lina' }),
    );
    expect(across.status).toBe(404);
  });
});

describe('several guardian links for one young person', () => {
  it('answers every other open link once one is decided', async () => {
    const { startTestApp: start } = await import('../support/test-app.ts');
    const t = await start();
    try {
      const db = await t.tenantDb('ville-de-suresnes');
      const { tenantSchema } = await import('@passerelle/db');
      const { eq } = await import('drizzle-orm');
      // The demo authorised Yanis through its own link: the one mailed at nomination is now answered.
      const [yanis] = await db
        .select()
        .from(tenantSchema.youngPeople)
        .where(eq(tenantSchema.youngPeople.firstName, 'Yanis'));
      const links = await db
        .select()
        .from(tenantSchema.guardianAuthorisations)
        .where(eq(tenantSchema.guardianAuthorisations.youngPersonId, yanis!.id));
      expect(links.map((l) => l.decision).sort()).toEqual(['given', 'superseded']);
      const mailed = (await t.latestMailTo('famille.haddad@example.org'))?.text.match(
        /autorisation\/([\w-]+)/,
      )?.[1];
      const again = await t.request(`/api/public/t/ville-de-suresnes/mentoring/authorisations/${mailed}`, {
        method: 'POST',
        body: JSON.stringify({
          guardianName: 'X',
          relationship: 'pere',
          scope: ['share_profile', 'meetings'],
          consent: true,
        }),
      });
      expect(again.status).toBe(409);
      expect((await again.json()).error.message).toContain('autre lien');
    } finally {
      t.close();
    }
  });
});
