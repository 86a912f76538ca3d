import { type TenantDb, tenantSchema } from '@passerelle/db';
import { newId, type ProgramTemplateDefinition, youngPersonKey } from '@passerelle/domain';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyToken } from '../../workers/api/src/services/discovery/surveys/survey-links.ts';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

// A template's own survey questions reach the people who answer: Suresnes' mentoring program is
// published, a new version adds two questions, Clermont adopts it and its debrief asks them after
// the built-in ones; Clermont's Pass'3e, adopted by Suresnes with one more question, asks it in
// the end-of-week survey. A program that was not adopted from a template asks nothing more.

const CLERMONT = 'ville-de-clermont-ferrand';
const SURESNES = 'ville-de-suresnes';
const T = `/api/t/${CLERMONT}/mentoring`;
const RECOMMEND = 'Recommanderiez-vous le mentorat ?';
const WORKSHOP = 'Note de l’atelier « découverte des métiers »';
const SURVEY_EXTRA = 'Le stage vous a-t-il donné des idées d’orientation ?';
const now = () => new Date().toISOString();

async function addPair(db: TenantDb, input: { programId: string; mentorId: string; schoolId: string }) {
  const youngPersonId = newId('yng');
  const base = { firstName: 'Lina', lastName: 'Dupuis', birthDate: '2012-05-04', schoolId: input.schoolId };
  await db.insert(tenantSchema.youngPeople).values({
    id: youngPersonId,
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
    guardianEmail: 'parent.lina@parents.example',
    authorisation: 'given',
    updatedAt: now(),
  });
  const id = newId('pai');
  const at = now();
  await db.insert(tenantSchema.pairs).values({
    id,
    programId: input.programId,
    mentorId: input.mentorId,
    youngPersonId,
    status: 'active',
    proposedAt: at,
    acceptedAt: at,
    activatedAt: at,
    updatedAt: at,
  });
  return id;
}

