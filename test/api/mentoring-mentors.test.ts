import { controlSchema, type TenantDb, tenantSchema } from '@passerelle/db';
import { newId, sha256Hex } from '@passerelle/domain';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const PROVINCE = 'province-sud';
const SURESNES = 'ville-de-suresnes';
const CLERMONT = 'ville-de-clermont-ferrand';
const mentorsOf = (tenant: string, programId: string) =>
  `/api/t/${tenant}/mentoring/programs/${programId}/mentors`;
const mentor = (tenant: string, id: string) => `/api/t/${tenant}/mentoring/mentors/${id}`;
const approval = (tenant: string, token: string) => `/api/public/t/${tenant}/mentoring/approvals/${token}`;

// The programs API is another piece of work: programs are written straight into the tenant DB.
async function insertProgram(
  db: TenantDb,
  values: { name: string; defaultCapacity?: number; agentHoursAllowance?: number },
): Promise<string> {
  const id = newId('mpg');
  await db.insert(tenantSchema.mentoringPrograms).values({
    id,
    name: values.name,
    audienceLevels: ['4e', '3e'],
    eligibility: {
      mode: 'any',
      scholarship: true,
      priorityEducation: true,
      priorityNeighbourhood: false,
      custom: [],
    },
    season: '2026-2027',
    durationMonths: 10,
    defaultCapacity: values.defaultCapacity ?? 1,
    weights: { interests: 1, distance: 1, availability: 1, preferences: 1, language: 1 },
    agentHoursAllowance: values.agentHoursAllowance ?? 0,
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

const mentorBody = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
  firstName: 'Joël',
  lastName: 'Wamytan',
  email: 'joel.wamytan@cde.example',
  organizationId,
  jobFamily: 'environnement',
  jobTitle: 'Technicien de traitement des eaux',
  skills: ['Qualité de l’eau'],
  communeCode: '98818',
  availability: ['wed_pm', 'sat_am'],
  languages: ['fr'],
  preferredLevels: ['3e'],
  ...overrides,
});

describe('mentors of a mentoring program', () => {
  let t: TestApp;
  let provinceDb: TenantDb;
  let suresnesDb: TenantDb;
  const cookies: Record<string, string> = {};
  const ids = { provinceProgram: '', suresnesProgram: '', clermontProgram: '', cde: '', bci: '', drh: '' };
  let cdeConvention = '';

  const send = (path: string, cookie: string | undefined, body?: unknown) =>
    t.request(path, {
      method: 'POST',
      ...(cookie ? { cookie } : {}),
      body: typeof body === 'string' ? body : JSON.stringify(body ?? {}),
    });
  const read = (path: string, cookie?: string) => t.request(path, { ...(cookie ? { cookie } : {}) });
  const mentorRows = (db: TenantDb) => db.select().from(tenantSchema.mentors);

  beforeAll(async () => {
    t = await startTestApp();
    for (const key of [
      'provinceAdmin',
      'provincePartner',
      'suresnesAdmin',
      'clermontAdmin',
      'clermontSchool',
    ] as const) {
      cookies[key] = await t.signIn(DEMO[key]);
    }
    provinceDb = await t.tenantDb(PROVINCE);
    suresnesDb = await t.tenantDb(SURESNES);
    ids.provinceProgram = await insertProgram(provinceDb, {
      name: 'Mentorat Province Sud',
      defaultCapacity: 2,
    });
    ids.suresnesProgram = await insertProgram(suresnesDb, {
      name: 'Agents mentors',
      agentHoursAllowance: 36,
    });
    ids.clermontProgram = await insertProgram(await t.tenantDb(CLERMONT), { name: 'Pass’3e' });
    ids.cde = await organizationId(provinceDb, 'Calédonienne des Eaux');
    ids.bci = await organizationId(provinceDb, 'BCI');
    ids.drh = await organizationId(suresnesDb, 'Direction des ressources humaines');
    const { conventions } = tenantSchema;
    const [active] = await provinceDb
      .select({ id: conventions.id })
      .from(conventions)
      .where(and(eq(conventions.partnerOrganizationId, ids.cde), eq(conventions.status, 'active')));
    cdeConvention = active!.id;
  });
  afterAll(() => t.close());

  it('lets a partner name a mentor of its own organization: invited, linked, attached to its active convention', async () => {
    const deliveriesBefore = await provinceDb.select({ n: count() }).from(tenantSchema.commitmentDeliveries);
    const response = await send(
      mentorsOf(PROVINCE, ids.provinceProgram),
      cookies.provincePartner,
      mentorBody(ids.cde),
    );
    expect(response.status).toBe(201);
    const created = await response.json();
    expect(created).toEqual({
      id: expect.stringMatching(/^mnt_[0-9a-z]{26}$/),
      programId: ids.provinceProgram,
      firstName: 'Joël',
      lastName: 'Wamytan',
      email: 'joel.wamytan@cde.example',
      organization: { id: ids.cde, name: 'Calédonienne des Eaux' },
      conventionId: cdeConvention,
      jobFamily: 'environnement',
      jobTitle: 'Technicien de traitement des eaux',
      skills: ['Qualité de l’eau'],
      communeCode: '98818',
      availability: ['wed_pm', 'sat_am'],
      capacity: 2,
      languages: ['fr'],
      preferredLevels: ['3e'],
      onWorkTime: false,
      managerEmail: null,
      managerApproval: 'not_needed',
      hoursAllowance: 0,
      honorability: null,
      honorabilityValid: false,
      charterSignedAt: null,
      load: 0,
      status: 'active',
    });

    const invitation = await t.latestMailTo('joel.wamytan@cde.example');
    expect(invitation?.subject).toBe('Invitation : Province Sud sur Passerelle');
    expect(invitation?.text).toContain('« Mentor·e / tuteur·rice »');
    const [identity] = await t.control
      .select()
      .from(controlSchema.identities)
      .where(eq(controlSchema.identities.email, 'joel.wamytan@cde.example'));
    const [row] = await provinceDb
      .select()
      .from(tenantSchema.mentors)
      .where(eq(tenantSchema.mentors.id, created.id));
    expect(row?.identityId).toBe(identity!.id);
    const person = await provinceDb
      .select()
      .from(tenantSchema.people)
      .where(eq(tenantSchema.people.identityId, identity!.id));
    expect(person.map((p) => p.organizationId)).toEqual([ids.cde]);
    // The ledger will count named mentors itself: nothing is delivered by naming one.
    expect(await provinceDb.select({ n: count() }).from(tenantSchema.commitmentDeliveries)).toEqual(
      deliveriesBefore,
    );
    const trail = await provinceDb
      .select()
      .from(tenantSchema.auditLog)
      .where(eq(tenantSchema.auditLog.entityId, created.id));
    expect(trail.map((e) => e.action)).toEqual(['mentor.created']);
  });

  it('refuses a partner naming a mentor of another organization (404), a duplicate address (409) and bad input (422), writing nothing', async () => {
    const before = (await mentorRows(provinceDb)).length;
    const other = await send(
      mentorsOf(PROVINCE, ids.provinceProgram),
      cookies.provincePartner,
      mentorBody(ids.bci, { email: 'salarie@bci.example' }),
    );
    expect(other.status).toBe(404);
    expect((await other.json()).error.message).toBe('Organisation introuvable.');
    const [stranger] = await t.control
      .select()
      .from(controlSchema.identities)
      .where(eq(controlSchema.identities.email, 'salarie@bci.example'));
    expect(stranger).toBeUndefined();

    const twice = await send(
      mentorsOf(PROVINCE, ids.provinceProgram),
      cookies.provinceAdmin,
      mentorBody(ids.cde, { email: 'Joel.Wamytan@cde.example' }),
    );
    expect(twice.status).toBe(409);
    expect((await twice.json()).error.fields).toEqual({
      email: 'Cette adresse est déjà celle d’un mentor du programme.',
    });

    const bad = await send(
      mentorsOf(PROVINCE, ids.provinceProgram),
      cookies.provinceAdmin,
      mentorBody(ids.cde, { email: 'x@cde.example', jobFamily: 'astronaute', onWorkTime: true, capacity: 9 }),
    );
    expect(bad.status).toBe(422);
    const error = (await bad.json()).error;
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toMatchObject({
      jobFamily: 'Famille de métiers inconnue.',
      capacity: 'Au plus cinq jeunes.',
    });
    expect((await mentorRows(provinceDb)).length).toBe(before);
  });

  it('shows a partner only its own organization’s mentors; the admin names any partner’s and sees all', async () => {
    const bci = await send(
      mentorsOf(PROVINCE, ids.provinceProgram),
      cookies.provinceAdmin,
      mentorBody(ids.bci, {
        firstName: 'Léa',
        lastName: 'Nénou',
        email: 'lea.nenou@bci.example',
        capacity: 1,
      }),
    );
    expect(bci.status).toBe(201);
    const bciMentor = await bci.json();
    // BCI's convention is sent, not active: its mentor is attached to none.
    expect(bciMentor).toMatchObject({ organization: { name: 'BCI' }, conventionId: null, capacity: 1 });

    const partnerList = await (
      await read(mentorsOf(PROVINCE, ids.provinceProgram), cookies.provincePartner)
    ).json();
    expect(partnerList.items.map((m: { email: string }) => m.email)).toEqual(['joel.wamytan@cde.example']);
    const adminList = await (
      await read(mentorsOf(PROVINCE, ids.provinceProgram), cookies.provinceAdmin)
    ).json();
    expect(adminList.items.map((m: { email: string }) => m.email).sort()).toEqual([
      'joel.wamytan@cde.example',
      'lea.nenou@bci.example',
    ]);
    expect((await read(mentor(PROVINCE, bciMentor.id), cookies.provincePartner)).status).toBe(404);
    expect((await read(mentor(PROVINCE, bciMentor.id), cookies.provinceAdmin)).status).toBe(200);
  });

  it('asks an agent’s manager by a single-use link; the approval is recorded once', async () => {
    const response = await send(
      mentorsOf(SURESNES, ids.suresnesProgram),
      cookies.suresnesAdmin,
      mentorBody(ids.drh, {
        firstName: 'Camille',
        lastName: 'Durand',
        email: 'camille.durand@suresnes.example',
        jobFamily: 'administration',
        jobTitle: 'Gestionnaire RH',
        communeCode: '92073',
        onWorkTime: true,
        managerEmail: 'cheffe.rh@suresnes.example',
      }),
    );
    expect(response.status).toBe(201);
    const agent = await response.json();
    expect(agent).toMatchObject({
      onWorkTime: true,
      managerEmail: 'cheffe.rh@suresnes.example',
      managerApproval: 'pending',
      hoursAllowance: 36,
      conventionId: null,
    });

    const mail = await t.latestMailTo('cheffe.rh@suresnes.example');
    expect(mail?.subject).toBe('Accord demandé : Camille Durand, mentor sur son temps de travail');
    expect(mail?.text).toContain('« Agents mentors » de Ville de Suresnes');
    expect(mail?.text).toContain('36 heures par an');
    const token = mail?.text.match(/\/t\/ville-de-suresnes\/accord-responsable\/([\w-]+)/)?.[1];
    expect(token).toBeTruthy();

    const opened = await read(approval(SURESNES, token!));
    expect(opened.status).toBe(200);
    expect(await opened.json()).toEqual({
      mentorName: 'Camille Durand',
      programName: 'Agents mentors',
      tenantName: 'Ville de Suresnes',
      hoursAllowance: 36,
    });
    const wrong = await send(approval(SURESNES, token!), undefined, { decision: 'peut-être' });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.fields).toEqual({ decision: 'Choisissez : accord ou refus.' });

    const decided = await send(approval(SURESNES, token!), undefined, { decision: 'approved' });
    expect(decided.status).toBe(200);
    expect((await decided.json()).decision).toBe('approved');
    const after = await (await read(mentor(SURESNES, agent.id), cookies.suresnesAdmin)).json();
    expect(after.managerApproval).toBe('approved');
    const [row] = await suresnesDb
      .select()
      .from(tenantSchema.mentors)
      .where(eq(tenantSchema.mentors.id, agent.id));
    expect(row?.managerDecidedAt).toBeTruthy();

    for (const reused of [
      read(approval(SURESNES, token!)),
      send(approval(SURESNES, token!), undefined, { decision: 'refused' }),
    ]) {
      const answer = await reused;
      expect(answer.status).toBe(409);
      expect((await answer.json()).error.message).toContain('Ce lien a déjà servi');
    }
    const [still] = await suresnesDb
      .select()
      .from(tenantSchema.mentors)
      .where(eq(tenantSchema.mentors.id, agent.id));
    expect(still?.managerApproval).toBe('approved');

    // An unknown link, a link of another tenant, an expired link.
    expect((await read(approval(SURESNES, 'x'.repeat(43)))).status).toBe(404);
    expect((await read(approval(PROVINCE, token!))).status).toBe(404);
    const stale = 'perime'.repeat(8);
    await suresnesDb.insert(tenantSchema.approvalLinks).values({
      tokenHash: await sha256Hex(stale),
      mentorId: agent.id,
      expiresAt: '2020-01-01T00:00:00.000Z',
    });
    const expired = await send(approval(SURESNES, stale), undefined, { decision: 'refused' });
    expect(expired.status).toBe(409);
    expect((await expired.json()).error.message).toBe(
      'Ce lien d’accord a expiré. Demandez un nouveau lien à la collectivité.',
    );
  });

  it('records the honorability check’s outcome only; it is valid until its end date', async () => {
    const [first] = (
      await (await read(mentorsOf(PROVINCE, ids.provinceProgram), cookies.provinceAdmin)).json()
    ).items;
    const path = `${mentor(PROVINCE, first.id)}/honorability`;
    const check = {
      verified: true,
      checkedOn: '2026-01-12',
      expiresOn: '2099-01-12',
      verifiedBy: 'Marie Tein',
    };

    expect((await send(path, cookies.provincePartner, check)).status).toBe(403);
    const bad = await send(path, cookies.provinceAdmin, { ...check, expiresOn: '2025-01-01' });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toEqual({
      expiresOn: 'La validité doit finir après le contrôle.',
    });

    const valid = await send(path, cookies.provinceAdmin, check);
    expect(valid.status).toBe(200);
    expect(await valid.json()).toMatchObject({
      honorability: {
        verified: true,
        checkedOn: '2026-01-12',
        expiresOn: '2099-01-12',
        verifiedBy: 'Marie Tein',
      },
      honorabilityValid: true,
    });
    const lapsed = await (
      await send(path, cookies.provinceAdmin, { ...check, checkedOn: '2021-01-12', expiresOn: '2024-01-12' })
    ).json();
    expect(lapsed.honorabilityValid).toBe(false);
    const unfavourable = await (
      await send(path, cookies.provinceAdmin, { ...check, verified: false })
    ).json();
    expect(unfavourable).toMatchObject({ honorability: { verified: false }, honorabilityValid: false });
    const trail = await provinceDb
      .select()
      .from(tenantSchema.auditLog)
      .where(eq(tenantSchema.auditLog.action, 'mentor.honorability_recorded'));
    expect(trail).toHaveLength(3);
  });

  it('lets the mentor, and only the mentor, accept the charter', async () => {
    const list = (await (await read(mentorsOf(PROVINCE, ids.provinceProgram), cookies.provinceAdmin)).json())
      .items;
    const joel = list.find((m: { email: string }) => m.email === 'joel.wamytan@cde.example');
    const lea = list.find((m: { email: string }) => m.email === 'lea.nenou@bci.example');
    const joelCookie = await t.signIn('joel.wamytan@cde.example');

    expect(
      (await send(`${mentor(PROVINCE, joel.id)}/charter`, cookies.provinceAdmin, { accepted: true })).status,
    ).toBe(403);
    const unticked = await send(`${mentor(PROVINCE, joel.id)}/charter`, joelCookie, { accepted: false });
    expect(unticked.status).toBe(422);
    expect((await unticked.json()).error.fields).toEqual({
      accepted: 'Cochez la case pour accepter la charte du mentorat.',
    });
    expect((await send(`${mentor(PROVINCE, lea.id)}/charter`, joelCookie, { accepted: true })).status).toBe(
      404,
    );

    const signed = await send(`${mentor(PROVINCE, joel.id)}/charter`, joelCookie, { accepted: true });
    expect(signed.status).toBe(200);
    expect((await signed.json()).charterSignedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const again = await send(`${mentor(PROVINCE, joel.id)}/charter`, joelCookie, { accepted: true });
    expect(again.status).toBe(409);
    // A mentor reads itself through its own page, not the coordinator's routes.
    expect((await read(mentor(PROVINCE, joel.id), joelCookie)).status).toBe(403);
  });

  it('answers 401 to anonymous callers and 404 across tenants', async () => {
    expect((await read(mentorsOf(PROVINCE, ids.provinceProgram))).status).toBe(401);
    expect(
      (await send(mentorsOf(PROVINCE, ids.provinceProgram), undefined, mentorBody(ids.cde))).status,
    ).toBe(401);
    const [one] = await mentorRows(provinceDb);
    expect((await read(mentor(PROVINCE, one!.id))).status).toBe(401);

    // A member of Clermont only: Province's space does not exist for them.
    expect((await read(mentorsOf(PROVINCE, ids.provinceProgram), cookies.clermontAdmin)).status).toBe(404);
    // Province's program and mentor, asked for under Clermont: unknown there.
    expect((await read(mentorsOf(CLERMONT, ids.provinceProgram), cookies.clermontAdmin)).status).toBe(404);
    expect((await read(mentor(CLERMONT, one!.id), cookies.clermontAdmin)).status).toBe(404);
    const across = await send(
      mentorsOf(CLERMONT, ids.clermontProgram),
      cookies.clermontAdmin,
      mentorBody(ids.cde, { email: 'passe-muraille@cde.example' }),
    );
    expect(across.status).toBe(404);
    // A school referent names no mentor.
    expect((await read(mentorsOf(CLERMONT, ids.clermontProgram), cookies.clermontSchool)).status).toBe(403);
  });

  it('adds the same address once when it is sent twice at the same moment, and invites once', async () => {
    const email = 'double.clic@suresnes.example';
    const [first, second] = await Promise.all(
      [1, 2].map(() =>
        send(
          mentorsOf(SURESNES, ids.suresnesProgram),
          cookies.suresnesAdmin,
          mentorBody(ids.drh, { email, communeCode: '92073' }),
        ),
      ),
    );
    expect([first!.status, second!.status].sort()).toEqual([201, 409]);
    const invitations = (await t.deps.outbox!.latest({ to: email, limit: 10 })).filter((m) =>
      m.subject.startsWith('Invitation'),
    );
    expect(invitations).toHaveLength(1);
  });
});

describe('mentors named under a convention', () => {
  it('count towards the partner’s "volunteer mentors" commitment in the ledger', async () => {
    const { startTestApp: start, DEMO: demo } = await import('../support/test-app.ts');
    const { tenantSchema } = await import('@passerelle/db');
    const { newId } = await import('@passerelle/domain');
    const t = await start();
    try {
      const admin = await t.signIn(demo.provinceAdmin);
      const partner = await t.signIn(demo.provincePartner);
      const db = await t.tenantDb('province-sud');
      const programId = newId('mpg');
      await db.insert(tenantSchema.mentoringPrograms).values({
        id: programId,
        name: 'Mentorat collégiens',
        audienceLevels: ['5e', '4e'],
        eligibility: {
          mode: 'any',
          scholarship: false,
          priorityEducation: false,
          priorityNeighbourhood: false,
          custom: [],
        },
        season: '2026-2027',
        durationMonths: 10,
        defaultCapacity: 1,
        weights: { interests: 1, distance: 1, availability: 1, preferences: 1, language: 1 },
        updatedAt: new Date().toISOString(),
      });
      const cde = (
        await (await t.request('/api/t/province-sud/conventions?status=active', { cookie: partner })).json()
      ).items[0];
      const ledgerOf = async () =>
        (await (
          await t.request(`/api/t/province-sud/conventions/${cde.id}/ledger`, { cookie: admin })
        ).json()) as {
          years: { index: number; from: string; to: string }[];
          rows: { year: number; type: string; delivered: number }[];
        };
      const today = new Date().toISOString().slice(0, 10);
      const before = await ledgerOf();
      const year = before.years.find((y) => y.from <= today && today <= y.to)!.index;
      const mentorsThisYear = (l: Awaited<ReturnType<typeof ledgerOf>>) =>
        l.rows.find((r) => r.year === year && r.type === 'volunteer_mentors')!.delivered;

      const named = await t.request(`/api/t/province-sud/mentoring/programs/${programId}/mentors`, {
        method: 'POST',
        cookie: partner,
        body: JSON.stringify({
          firstName: 'Paul',
          lastName: 'Kasarhérou',
          email: 'p.kasarherou@cde.example',
          organizationId: cde.partner.id,
          jobFamily: 'environnement',
          jobTitle: 'Technicien réseau',
          availability: ['wed_pm'],
        }),
      });
      expect(named.status).toBe(201);
      expect((await named.json()).conventionId).toBe(cde.id);
      expect(mentorsThisYear(await ledgerOf())).toBe(mentorsThisYear(before) + 1);
    } finally {
      t.close();
    }
  });
});
