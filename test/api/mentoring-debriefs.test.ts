import { type TenantDb, tenantSchema } from '@passerelle/db';
import { newId, youngPersonKey } from '@passerelle/domain';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

// The end-of-year debrief in Clermont-Ferrand, whose demo school referent is the principal of the
// Collège Albert-Camus: mentors answer for themselves, the coordinator types the young people's
// paper questionnaires, reads the program's figures and exports them; the school reads its pupils'.

const slug = 'ville-de-clermont-ferrand';
const T = `/api/t/${slug}/mentoring`;
const now = () => new Date().toISOString();

async function addYoungPerson(
  db: TenantDb,
  input: { programId: string; schoolId: string; firstName: string },
) {
  const id = newId('yng');
  const base = {
    firstName: input.firstName,
    lastName: 'Dupuis',
    birthDate: '2012-05-04',
    schoolId: input.schoolId,
  };
  await db.insert(tenantSchema.youngPeople).values({
    id,
    programId: input.programId,
    ...base,
    identityKey: youngPersonKey(base),
    level: '3e',
    interests: ['industrie'],
    availability: ['wed_pm'],
    languages: ['fr'],
    reason: 'orientation',
    scholarship: true,
    priorityNeighbourhood: false,
    customCriteria: [],
    eligibility: { eligible: true, reasons: [] },
    eligible: true,
    guardianEmail: `parent.${input.firstName.toLowerCase()}@parents.example`,
    authorisation: 'given',
    updatedAt: now(),
  });
  return id;
}

async function addPair(
  db: TenantDb,
  input: { programId: string; mentorId: string; youngPersonId: string; status: string; met: boolean },
) {
  const id = newId('pai');
  const at = now();
  await db.insert(tenantSchema.pairs).values({
    id,
    ...input,
    proposedAt: at,
    acceptedAt: input.status === 'proposed' ? null : at,
    activatedAt: input.met ? at : null,
    closedAt: input.status === 'closed' ? at : null,
    closeOutcome: input.status === 'closed' ? (input.met ? 'completed' : 'rejected') : null,
    updatedAt: at,
  });
  return id;
}

