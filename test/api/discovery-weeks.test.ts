import { type TenantDb, tenantSchema } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const CLERMONT = 'ville-de-clermont-ferrand';
const base = `/api/t/${CLERMONT}/discovery/programs`;
const publicBase = `/api/public/t/${CLERMONT}/discovery`;

// Bodies are read as `Response.json()` gives them, like the other API tests do.
type Json = Awaited<ReturnType<Response['json']>>;

// One program run end to end through the API, as the Mission Égalité des Droits would: set up,
// quotas, nominations by the schools, guardians' answers, groups, plan, the week itself, summary.
describe('Pass’3e discovery weeks', () => {
  let t: TestApp;
  let db: TenantDb;
  const cookies: Record<string, string> = {};
  const ids = {
    program: '',
    week: '',
    camus: '',
    valles: '',
    aubrac: '',
    hosts: [] as string[],
    students: {} as Record<string, string>,
    refused: '',
    bookletToken: '',
    bookletStudent: '',
  };

  const call = (method: string, path: string, cookie?: string, body?: unknown) =>
    t.request(path, {
      method,
      ...(cookie ? { cookie } : {}),
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
  const json = async (response: Response, status: number): Promise<Json> => {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    return JSON.parse(text);
  };
  const orgId = async (name: string) =>
    (
      await db
        .select({ id: tenantSchema.organizations.id })
        .from(tenantSchema.organizations)
        .where(eq(tenantSchema.organizations.name, name))
    )[0]!.id;
  const tokenIn = async (email: string, path: string) =>
    (await t.latestMailTo(email))?.text.match(new RegExp(`/t/${CLERMONT}/pass3e/${path}/([\\w.-]+)`))?.[1];

  beforeAll(async () => {
    t = await startTestApp();
    for (const key of ['clermontAdmin', 'clermontSchool', 'provinceAdmin'] as const) {
      cookies[key] = await t.signIn(DEMO[key]);
    }
    db = await t.tenantDb(CLERMONT);
    ids.camus = await orgId('Collège Albert-Camus');
    ids.valles = await orgId('Collège Jules-Vallès');
    ids.aubrac = await orgId('Collège Lucie-Aubrac');
    // Enrolments as the schools import would set them: 100 pupils of 3e each.
    for (const id of [ids.camus, ids.valles, ids.aubrac]) {
      await json(
        await call('PATCH', `/api/t/${CLERMONT}/organizations/${id}`, cookies.clermontAdmin, {
          enrolment3e: 100,
        }),
        200,
      );
    }
  });
  afterAll(() => t.close());

  it('ships a planned demo program in Clermont-Ferrand, made through the verbs', async () => {
    const { items } = await json(await call('GET', base, cookies.clermontAdmin), 200);
    const demo = items.find((p: Json) => p.name === 'Pass’3e');
    expect(demo.weeks).toHaveLength(4);
    const quotas = await json(await call('GET', `${base}/${demo.id}/quotas`, cookies.clermontAdmin), 200);
    expect(quotas.total).toBe(40);
    const students = await json(await call('GET', `${base}/${demo.id}/students`, cookies.clermontAdmin), 200);
    expect(students.items.length).toBeGreaterThanOrEqual(20);
    expect(students.items.filter((s: Json) => s.authorisation === 'given')).toHaveLength(22);
    const plan = await json(await call('GET', `${base}/${demo.id}/plan`, cookies.clermontAdmin), 200);
    expect(plan.unplaced).toEqual([]);
    const planned = plan.weeks.flatMap((w: Json) => w.days[0].groups);
    expect(planned.flatMap((g: Json) => g.students)).toHaveLength(22);
    const hosts = await json(await call('GET', `${base}/${demo.id}/hosts`, cookies.clermontAdmin), 200);
    expect(hosts.items.map((h: Json) => h.name)).toContain('Police municipale');
  });

  it('creates a program with the usual week (citizenship, three services, restitution)', async () => {
    const program = await json(
      await call('POST', base, cookies.clermontAdmin, {
        name: 'Pass’3e essai',
        season: '2026-2027',
        totalPlaces: 20,
        weeks: ['2027-01-11'],
      }),
      201,
    );
    expect(program).toMatchObject({
      name: 'Pass’3e essai',
      totalPlaces: 20,
      priorityWeights: { 'REP+': 1.5, REP: 1.25, none: 1 },
      groupSize: 5,
      layout: ['citizenship', 'service', 'service', 'service', 'restitution'],
      status: 'active',
      weeks: [{ id: expect.stringMatching(/^dwk_/), startDate: '2027-01-11', closedAt: null }],
    });
    ids.program = program.id;
    ids.week = program.weeks[0].id;
    const listed = await json(await call('GET', base, cookies.clermontSchool), 200);
    expect(listed.items.map((p: Json) => p.id)).toContain(ids.program);
  });

  it('refuses a malformed program in French (422)', async () => {
    const bad = await json(
      await call('POST', base, cookies.clermontAdmin, {
        name: '',
        season: '2026-2028',
        totalPlaces: -3,
        weeks: ['2027-01-12'],
        layout: ['citizenship', 'restitution'],
      }),
      422,
    );
    expect(bad.error.fields).toMatchObject({
      name: 'Le nom du programme est obligatoire.',
      season: 'Saison : deux années qui se suivent.',
      totalPlaces: 'Nombre de places : au moins 1.',
      'weeks.0': 'Semaine : une semaine commence un lundi.',
      layout: 'La semaine compte au moins une journée en service.',
    });
  });

  it('adds four services as hosts, each with a tutor invited with the role mentor', async () => {
    const services = [
      ['Direction des Espaces verts', 'environnement', true],
      ['Police municipale', 'droit', true],
      ['Médiathèque de Jaude', 'culture', true],
      ['Service informatique', 'numerique', false],
    ] as const;
    for (const [index, [name, jobFamily, mixedJob]] of services.entries()) {
      const organizationId =
        name === 'Direction des Espaces verts'
          ? await orgId(name)
          : (
              await json(
                await call('POST', `/api/t/${CLERMONT}/organizations`, cookies.clermontAdmin, {
                  kind: 'service',
                  name,
                }),
                201,
              )
            ).id;
      const host = await json(
        await call('POST', `${base}/${ids.program}/hosts`, cookies.clermontAdmin, {
          organizationId,
          name,
          jobFamily,
          mixedJob,
          capacityGroupsPerDay: 1,
          tutors: [{ name: `Tuteur ${index + 1}`, email: `tuteur${index + 1}@clermont.example` }],
        }),
        201,
      );
      expect(host.tutors).toEqual([
        {
          id: expect.stringMatching(/^dtu_/),
          name: `Tuteur ${index + 1}`,
          email: `tuteur${index + 1}@clermont.example`,
          days: null,
        },
      ]);
      ids.hosts.push(host.id);
    }
    expect((await t.latestMailTo('tuteur1@clermont.example'))?.text).toContain('« Mentor·e / tuteur·rice »');
    // A school sees the hosts but not how to reach the tutors.
    const seen = await json(await call('GET', `${base}/${ids.program}/hosts`, cookies.clermontSchool), 200);
    expect(seen.items).toHaveLength(4);
    expect(JSON.stringify(seen)).not.toContain('@clermont.example');
    // A company hosts only under an active convention.
    const company = await json(
      await call('POST', `/api/t/${CLERMONT}/organizations`, cookies.clermontAdmin, {
        kind: 'company',
        name: 'Garage du Centre',
        siret: '73282932000074',
      }),
      201,
    );
    const noConvention = await json(
      await call('POST', `${base}/${ids.program}/hosts`, cookies.clermontAdmin, {
        organizationId: company.id,
        name: 'Atelier',
        jobFamily: 'industrie',
        capacityGroupsPerDay: 1,
        tutors: [{ name: 'Mécanicienne', email: 'meca@garage.example', days: [0] }],
      }),
      422,
    );
    expect(noConvention.error.fields).toEqual({
      conventionId: 'Un partenaire accueille des collégiens dans le cadre d’une convention active.',
      'tutors.0.days.0': 'Le jour 1 n’est pas une journée en service.',
    });
  });

  it('shares the places between the active collèges: quotas add up exactly, a collège without enrolment is excluded', async () => {
    await json(
      await call('POST', `/api/t/${CLERMONT}/organizations`, cookies.clermontAdmin, {
        kind: 'school',
        name: 'Collège sans effectif',
        uai: '0630099Y',
        schoolKind: 'college',
      }),
      201,
    );
    const result = await json(
      await call('POST', `${base}/${ids.program}/quotas`, cookies.clermontAdmin),
      200,
    );
    const sum = result.quotas.reduce((n: number, q: Json) => n + q.quota, 0);
    expect(sum).toBe(20);
    expect(result.total).toBe(20);
    const camus = result.quotas.find((q: Json) => q.school.id === ids.camus);
    expect(camus).toMatchObject({
      school: { name: 'Collège Albert-Camus', priorityEducation: 'REP+', enrolment3e: 100 },
      quota: 8,
      nominated: 0,
    });
    expect(camus.explanation).toContain('100 élèves de 3e × 1,5 (REP+) = 150 parts');
    expect(result.excluded).toContainEqual({
      school: expect.objectContaining({ name: 'Collège sans effectif', enrolment3e: null }),
      reason: expect.stringContaining('Effectif de 3e non renseigné'),
    });

    // The school referent sees its own line only.
    const own = await json(await call('GET', `${base}/${ids.program}/quotas`, cookies.clermontSchool), 200);
    expect(own.quotas).toEqual([
      expect.objectContaining({ school: expect.objectContaining({ id: ids.camus }), quota: 8 }),
    ]);
    expect(own.excluded).toEqual([]);
    expect(JSON.stringify(own)).not.toContain('Vallès');
  });

  const pupils = [
    ['Inès', 'F', ['environnement', 'culture']],
    ['Yanis', 'M', ['numerique']],
    ['Lina', 'F', ['droit', 'culture']],
    ['Noah', 'M', ['culture']],
    ['Sarah', 'F', ['numerique', 'droit']],
    ['Adam', 'M', ['environnement']],
    ['Maëlys', 'F', ['culture', 'numerique']],
    ['Rayan', 'M', ['droit']],
  ] as const;
  const nomination = (schoolId: string, firstName: string, gender: string, interests: readonly string[]) => ({
    schoolId,
    firstName,
    lastName: 'Martin',
    gender,
    interests,
    reason: 'Aucun réseau professionnel dans l’entourage.',
    guardianEmail: `famille.${firstName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}@parents.example`,
  });

  it('lets Collège Albert-Camus propose its pupils up to its quota, then answers 409', async () => {
    for (const [firstName, gender, interests] of pupils) {
      const student = await json(
        await call(
          'POST',
          `${base}/${ids.program}/students`,
          cookies.clermontSchool,
          nomination(ids.camus, firstName, gender, interests),
        ),
        201,
      );
      expect(student).toMatchObject({
        school: { id: ids.camus, name: 'Collège Albert-Camus' },
        authorisation: 'pending',
      });
      ids.students[firstName] = student.id;
    }
    const mail = await t.latestMailTo('famille.ines@parents.example');
    expect(mail?.subject).toBe('Autorisation demandée : Inès et la semaine de découverte « Pass’3e essai »');
    expect(mail?.text).toMatch(
      /http:\/\/passerelle\.test\/t\/ville-de-clermont-ferrand\/pass3e\/autorisation\/[\w-]{40,}/,
    );
    expect(mail?.text).not.toContain('Martin');

    const over = await json(
      await call(
        'POST',
        `${base}/${ids.program}/students`,
        cookies.clermontSchool,
        nomination(ids.camus, 'Zoé', 'F', ['culture']),
      ),
      409,
    );
    expect(over.error.message).toBe('Quota atteint : 8 places pour le collège Albert-Camus.');
  });

  it('keeps a school referent to its own school (404) and checks the nomination in French (422)', async () => {
    const other = await json(
      await call(
        'POST',
        `${base}/${ids.program}/students`,
        cookies.clermontSchool,
        nomination(ids.valles, 'Léo', 'M', ['droit']),
      ),
      404,
    );
    expect(other.error.message).toBe('Collège introuvable.');
    const bad = await json(
      await call('POST', `${base}/${ids.program}/students`, cookies.clermontSchool, {
        ...nomination(ids.camus, 'Léo', 'garçon', ['droit', 'cuisine']),
        guardianEmail: 'pas-une-adresse',
      }),
      422,
    );
    expect(bad.error.fields).toMatchObject({
      gender: 'Genre : F, M ou X.',
      'interests.1': 'Centre d’intérêt inconnu.',
      guardianEmail: 'Adresse e-mail invalide.',
    });
    const listed = await json(
      await call('GET', `${base}/${ids.program}/students`, cookies.clermontSchool),
      200,
    );
    expect(listed.items).toHaveLength(8);
  });

  it('lets the coordination propose pupils of the other collèges', async () => {
    const others = [
      [ids.valles, 'Emma', 'F', ['culture']],
      [ids.valles, 'Hugo', 'M', ['numerique', 'droit']],
      [ids.valles, 'Chloé', 'F', ['droit']],
      [ids.valles, 'Nolan', 'M', ['environnement']],
      [ids.aubrac, 'Jade', 'F', ['numerique']],
      [ids.aubrac, 'Louis', 'M', ['culture', 'environnement']],
      [ids.aubrac, 'Léna', 'F', ['environnement']],
      [ids.aubrac, 'Tom', 'M', ['droit']],
    ] as const;
    for (const [schoolId, firstName, gender, interests] of others) {
      const student = await json(
        await call(
          'POST',
          `${base}/${ids.program}/students`,
          cookies.clermontAdmin,
          nomination(schoolId, firstName, gender, interests),
        ),
        201,
      );
      ids.students[firstName] = student.id;
    }
  });

  it('records the guardians’ answers by their single-use links', async () => {
    for (const firstName of Object.keys(ids.students)) {
      const email = nomination(ids.camus, firstName, 'F', []).guardianEmail;
      const token = await tokenIn(email, 'autorisation');
      expect(token, firstName).toBeDefined();
      const page = await json(await call('GET', `${publicBase}/authorisations/${token}`), 200);
      expect(page).toMatchObject({
        firstName,
        programName: 'Pass’3e essai',
        decision: null,
        tenantName: 'Ville de Clermont-Ferrand',
      });
      expect(JSON.stringify(page)).not.toContain('Martin');
      if (firstName === 'Tom') {
        await json(await call('POST', `${publicBase}/authorisations/${token}/refuse`, undefined, {}), 200);
        ids.refused = ids.students[firstName]!;
        continue;
      }
      const given = await json(
        await call('POST', `${publicBase}/authorisations/${token}`, undefined, {
          guardianName: `Parent de ${firstName}`,
          relationship: 'mere',
          consent: true,
        }),
        200,
      );
      expect(given.decision).toBe('given');
      if (firstName === 'Inès') {
        const again = await json(
          await call('POST', `${publicBase}/authorisations/${token}`, undefined, {
            guardianName: 'Quelqu’un',
            relationship: 'pere',
            consent: true,
          }),
          409,
        );
        expect(again.error.message).toMatch(/déjà donné votre autorisation/);
      }
    }
    const missingConsent = await json(
      await call('POST', `${publicBase}/authorisations/${'x'.repeat(43)}`, undefined, {
        guardianName: 'A',
        relationship: 'mere',
      }),
      422,
    );
    expect(missingConsent.error.fields.consent).toBe('Cochez la case pour donner votre autorisation.');
  });

  it('forms groups of five with the authorised pupils only, mixing collèges', async () => {
    const result = await json(
      await call('POST', `${base}/${ids.program}/groups`, cookies.clermontAdmin),
      200,
    );
    expect(result.sizes).toEqual([5, 5, 5]);
    const members = result.groups.flatMap((g: Json) => g.students.map((s: Json) => s.id));
    expect(members).toHaveLength(15);
    expect(members).not.toContain(ids.refused);
    for (const group of result.groups) {
      expect(new Set(group.students.map((s: Json) => s.schoolName)).size).toBeGreaterThan(1);
      expect(group.explanation).toMatch(new RegExp(`^Groupe ${group.number} : 5 élèves`));
      expect(Object.keys(group.students[0]).sort()).toEqual(['firstName', 'gender', 'id', 'schoolName']);
    }
  });

  let plan: Json;
  it('plans the week: each group sees three different services, one per day, with a tutor', async () => {
    const result = await json(await call('POST', `${base}/${ids.program}/plan`, cookies.clermontAdmin), 200);
    expect(result.unplaced).toEqual([]);
    expect(result.assignments).toHaveLength(3);
    for (const a of result.assignments) {
      const hosts = a.days.filter((d: Json) => d.kind === 'service').map((d: Json) => d.hostId);
      expect(new Set(hosts).size).toBe(3);
      expect(a.days.filter((d: Json) => d.kind === 'service').every((d: Json) => d.tutorId)).toBe(true);
    }
    plan = await json(await call('GET', `${base}/${ids.program}/plan`, cookies.clermontAdmin), 200);
    expect(plan.weeks[0].days[1].hosts).toHaveLength(3);
    // Guardians get the booklet link once the week is planned.
    ids.bookletToken = (await tokenIn('famille.ines@parents.example', 'livret'))!;
    ids.bookletStudent = ids.students.Inès!;
    expect(ids.bookletToken).toBeDefined();
  });

  it('refuses a move that puts two groups at a one-group service, and changes nothing', async () => {
    const day = plan.weeks[0].days[1];
    const [first, second] = day.hosts;
    const refused = await json(
      await call('PATCH', `${base}/${ids.program}/plan`, cookies.clermontAdmin, {
        groupId: second.groups[0].id,
        dayIndex: 1,
        hostId: first.host.id,
      }),
      409,
    );
    expect(refused.error.message).toMatch(/^Déplacement refusé : /);
    expect(refused.error.message).toMatch(
      /Service « [^»]+ », semaine du 11 janvier 2027, jour 2 : 2 groupes pour 1 place \(\d et \d\)\./,
    );
    const after = await json(await call('GET', `${base}/${ids.program}/plan`, cookies.clermontAdmin), 200);
    expect(after).toEqual(plan);

    const notService = await json(
      await call('PATCH', `${base}/${ids.program}/plan`, cookies.clermontAdmin, {
        groupId: second.groups[0].id,
        dayIndex: 0,
        hostId: first.host.id,
      }),
      422,
    );
    expect(notService.error.fields.dayIndex).toBe('Le jour 1 n’est pas une journée en service.');
  });

  it('lets a tutor see only their host-days, with first names, and mark attendance there only', async () => {
    const hostDay = plan.weeks[0].days[2].hosts[0];
    const tutorEmail = `tuteur${ids.hosts.indexOf(hostDay.host.id) + 1}@clermont.example`;
    const tutor = await t.signIn(tutorEmail);
    const own = await json(await call('GET', `${base}/${ids.program}/plan`, tutor), 200);
    const seenHosts = new Set(
      own.weeks.flatMap((w: Json) => w.days.flatMap((d: Json) => d.hosts.map((h: Json) => h.host.id))),
    );
    expect([...seenHosts]).toEqual([hostDay.host.id]);
    expect(JSON.stringify(own)).not.toContain('Martin');
    expect(own.unplaced).toEqual([]);

    const pupil = hostDay.groups[0].students[0];
    const marked = await json(
      await call('POST', `${base}/${ids.program}/attendance`, tutor, {
        dayIndex: 2,
        records: [{ studentId: pupil.id, present: true }],
      }),
      200,
    );
    expect(marked).toEqual({ dayIndex: 2, recorded: 1, present: 1 });
    const elsewhere = plan.weeks[0].days[2].hosts[1].groups[0].students[0];
    await json(
      await call('POST', `${base}/${ids.program}/attendance`, tutor, {
        dayIndex: 2,
        records: [{ studentId: elsewhere.id, present: false }],
      }),
      404,
    );
    const afterMark = await json(
      await call('GET', `${base}/${ids.program}/plan`, cookies.clermontAdmin),
      200,
    );
    const found = afterMark.weeks[0].days[2].hosts
      .flatMap((h: Json) => h.groups.flatMap((g: Json) => g.students))
      .find((s: Json) => s.id === pupil.id);
    expect(found.present).toBe(true);
    // A tutor reads the booklet of a pupil it hosts, not the quotas of the schools.
    await json(await call('GET', `${base}/${ids.program}/students/${pupil.id}/booklet`, tutor), 200);
    await json(await call('GET', `${base}/${ids.program}/quotas`, tutor), 403);
  });

  it('lets the pupil fill the booklet by the link, in French on error', async () => {
    const booklet = await json(await call('GET', `${publicBase}/booklet/${ids.bookletToken}`), 200);
    expect(booklet).toMatchObject({
      programName: 'Pass’3e essai',
      student: { firstName: 'Inès', schoolName: 'Collège Albert-Camus' },
      week: { startDate: '2027-01-11', closedAt: null },
      editable: true,
    });
    expect(booklet.days.map((d: Json) => d.page)).toEqual([null, 'day-2', 'day-3', 'day-4', null]);
    expect(booklet.days[1].host.name).toBeTruthy();

    const page = {
      seen: 'Les serres municipales et l’atelier d’élagage.',
      interviewedAgent: 'Karim, jardinier',
      agentJob: 'Jardinier paysagiste',
      activity: 'Rempotage des plants d’hiver',
      learned: 'Qu’on peut travailler dehors toute l’année.',
    };
    const saved = await json(
      await call('PUT', `${publicBase}/booklet/${ids.bookletToken}/pages/day-2`, undefined, page),
      200,
    );
    expect(saved.pages['day-2']).toEqual(page);
    const bad = await json(
      await call('PUT', `${publicBase}/booklet/${ids.bookletToken}/pages/day-3`, undefined, {
        seen: 42,
        learned: 'x'.repeat(2001),
      }),
      422,
    );
    expect(bad.error.fields).toMatchObject({
      seen: 'Ce que vous avez vu : du texte.',
      learned: 'Ce que vous avez appris : 2 000 caractères au plus.',
    });
    await json(
      await call('PUT', `${publicBase}/booklet/${ids.bookletToken}/pages/day-1`, undefined, page),
      404,
    );

    const pdf = await call('GET', `${publicBase}/booklet/${ids.bookletToken}/booklet.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    expect(bytes).toContain('Lato-Regular');

    // The school referent reads its own pupil's booklet, not another school's.
    const read = await json(
      await call(
        'GET',
        `${base}/${ids.program}/students/${ids.bookletStudent}/booklet`,
        cookies.clermontSchool,
      ),
      200,
    );
    expect(read.pages['day-2'].activity).toBe('Rempotage des plants d’hiver');
    await json(
      await call(
        'GET',
        `${base}/${ids.program}/students/${ids.students.Emma}/booklet`,
        cookies.clermontSchool,
      ),
      404,
    );
  });

  it('closes the week: booklets turn read-only (409) and tutors are asked for their opinion', async () => {
    const week = await json(
      await call('PATCH', `${base}/${ids.program}/weeks/${ids.week}`, cookies.clermontAdmin, {
        closed: true,
      }),
      200,
    );
    expect(week.closedAt).toBeTruthy();
    const closed = await json(
      await call('PUT', `${publicBase}/booklet/${ids.bookletToken}/pages/assessment`, undefined, {
        assessment: 'Super semaine',
        jobProspects: 'Jardinière',
      }),
      409,
    );
    expect(closed.error.message).toBe('La semaine est close : le livret ne peut plus être modifié.');
    const recompute = await json(
      await call('POST', `${base}/${ids.program}/plan`, cookies.clermontAdmin),
      409,
    );
    expect(recompute.error.message).toMatch(/semaine est close/);

    await json(
      await call('POST', `${publicBase}/surveys/${ids.bookletToken}`, undefined, {
        satisfaction: 5,
        comment: 'Génial',
      }),
      201,
    );
    const twice = await json(
      await call('POST', `${publicBase}/surveys/${ids.bookletToken}`, undefined, { satisfaction: 1 }),
      409,
    );
    expect(twice.error.message).toBe('Vous avez déjà répondu à ce questionnaire. Merci !');
    const tutorToken = await tokenIn('tuteur1@clermont.example', 'avis');
    expect(tutorToken).toBeDefined();
    const tutorAnswer = await json(
      await call('POST', `${publicBase}/surveys/${tutorToken}`, undefined, { satisfaction: 4 }),
      201,
    );
    expect(tutorAnswer).toEqual({ respondent: 'tutor', satisfaction: 4 });
    await json(
      await call('POST', `${publicBase}/surveys/${tutorToken!.slice(0, -2)}xx`, undefined, {
        satisfaction: 4,
      }),
      404,
    );
    await json(
      await call('POST', `${publicBase}/surveys/${tutorToken}`, undefined, { satisfaction: 6 }),
      422,
    );
  });

  it('sums the program up for elected officials, as JSON, PDF and a CSV of the surveys', async () => {
    const summary = await json(
      await call('GET', `${base}/${ids.program}/summary`, cookies.clermontAdmin),
      200,
    );
    expect(summary).toMatchObject({
      studentsHosted: 15,
      studentsPresent: 1,
      schools: 3,
      repPlusStudents: 8,
      repPlusShare: 0.533,
      girls: 8,
      boys: 7,
      otherGender: 0,
      groups: 3,
      weeks: 1,
      satisfaction: 4.5,
      surveyAnswers: 2,
    });
    expect(summary.services).toBeGreaterThanOrEqual(3);
    const pdf = await call('GET', `${base}/${ids.program}/summary.pdf`, cookies.clermontAdmin);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).toString('latin1')).toContain('Lato-Bold');
    const csv = await call('GET', `${base}/${ids.program}/surveys/export.csv`, cookies.clermontAdmin);
    const text = await csv.text();
    expect(text).toContain('Semaine du;Répondant;Satisfaction (1 à 5);Commentaire;Répondu le');
    expect(text).toContain('2027-01-11;Élève;5;Génial;');
    expect(text).toContain('2027-01-11;Tuteur ou tutrice;4;;');
  });

  it('keeps the audit trail free of pupils’ names', async () => {
    const entries = await db.select().from(tenantSchema.auditLog);
    const discovery = entries.filter(
      (e) => e.action.startsWith('discovery_') || e.action.startsWith('booklet_'),
    );
    expect(discovery.length).toBeGreaterThan(20);
    expect(JSON.stringify(discovery)).not.toMatch(/Martin|Inès|Rempotage/);
  });
});
