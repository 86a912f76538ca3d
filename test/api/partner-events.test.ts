import { readAuditTrail, type TenantDb, tenantSchema } from '@passerelle/db';
import { newId, verifyAuditChain } from '@passerelle/domain';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLuhnKey } from '../../workers/api/src/demo/demo-data.ts';
import { linkPersonToOrganization } from '../../workers/api/src/services/partners/link-person.ts';
import { insertConvention } from '../support/convention-fixtures.ts';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const PROVINCE = 'province-sud';
const CLERMONT = 'ville-de-clermont-ferrand';
const events = (tenant: string) => `/api/t/${tenant}/partner-events`;

async function organizationId(db: TenantDb, name: string): Promise<string> {
  const [row] = await db
    .select({ id: tenantSchema.organizations.id })
    .from(tenantSchema.organizations)
    .where(eq(tenantSchema.organizations.name, name));
  if (!row) throw new Error(`no organization ${name}`);
  return row.id;
}

const visit = (conventionId: string, overrides: Record<string, unknown> = {}) => ({
  conventionId,
  kind: 'site_visit',
  title: 'Visite de l’usine de traitement des eaux',
  date: '2027-10-14',
  place: 'Usine de Yahoué, Mont-Dore',
  capacity: 2,
  audienceLevels: ['4e', '3e'],
  ...overrides,
});