describe('a template’s own survey questions asked by the program’s forms', () => {
  let t: TestApp;
  let db: TenantDb;
  const cookie: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const send = (method: string, path: string, who: string, body?: unknown) =>
    t.request(path, {
      method,
      cookie: cookie[who]!,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const get = async (path: string, who: string) => (await send('GET', path, who)).json();
  const debriefRows = async () => (await db.select({ n: count() }).from(tenantSchema.debriefs))[0]!.n;

  beforeAll(async () => {
    t = await startTestApp();
    cookie.national = await t.signIn(DEMO.national);
    cookie.clermont = await t.signIn(DEMO.clermontAdmin);
    cookie.suresnes = await t.signIn(DEMO.suresnesAdmin);
    db = await t.tenantDb(CLERMONT);

    // Suresnes' mentoring program, published, then a version with two questions of its own.
    const source = (await get(`/api/national/tenants/${SURESNES}/programs`, 'national')).items.find(
      (p: { kind: string }) => p.kind === 'mentoring',
    );
    const template = (await (
      await send('POST', '/api/national/templates', 'national', {
        tenant: SURESNES,
        programKind: 'mentoring',
        programId: source.id,
        slug: 'mentorat-des-agents',
        name: 'Mentorat des agents',
        summary: 'Des agents mentorent des lycéens professionnels.',
      })
    ).json()) as { id: string; definition: ProgramTemplateDefinition };
    const next = structuredClone(template.definition);
    next.surveyQuestions.push({ label: RECOMMEND, kind: 'yes_no' }, { label: WORKSHOP, kind: 'scale' });
    const versioned = await send('POST', `/api/national/templates/${template.id}/versions`, 'national', {
      bump: 'minor',
      changelog: 'Deux questions de plus au bilan.',
      definition: next,
    });
    expect(versioned.status).toBe(201);

    const adopted = await send(
      'POST',
      `/api/t/${CLERMONT}/templates/catalogue/${template.id}/adopt`,
      'clermont',
    );
    expect(adopted.status).toBe(201);
    const adoption = await adopted.json();
    expect(adoption.version).toBe('1.1.0');
    ids.adopted = adoption.program.id;

    // A program of Clermont's own, never adopted.
    const own = await send('POST', `${T}/programs`, 'clermont', {
      name: 'Mentorat collégiens',
      audienceLevels: ['3e'],
      eligibility: { mode: 'any', scholarship: true },
      season: '2026-2027',
      weights: { interests: 3, distance: 1, availability: 2, preferences: 1, language: 1 },
    });
    expect(own.status).toBe(201);
    ids.own = (await own.json()).id;

    const orgs = await db.select().from(tenantSchema.organizations);
    const byName = (name: string) => orgs.find((o) => o.name === name)!.id;
    for (const [key, program, firstName] of [
      ['amel', ids.adopted, 'Amel'],
      ['hugo', ids.own, 'Hugo'],
    ] as const) {
      const email = `${firstName.toLowerCase()}.berger@clermont.example`;
      const created = await send('POST', `${T}/programs/${program}/mentors`, 'clermont', {
        firstName,
        lastName: 'Berger',
        email,
        organizationId: byName('Mission Égalité des Droits'),
        jobFamily: 'administration',
        jobTitle: 'Agent d’accueil',
        availability: ['wed_pm'],
      });
      expect(created.status).toBe(201);
      const mentorId = (await created.json()).id;
      cookie[key] = await t.signIn(email);
      ids[key] = await addPair(db, {
        programId: program!,
        mentorId,
        schoolId: byName('Collège Albert-Camus'),
      });
    }
  });
  afterAll(() => t.close());

  it('asks the adopted program’s extra questions after the built-in ones, and none elsewhere', async () => {
    const mine = await get(`${T}/me`, 'amel');
    expect(mine.pairs.find((p: { id: string }) => p.id === ids.amel).extraQuestions).toEqual([
      { label: RECOMMEND, kind: 'yes_no' },
      { label: WORKSHOP, kind: 'scale' },
    ]);
    const board = await get(`${T}/programs/${ids.adopted}/debriefs`, 'clermont');
    expect(board.extraQuestions.map((q: { label: string }) => q.label)).toEqual([RECOMMEND, WORKSHOP]);

    const other = await get(`${T}/me`, 'hugo');
    expect(other.pairs.find((p: { id: string }) => p.id === ids.hugo).extraQuestions).toEqual([]);
    expect((await get(`${T}/programs/${ids.own}/debriefs`, 'clermont')).extraQuestions).toEqual([]);
  });

  it('refuses a bad or unknown extra answer, naming it, and writes nothing', async () => {
    const before = await debriefRows();
    const base = { respondent: 'mentor', satisfaction: 4, usefulness: 4, wouldContinue: true };
    const bad = await send('POST', `${T}/pairs/${ids.amel}/debrief`, 'amel', {
      ...base,
      extraAnswers: [{ label: WORKSHOP, answer: 7 }],
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toEqual({
      'extraAnswers.1': `${WORKSHOP} : une note entière de 1 à 5.`,
    });
    const unknown = await send('POST', `${T}/pairs/${ids.hugo}/debrief`, 'hugo', {
      ...base,
      extraAnswers: [{ label: RECOMMEND, answer: true }],
    });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).error.message).toBe(
      `Question inconnue pour ce programme : « ${RECOMMEND} ».`,
    );
    expect(await debriefRows()).toBe(before);
  });

  it('stores the answers as asked and shows them on the board, the school view and in the CSV', async () => {
    const given = await send('POST', `${T}/pairs/${ids.amel}/debrief`, 'amel', {
      respondent: 'mentor',
      satisfaction: 5,
      usefulness: 4,
      wouldContinue: true,
      extraAnswers: [
        { label: WORKSHOP, answer: 3 },
        { label: RECOMMEND, answer: true },
      ],
    });
    expect(given.status).toBe(201);
    const asked = [
      { label: RECOMMEND, kind: 'yes_no', answer: true },
      { label: WORKSHOP, kind: 'scale', answer: 3 },
    ];
    expect((await given.json()).extraAnswers).toEqual(asked);
    const [row] = await db
      .select()
      .from(tenantSchema.debriefs)
      .where(eq(tenantSchema.debriefs.pairId, ids.amel!));
    expect(row!.extraAnswers).toEqual(asked);

    const board = await get(`${T}/programs/${ids.adopted}/debriefs`, 'clermont');
    expect(board.items[0].debriefs.mentor.extraAnswers).toEqual(asked);
    expect((await get(`${T}/pairs/${ids.amel}/debriefs`, 'clermont')).items[0].extraAnswers).toEqual(asked);

    const csv = await (
      await send('GET', `${T}/programs/${ids.adopted}/debriefs/export.csv`, 'clermont')
    ).text();
    const [head, line] = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(head).toContain(`Mentor : ${RECOMMEND}`);
    expect(head).toContain(`Jeune : ${WORKSHOP}`);
    expect(line!.endsWith('Oui;3;;') || line!.endsWith('Oui,3,,')).toBe(true);

    // An untouched program's CSV has no such column.
    const plain = await (
      await send('GET', `${T}/programs/${ids.own}/debriefs/export.csv`, 'clermont')
    ).text();
    expect(plain).not.toContain(RECOMMEND);
  });

  it('asks the Pass’3e survey’s extra question of a tutor and exports the answer', async () => {
    const catalogue = await get(`/api/t/${SURESNES}/templates/catalogue`, 'suresnes');
    const pass3e = catalogue.items.find((i: { slug: string }) => i.slug === 'pass-3e-semaine-de-decouverte');
    const detail = await get(`/api/national/templates/${pass3e.id}`, 'national');
    const next = structuredClone(detail.definition) as ProgramTemplateDefinition;
    next.surveyQuestions.push({ label: SURVEY_EXTRA, kind: 'text' });
    expect(
      (
        await send('POST', `/api/national/templates/${pass3e.id}/versions`, 'national', {
          bump: 'minor',
          changelog: 'Une question sur l’orientation.',
          definition: next,
        })
      ).status,
    ).toBe(201);
    const adopted = await send(
      'POST',
      `/api/t/${SURESNES}/templates/catalogue/${pass3e.id}/adopt`,
      'suresnes',
    );
    expect(adopted.status).toBe(201);
    const programId = (await adopted.json()).program.id as string;

    // An adopted Pass'3e has no week yet: one is written straight into the tenant's database.
    const suresnesDb = await t.tenantDb(SURESNES);
    const weekId = newId('dwk');
    await suresnesDb
      .insert(tenantSchema.discoveryWeeks)
      .values({ id: weekId, programId, startDate: '2027-01-18' });
    const token = await surveyToken({
      secret: t.deps.config.authSecret,
      tenantSlug: SURESNES,
      respondent: { kind: 'tutor', programId, weekId, ref: newId('dtu') },
    });
    const path = `/api/public/t/${SURESNES}/discovery/surveys/${token}`;
    const opened = await (await t.request(path)).json();
    expect(opened).toEqual({
      respondent: 'tutor',
      answered: false,
      extraQuestions: [{ label: SURVEY_EXTRA, kind: 'text' }],
    });

    const tooLong = await t.request(path, {
      method: 'POST',
      body: JSON.stringify({
        satisfaction: 4,
        extraAnswers: [{ label: SURVEY_EXTRA, answer: 'x'.repeat(1001) }],
      }),
    });
    expect(tooLong.status).toBe(422);
    const answered = await t.request(path, {
      method: 'POST',
      body: JSON.stringify({
        satisfaction: 4,
        extraAnswers: [{ label: SURVEY_EXTRA, answer: '  Le métier de soudeur.  ' }],
      }),
    });
    expect(answered.status).toBe(201);
    expect((await (await t.request(path)).json()).answered).toBe(true);
    const [stored] = await suresnesDb.select().from(tenantSchema.surveyResponses);
    expect(stored!.extraAnswers).toEqual([
      { label: SURVEY_EXTRA, kind: 'text', answer: 'Le métier de soudeur.' },
    ]);

    const csv = await (
      await send('GET', `/api/t/${SURESNES}/discovery/programs/${programId}/surveys/export.csv`, 'suresnes')
    ).text();
    expect(csv).toContain(SURVEY_EXTRA);
    expect(csv).toContain('Le métier de soudeur.');
  });
});