describe('mentoring: the end-of-year debrief', () => {
  let t: TestApp;
  let db: TenantDb;
  const cookie: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const post = (path: string, body: unknown, who: string) =>
    t.request(path, { method: 'POST', cookie: cookie[who]!, body: JSON.stringify(body) });
  const get = (path: string, who: string) => t.request(path, { cookie: cookie[who]! });
  const debrief = (pair: string) => `${T}/pairs/${ids[pair]}/debrief`;
  const stored = async (pair: string) =>
    (await (await get(`${T}/pairs/${ids[pair]}/debriefs`, 'admin')).json()).items as {
      respondent: string;
      answers: Record<string, unknown>;
    }[];
  const audits = async () => (await db.select({ n: count() }).from(tenantSchema.auditLog))[0]!.n;

  beforeAll(async () => {
    t = await startTestApp();
    cookie.admin = await t.signIn(DEMO.clermontAdmin);
    cookie.school = await t.signIn(DEMO.clermontSchool);
    db = await t.tenantDb(slug);
    const program = await post(
      `${T}/programs`,
      {
        name: 'Mentorat collégiens',
        audienceLevels: ['3e'],
        eligibility: { mode: 'any', scholarship: true },
        season: '2026-2027',
        weights: { interests: 3, distance: 1, availability: 2, preferences: 1, language: 1 },
      },
      'admin',
    );
    expect(program.status).toBe(201);
    ids.program = (await program.json()).id;
    const orgs = await db.select().from(tenantSchema.organizations);
    const byName = (name: string) => orgs.find((o) => o.name === name)!.id;
    const service = byName('Mission Égalité des Droits');
    const camus = byName('Collège Albert-Camus');
    const valles = byName('Collège Jules-Vallès');

    for (const [key, firstName, lastName] of [
      ['amel', 'Amel', 'Berger'],
      ['hugo', 'Hugo', 'Chartier'],
    ] as const) {
      const email = `${firstName.toLowerCase()}.${lastName.toLowerCase()}@clermont.example`;
      const created = await post(
        `${T}/programs/${ids.program}/mentors`,
        {
          firstName,
          lastName,
          email,
          organizationId: service,
          jobFamily: 'administration',
          jobTitle: 'Agent d’accueil',
          availability: ['wed_pm'],
        },
        'admin',
      );
      expect(created.status).toBe(201);
      ids[key] = (await created.json()).id;
      cookie[key] = await t.signIn(email);
    }

    const young = (firstName: string, schoolId: string) =>
      addYoungPerson(db, { programId: ids.program!, schoolId, firstName });
    const pair = async (mentor: string, youngPersonId: string, status: string, met: boolean) =>
      addPair(db, { programId: ids.program!, mentorId: ids[mentor]!, youngPersonId, status, met });
    ids.lou = await pair('amel', await young('Lou', camus), 'active', true);
    ids.emma = await pair('amel', await young('Emma', camus), 'active', true);
    ids.nils = await pair('hugo', await young('Nils', valles), 'closed', true);
    ids.zoe = await pair('hugo', await young('Zoé', camus), 'accepted', false);
    ids.rejected = await pair('amel', await young('Rayan', camus), 'closed', false);
  });
  afterAll(() => t.close());

  it('lets a mentor answer for its own pair only, once the pair has met', async () => {
    const answer = { respondent: 'mentor', satisfaction: 5, usefulness: 4, wouldContinue: true };
    const foreign = await post(debrief('lou'), answer, 'hugo');
    expect(foreign.status).toBe(404);
    expect((await foreign.json()).error.message).toBe('Binôme introuvable.');

    const given = await post(debrief('lou'), { ...answer, comment: '  Lou a gagné en confiance.  ' }, 'amel');
    expect(given.status).toBe(201);
    expect(await given.json()).toMatchObject({
      respondent: 'mentor',
      satisfaction: 5,
      usefulness: 4,
      wouldContinue: true,
      comment: 'Lou a gagné en confiance.',
    });

    const asMentee = await post(debrief('emma'), { ...answer, respondent: 'mentee' }, 'amel');
    expect(asMentee.status).toBe(403);
    expect((await asMentee.json()).error.message).toBe('Un mentor ne répond qu’en son nom.');

    const early = await post(debrief('zoe'), answer, 'hugo');
    expect(early.status).toBe(409);
    expect((await early.json()).error.message).toContain('une fois le binôme actif');

    // A pair closed at the end of the year is still there, for its debrief.
    const space = await (await get(`${T}/me`, 'hugo')).json();
    const nils = space.pairs.find((p: { id: string }) => p.id === ids.nils);
    expect(nils).toMatchObject({ status: 'closed', canDebrief: true, debrief: null });
    expect(space.pairs.find((p: { id: string }) => p.id === ids.zoe)).toMatchObject({ canDebrief: false });
    expect(
      (
        await post(
          debrief('nils'),
          { ...answer, satisfaction: 3, usefulness: 2, wouldContinue: false },
          'hugo',
        )
      ).status,
    ).toBe(201);

    const mine = await (await get(`${T}/me`, 'amel')).json();
    expect(mine.pairs.find((p: { id: string }) => p.id === ids.lou).debrief).toEqual({
      satisfaction: 5,
      usefulness: 4,
      wouldContinue: true,
      comment: 'Lou a gagné en confiance.',
      extraAnswers: [],
      submittedAt: expect.any(String),
    });
    // A proposal the coordination rejected never reaches the mentor's page.
    expect(mine.pairs.some((p: { id: string }) => p.id === ids.rejected)).toBe(false);
  });

  it('refuses a second answer from the same side and keeps the first as given', async () => {
    const again = await post(
      debrief('lou'),
      { respondent: 'mentor', satisfaction: 1, usefulness: 1, wouldContinue: false },
      'amel',
    );
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toContain('Vous avez déjà répondu à ce bilan');
    const items = await stored('lou');
    expect(items).toHaveLength(1);
    expect(items[0]!.answers).toMatchObject({ satisfaction: 5, usefulness: 4, wouldContinue: true });
  });

  it('has the coordinator record the young person’s paper answers, never the mentor’s', async () => {
    const paper = {
      respondent: 'mentee',
      satisfaction: 4,
      usefulness: 5,
      wouldContinue: true,
      comment: 'Très contente.',
    };
    expect((await post(debrief('lou'), paper, 'admin')).status).toBe(201);

    const forMentor = await post(
      debrief('emma'),
      { respondent: 'mentor', satisfaction: 4, usefulness: 4, wouldContinue: true },
      'admin',
    );
    expect(forMentor.status).toBe(403);
    expect((await forMentor.json()).error.message).toContain('la coordination saisit les réponses du jeune');

    // The same questionnaire sent twice at once (a double click): one answer, the other told.
    const emma = { respondent: 'mentee', satisfaction: 2, usefulness: 3, wouldContinue: false };
    const both = await Promise.all([
      post(debrief('emma'), emma, 'admin'),
      post(debrief('emma'), emma, 'admin'),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const refused = both.find((r) => r.status === 409)!;
    expect((await refused.json()).error.message).toBe(
      'Les réponses du jeune à ce bilan sont déjà enregistrées.',
    );
    expect(await stored('emma')).toEqual([
      {
        respondent: 'mentee',
        answers: { satisfaction: 2, usefulness: 3, wouldContinue: false },
        extraAnswers: [],
        submittedAt: expect.any(String),
      },
    ]);
  });

  it('refuses bad answers field by field, in French, and writes nothing', async () => {
    const before = await audits();
    const bad = await post(
      debrief('emma'),
      {
        respondent: 'mentor',
        satisfaction: 7,
        usefulness: 0,
        wouldContinue: 'oui',
        comment: 'x'.repeat(1001),
      },
      'amel',
    );
    expect(bad.status).toBe(422);
    const { error } = await bad.json();
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toEqual({
      satisfaction: 'Satisfaction : au plus 5.',
      usefulness: 'Utilité des rencontres : au moins 1.',
      wouldContinue: 'Indiquez si vous souhaitez continuer.',
      comment: 'Commentaire trop long (1000 caractères).',
    });
    const notWhole = await post(
      debrief('emma'),
      { respondent: 'mentor', satisfaction: 3.5, usefulness: 3, wouldContinue: true },
      'amel',
    );
    expect((await notWhole.json()).error.fields).toEqual({
      satisfaction: 'Satisfaction : une note entière.',
    });
    expect((await stored('emma')).map((d) => d.respondent)).toEqual(['mentee']);
    expect(await audits()).toBe(before);

    const filter = await get(`${T}/programs/${ids.program}/debriefs?waiting=parent`, 'admin');
    expect(filter.status).toBe(422);
    expect((await filter.json()).error.fields.waiting).toContain('Filtre inconnu');
  });

  it('sums the program up, pages its pairs, filters who is still to answer, and exports it', async () => {
    const board = `${T}/programs/${ids.program}/debriefs`;
    const first = await (await get(`${board}?pageSize=2`, 'admin')).json();
    // Lou (mentor and young person), Nils (mentor), Emma (young person); Zoé never met, Rayan was rejected.
    expect(first.summary).toEqual({
      pairs: 3,
      answers: 4,
      satisfaction: 3.5,
      usefulness: 3.5,
      wouldContinuePercent: 50,
      byRespondent: {
        mentor: { answers: 2, satisfaction: 4, usefulness: 3, wouldContinuePercent: 50 },
        mentee: { answers: 2, satisfaction: 3, usefulness: 4, wouldContinuePercent: 50 },
      },
    });
    expect({ page: first.page, pageSize: first.pageSize, total: first.total }).toEqual({
      page: 1,
      pageSize: 2,
      total: 3,
    });
    expect(first.items.map((p: { youngPerson: { firstName: string } }) => p.youngPerson.firstName)).toEqual([
      'Emma',
      'Lou',
    ]);
    const lou = first.items[1];
    expect(lou).toMatchObject({
      id: ids.lou,
      status: 'active',
      mentor: { id: ids.amel, name: 'Amel Berger', organizationName: 'Mission Égalité des Droits' },
      youngPerson: { firstName: 'Lou', level: '3e', schoolName: 'Collège Albert-Camus' },
      debriefs: {
        mentor: { satisfaction: 5, usefulness: 4, wouldContinue: true, comment: 'Lou a gagné en confiance.' },
        mentee: { satisfaction: 4, usefulness: 5, wouldContinue: true, comment: 'Très contente.' },
      },
    });
    expect(JSON.stringify(first)).not.toMatch(/scholarship|Dupuis|birthDate|guardian/);

    const second = await (await get(`${board}?pageSize=2&page=2`, 'admin')).json();
    expect(second.items).toEqual([
      expect.objectContaining({
        id: ids.nils,
        status: 'closed',
        closeOutcome: 'completed',
        debriefs: expect.objectContaining({ mentee: null }),
      }),
    ]);
    const noMentor = await (await get(`${board}?waiting=mentor`, 'admin')).json();
    expect(noMentor.items.map((p: { id: string }) => p.id)).toEqual([ids.emma]);
    expect(noMentor.total).toBe(1);
    expect(noMentor.summary.pairs).toBe(3);
    const noMentee = await (await get(`${board}?waiting=mentee`, 'admin')).json();
    expect(noMentee.items.map((p: { id: string }) => p.id)).toEqual([ids.nils]);

    const csv = await get(`${board}/export.csv`, 'admin');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('bilans-2026-2027.csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // The UTF-8 byte order mark, so that a spreadsheet reads the accents right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      'Binôme;Statut;Mentor;Structure;Jeune (prénom);Niveau;Établissement;' +
        'Mentor : satisfaction (1-5);Mentor : utilité (1-5);Mentor : souhaite continuer;Mentor : commentaire;Mentor : répondu le;' +
        'Jeune : satisfaction (1-5);Jeune : utilité (1-5);Jeune : souhaite continuer;Jeune : commentaire;Jeune : répondu le',
    );
    const today = now().slice(0, 10);
    expect(lines[2]).toBe(
      `${ids.lou};Actif;Amel Berger;Mission Égalité des Droits;Lou;3e;Collège Albert-Camus;` +
        `5;4;Oui;Lou a gagné en confiance.;${today};4;5;Oui;Très contente.;${today}`,
    );
    expect(lines[3]).toBe(
      `${ids.nils};Clos : mené à son terme;Hugo Chartier;Mission Égalité des Droits;Nils;3e;Collège Jules-Vallès;` +
        `3;2;Non;;${today};;;;;`,
    );
  });

  it('shows a school referent its own pupils’ debriefs only: ratings, never comments nor the mentor', async () => {
    const response = await get(`${T}/programs/${ids.program}/school-debriefs`, 'school');
    expect(response.status).toBe(200);
    const board = await response.json();
    expect(board.items.map((p: { youngPerson: { firstName: string } }) => p.youngPerson.firstName)).toEqual([
      'Emma',
      'Lou',
    ]);
    expect(board.items[1]).toEqual({
      pairId: ids.lou,
      status: 'active',
      youngPerson: { firstName: 'Lou', level: '3e', schoolName: 'Collège Albert-Camus' },
      debriefs: {
        mentor: {
          satisfaction: 5,
          usefulness: 4,
          wouldContinue: true,
          extraAnswers: [],
          submittedAt: expect.any(String),
        },
        mentee: {
          satisfaction: 4,
          usefulness: 5,
          wouldContinue: true,
          extraAnswers: [],
          submittedAt: expect.any(String),
        },
      },
    });
    expect(board.summary).toMatchObject({
      pairs: 2,
      answers: 3,
      satisfaction: 3.7,
      usefulness: 4,
      wouldContinuePercent: 67,
    });
    const text = JSON.stringify(board);
    for (const hidden of [
      'Nils',
      'confiance',
      'contente',
      'Berger',
      'Amel',
      'Dupuis',
      'scholarship',
      ids.amel!,
    ]) {
      expect(text).not.toContain(hidden);
    }

    const one = await get(`${T}/pairs/${ids.lou}/school-debrief`, 'school');
    expect(one.status).toBe(200);
    expect(await one.json()).toEqual(board.items[1]);
    for (const pair of ['nils', 'zoe']) {
      const out = await get(`${T}/pairs/${ids[pair]}/school-debrief`, 'school');
      expect(out.status).toBe(404);
    }
    const valles = await get(`${T}/pairs/${ids.nils}/school-debrief`, 'school');
    expect((await valles.json()).error.message).toBe('Binôme introuvable.');

    for (const who of ['admin', 'amel']) {
      expect((await get(`${T}/programs/${ids.program}/school-debriefs`, who)).status).toBe(403);
      expect((await get(`${T}/pairs/${ids.lou}/school-debrief`, who)).status).toBe(403);
    }
    for (const path of [
      `${T}/programs/${ids.program}/debriefs`,
      `${T}/programs/${ids.program}/debriefs/export.csv`,
    ]) {
      expect((await get(path, 'school')).status).toBe(403);
    }
  });
});