describe('partner actions', () => {
  let t: TestApp;
  let provinceDb: TenantDb;
  let clermontDb: TenantDb;
  const cookies: Record<keyof typeof DEMO, string> = {} as never;
  const ids = {
    cde: '',
    bci: '',
    provinceSchool: '',
    cdeConvention: '',
    bciConvention: '',
    draftConvention: '',
    camus: '',
    valles: '',
    clermontConvention: '',
  };

  const send = (path: string, cookie: string | undefined, body?: unknown, method = 'POST') =>
    t.request(path, {
      method,
      ...(cookie ? { cookie } : {}),
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  const read = (path: string, cookie: string | undefined) =>
    t.request(path, { ...(cookie ? { cookie } : {}) });
  const json = async (response: Response | Promise<Response>) => (await response).json();
  const deliveriesOf = (eventId: string) =>
    provinceDb
      .select()
      .from(tenantSchema.commitmentDeliveries)
      .where(eq(tenantSchema.commitmentDeliveries.sourceId, eventId));

  /** Links a demo referent to the organization it acts for (what the directory's people record). */
  async function actsFor(db: TenantDb, cookie: string, organization: string, email: string) {
    const me = await json(read('/api/me', cookie));
    await linkPersonToOrganization({
      db,
      identityId: me.identity.id,
      organizationId: organization,
      firstName: 'Référent',
      lastName: 'Démo',
      email,
    });
  }

  beforeAll(async () => {
    t = await startTestApp();
    for (const key of Object.keys(DEMO) as (keyof typeof DEMO)[]) cookies[key] = await t.signIn(DEMO[key]);
    provinceDb = await t.tenantDb(PROVINCE);
    clermontDb = await t.tenantDb(CLERMONT);

    ids.cde = await organizationId(provinceDb, 'Calédonienne des Eaux');
    ids.bci = await organizationId(provinceDb, 'BCI');
    await actsFor(provinceDb, cookies.provincePartner, ids.cde, DEMO.provincePartner);
    const school = await send(`/api/t/${PROVINCE}/organizations`, cookies.provinceAdmin, {
      kind: 'school',
      name: 'Collège de Rivière-Salée',
      uai: '9830001A',
      schoolKind: 'college',
    });
    ids.provinceSchool = (await school.json()).id;
    ids.cdeConvention = await insertConvention(provinceDb, { partnerOrganizationId: ids.cde });
    ids.bciConvention = await insertConvention(provinceDb, { partnerOrganizationId: ids.bci });
    ids.draftConvention = await insertConvention(provinceDb, {
      partnerOrganizationId: ids.cde,
      status: 'draft',
    });

    ids.camus = await organizationId(clermontDb, 'Collège Albert-Camus');
    ids.valles = await organizationId(clermontDb, 'Collège Jules-Vallès');
    await actsFor(clermontDb, cookies.clermontSchool, ids.camus, DEMO.clermontSchool);
    const company = await send(`/api/t/${CLERMONT}/organizations`, cookies.clermontAdmin, {
      kind: 'company',
      name: 'Manufacture de pneumatiques',
      siret: withLuhnKey('6300000010001'),
    });
    ids.clermontConvention = await insertConvention(clermontDb, {
      partnerOrganizationId: (await company.json()).id,
    });
  });
  afterAll(() => t.close());

  it('runs an action from creation to held: registrations up to capacity, attendance, one delivery in the right year', async () => {
    const created = await send(events(PROVINCE), cookies.provincePartner, visit(ids.cdeConvention));
    expect(created.status).toBe(201);
    const event = await created.json();
    expect(event).toEqual({
      id: expect.stringMatching(/^evt_[0-9a-z]{26}$/),
      conventionId: ids.cdeConvention,
      organization: { id: ids.cde, name: 'Calédonienne des Eaux' },
      kind: 'site_visit',
      title: 'Visite de l’usine de traitement des eaux',
      date: '2027-10-14',
      place: 'Usine de Yahoué, Mont-Dore',
      capacity: 2,
      audienceLevels: ['4e', '3e'],
      status: 'scheduled',
      registeredCount: 0,
    });

    const register = (firstName: string) =>
      send(`${events(PROVINCE)}/${event.id}/registrations`, cookies.provinceAdmin, {
        schoolId: ids.provinceSchool,
        firstName,
        level: '3e',
      });
    const lea = await register('Léa');
    expect(lea.status).toBe(201);
    const first = await lea.json();
    expect(first).toEqual({
      id: expect.stringMatching(/^reg_[0-9a-z]{26}$/),
      eventId: event.id,
      school: { id: ids.provinceSchool, name: 'Collège de Rivière-Salée' },
      firstName: 'Léa',
      level: '3e',
      attended: null,
    });
    const second = await (await register('Kenji')).json();
    const full = await register('Manon');
    expect(full.status).toBe(409);
    expect((await full.json()).error.message).toContain('Plus de place');

    // The partner sees who is coming: first names and levels only.
    const seen = await json(read(`${events(PROVINCE)}/${event.id}`, cookies.provincePartner));
    expect(seen.registeredCount).toBe(2);
    expect(
      seen.registrations.map((r: { firstName: string; level: string }) => [r.firstName, r.level]),
    ).toEqual([
      ['Léa', '3e'],
      ['Kenji', '3e'],
    ]);

    const held = await send(`${events(PROVINCE)}/${event.id}/held`, cookies.provincePartner, {
      attendance: [
        { registrationId: first.id, attended: true },
        { registrationId: second.id, attended: false },
      ],
    });
    expect(held.status).toBe(200);
    const heldEvent = await held.json();
    expect(heldEvent.status).toBe('held');
    expect(heldEvent.registrations.map((r: { attended: boolean }) => r.attended)).toEqual([true, false]);

    // 14 October 2027 falls in the second year of a convention starting 1 September 2026.
    expect(await deliveriesOf(event.id)).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^dlv_/),
        conventionId: ids.cdeConvention,
        type: 'site_visits',
        yearIndex: 2,
        quantity: 1,
        source: 'partner_event',
      }),
    ]);

    const again = await send(`${events(PROVINCE)}/${event.id}/held`, cookies.provincePartner, {
      attendance: [{ registrationId: first.id, attended: false }],
    });
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toContain('déjà tenue');
    expect(await deliveriesOf(event.id)).toHaveLength(1);
    const late = await register('Noa');
    expect(late.status).toBe(409);

    const trail = await readAuditTrail(provinceDb, tenantSchema.auditLog);
    expect(trail.filter((e) => e.action.startsWith('partner_event.')).map((e) => e.action)).toEqual([
      'partner_event.created',
      'partner_event.registered',
      'partner_event.registered',
      'partner_event.held',
    ]);
    expect(await verifyAuditChain(trail)).toMatchObject({ ok: true });
    // The trail cannot be erased, so it never holds a pupil's first name.
    expect(JSON.stringify(trail)).not.toContain('Léa');
  });

  it('attaches actions only to an active convention, on a day it covers', async () => {
    const draft = await send(events(PROVINCE), cookies.provinceAdmin, visit(ids.draftConvention));
    expect(draft.status).toBe(409);
    expect((await draft.json()).error.message).toMatch(/^La convention doit être active/);

    const after = await send(
      events(PROVINCE),
      cookies.provincePartner,
      visit(ids.cdeConvention, { date: '2029-09-03' }),
    );
    expect(after.status).toBe(422);
    expect((await after.json()).error.fields).toEqual({
      date: 'La date doit tomber pendant la convention (du 1er septembre 2026 au 31 août 2029).',
    });
  });

  it('hides another organization’s conventions and actions from a partner: 404, never 403', async () => {
    const bciEvent = await json(
      send(events(PROVINCE), cookies.provinceAdmin, visit(ids.bciConvention, { title: 'Visite d’agence' })),
    );
    expect(bciEvent.organization).toEqual({ id: ids.bci, name: 'BCI' });

    const partner = cookies.provincePartner;
    const attempts = [
      await send(events(PROVINCE), partner, visit(ids.bciConvention)),
      await read(`${events(PROVINCE)}/${bciEvent.id}`, partner),
      await send(`${events(PROVINCE)}/${bciEvent.id}/held`, partner, {
        attendance: [{ registrationId: 'reg_0', attended: true }],
      }),
      await send(`${events(PROVINCE)}/${bciEvent.id}/cancel`, partner),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('BCI');
    }
    const list = await json(read(events(PROVINCE), partner));
    expect(list.items.map((e: { organization: { id: string } }) => e.organization.id)).not.toContain(ids.bci);
    expect(list.items.length).toBeGreaterThan(0);
    expect((await json(read(`${events(PROVINCE)}/${bciEvent.id}`, cookies.provinceAdmin))).status).toBe(
      'scheduled',
    );
  });

  it('rejects bad input field by field in French and writes nothing', async () => {
    const event = await json(send(events(PROVINCE), cookies.provincePartner, visit(ids.cdeConvention)));
    const tally = async () => ({
      events: (await provinceDb.select({ n: count() }).from(tenantSchema.partnerEvents))[0]!.n,
      registrations: (await provinceDb.select({ n: count() }).from(tenantSchema.eventRegistrations))[0]!.n,
      deliveries: (await provinceDb.select({ n: count() }).from(tenantSchema.commitmentDeliveries))[0]!.n,
      audit: (await readAuditTrail(provinceDb, tenantSchema.auditLog)).length,
    });
    const before = await tally();

    const created = await send(events(PROVINCE), cookies.provincePartner, {
      conventionId: 'cnv_1',
      kind: 'picnic',
      title: ' ',
      date: '2027-02-30',
      place: 'Nouméa',
      capacity: 0,
      audienceLevels: [],
    });
    expect(created.status).toBe(422);
    expect((await created.json()).error).toMatchObject({
      code: 'VALIDATION',
      message: '6 champs sont à corriger.',
      fields: {
        conventionId: 'Convention invalide.',
        kind: 'Type d’action inconnu.',
        title: 'Le titre est obligatoire.',
        date: 'Date : cette date n’existe pas.',
        capacity: 'Au moins une place.',
        audienceLevels: 'Choisissez au moins un niveau.',
      },
    });

    const registration = (body: unknown) =>
      send(`${events(PROVINCE)}/${event.id}/registrations`, cookies.provinceAdmin, body);
    const wrongLevel = await registration({ schoolId: ids.provinceSchool, firstName: 'Léo', level: '6e' });
    expect(wrongLevel.status).toBe(422);
    expect((await wrongLevel.json()).error.fields).toEqual({
      level: 'Cette action s’adresse aux élèves de 4e, 3e.',
    });
    const unknownLevel = await registration({ schoolId: 'org_x', firstName: '', level: 'CM2' });
    expect((await unknownLevel.json()).error.fields).toEqual({
      schoolId: 'Établissement invalide.',
      firstName: 'Le prénom est obligatoire.',
      level: 'Niveau inconnu.',
    });
    // A company is no school: as unknown as a school that does not exist.
    const notSchool = await registration({ schoolId: ids.bci, firstName: 'Léo', level: '3e' });
    expect(notSchool.status).toBe(404);

    const unknownRegistration = await send(`${events(PROVINCE)}/${event.id}/held`, cookies.provincePartner, {
      attendance: [{ registrationId: 'reg_inconnue', attended: true }],
    });
    expect(unknownRegistration.status).toBe(422);
    expect((await unknownRegistration.json()).error.fields).toEqual({
      'attendance.0.registrationId': 'Cette inscription n’est pas celle de cette action.',
    });

    const badQuery = await read(`${events(PROVINCE)}?from=14/10/2027&status=done`, cookies.provinceAdmin);
    expect(badQuery.status).toBe(422);
    expect(Object.keys((await badQuery.json()).error.fields)).toEqual(['from', 'status']);
    const notJson = await send(events(PROVINCE), cookies.provincePartner, '{oops');
    expect(notJson.status).toBe(400);

    expect(await tally()).toEqual(before);
    expect((await json(read(`${events(PROVINCE)}/${event.id}`, cookies.provinceAdmin))).status).toBe(
      'scheduled',
    );
  });

  it('lists by date with from and status filters; cancelling keeps registrations and only applies to scheduled actions', async () => {
    const admin = cookies.provinceAdmin;
    const make = async (title: string, date: string) =>
      (await json(send(events(PROVINCE), admin, visit(ids.cdeConvention, { title, date, capacity: 30 })))).id;
    const early = await make('Rencontre de janvier', '2027-01-20');
    const late = await make('Rencontre de juin', '2028-06-02');
    await send(`${events(PROVINCE)}/${late}/registrations`, admin, {
      schoolId: ids.provinceSchool,
      firstName: 'Théo',
      level: '4e',
    });

    const cancelled = await send(`${events(PROVINCE)}/${late}/cancel`, cookies.provincePartner);
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ status: 'cancelled', registeredCount: 1 });
    const twice = await send(`${events(PROVINCE)}/${late}/cancel`, admin);
    expect(twice.status).toBe(409);
    const register = await send(`${events(PROVINCE)}/${late}/registrations`, admin, {
      schoolId: ids.provinceSchool,
      firstName: 'Eva',
      level: '4e',
    });
    expect(register.status).toBe(409);
    const holdCancelled = await send(`${events(PROVINCE)}/${late}/held`, admin, {
      attendance: [{ registrationId: 'reg_0', attended: true }],
    });
    expect(holdCancelled.status).toBe(409);

    const all = await json(read(`${events(PROVINCE)}?pageSize=100`, admin));
    const dates = all.items.map((e: { date: string }) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(all.total).toBe(all.items.length);
    const from = await json(read(`${events(PROVINCE)}?from=2028-01-01`, admin));
    expect(from.items.map((e: { id: string }) => e.id)).toEqual([late]);
    const onlyCancelled = await json(read(`${events(PROVINCE)}?status=cancelled`, admin));
    expect(onlyCancelled.items.map((e: { id: string }) => e.id)).toEqual([late]);
    const scheduled = await json(read(`${events(PROVINCE)}?status=scheduled&pageSize=1`, admin));
    expect(scheduled.items.map((e: { id: string }) => e.id)).toEqual([early]);
    expect(scheduled.total).toBeGreaterThan(1);
  });

  it('lets a school referent register only its own school’s pupils and see only their registrations', async () => {
    const base = events(CLERMONT);
    const event = await json(
      send(
        base,
        cookies.clermontAdmin,
        visit(ids.clermontConvention, {
          kind: 'job_discovery_day',
          title: 'Journée des métiers de l’industrie',
        }),
      ),
    );
    const registration = (cookie: string, schoolId: string, firstName: string) =>
      send(`${base}/${event.id}/registrations`, cookie, { schoolId, firstName, level: '3e' });

    expect((await registration(cookies.clermontAdmin, ids.valles, 'Noé')).status).toBe(201);
    expect((await registration(cookies.clermontSchool, ids.camus, 'Inès')).status).toBe(201);
    const otherSchool = await registration(cookies.clermontSchool, ids.valles, 'Yanis');
    expect(otherSchool.status).toBe(404);
    expect((await otherSchool.json()).error.message).toBe('Établissement introuvable.');

    const seenBySchool = await json(read(`${base}/${event.id}`, cookies.clermontSchool));
    expect(seenBySchool.registeredCount).toBe(2);
    expect(seenBySchool.registrations).toEqual([
      expect.objectContaining({ firstName: 'Inès', school: { id: ids.camus, name: 'Collège Albert-Camus' } }),
    ]);
    const seenByAdmin = await json(read(`${base}/${event.id}`, cookies.clermontAdmin));
    expect(seenByAdmin.registrations.map((r: { firstName: string }) => r.firstName)).toEqual(['Noé', 'Inès']);

    // Schools browse upcoming actions, but neither create, hold nor cancel them.
    const listed = await json(read(base, cookies.clermontSchool));
    expect(listed.items.map((e: { id: string }) => e.id)).toContain(event.id);
    expect((await send(base, cookies.clermontSchool, visit(ids.clermontConvention))).status).toBe(403);
    expect((await send(`${base}/${event.id}/cancel`, cookies.clermontSchool)).status).toBe(403);

    await send(`${base}/${event.id}/cancel`, cookies.clermontAdmin);
    const afterCancel = await json(read(base, cookies.clermontSchool));
    expect(afterCancel.items.map((e: { id: string }) => e.id)).not.toContain(event.id);
  });

  it('answers 401 to anonymous callers and 404 across tenants on every route', async () => {
    const event = await json(
      send(events(PROVINCE), cookies.provinceAdmin, visit(ids.cdeConvention, { title: 'Action témoin' })),
    );
    const routes: [string, string, unknown?][] = [
      ['GET', ''],
      ['POST', '', visit(ids.cdeConvention)],
      ['GET', `/${event.id}`],
      ['POST', `/${event.id}/registrations`, { schoolId: ids.provinceSchool, firstName: 'Léa', level: '3e' }],
      ['POST', `/${event.id}/held`, { attendance: [{ registrationId: 'reg_0', attended: true }] }],
      ['POST', `/${event.id}/cancel`],
    ];
    for (const [method, suffix, given] of routes) {
      const body = method === 'GET' ? undefined : (given ?? {});
      const anonymous = await send(`${events(PROVINCE)}${suffix}`, undefined, body, method);
      expect(anonymous.status, `${method} ${suffix} anonymous`).toBe(401);
      // A member of Clermont only: Province Sud does not exist for them, nor its action in Clermont.
      const outsider = await send(`${events(PROVINCE)}${suffix}`, cookies.clermontAdmin, body, method);
      expect(outsider.status, `${method} ${suffix} from another tenant`).toBe(404);
      if (suffix) {
        const crossed = await send(`${events(CLERMONT)}${suffix}`, cookies.clermontAdmin, body, method);
        expect(crossed.status, `${method} ${suffix} with another tenant's id`).toBe(404);
        expect(await crossed.text()).not.toContain('Action témoin');
      }
    }
    const untouched = await json(read(`${events(PROVINCE)}/${event.id}`, cookies.provinceAdmin));
    expect(untouched).toMatchObject({ status: 'scheduled', registeredCount: 0 });
  });
});
