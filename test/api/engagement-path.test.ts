import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLuhnKey } from '../../workers/api/src/demo/demo-data.ts';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const PUBLIC = '/api/public/t/province-sud/engagement';
const SLN = withLuhnKey('9880000030001');

describe('the public engagement path', () => {
  let t: TestApp;
  let programId: string;
  const engage = (body: Record<string, unknown>, ip = '198.51.100.1') =>
    t.request(PUBLIC, { method: 'POST', headers: { 'x-forwarded-for': ip }, body: JSON.stringify(body) });
  const valid = () => ({
    templateId: programId,
    siret: SLN,
    signatory: { name: 'Jeanne Kowasch', title: 'Présidente', email: 'presidente@sln.example' },
    referent: { name: 'Paul Néaoutyine', email: 'rse@sln.example' },
    startDate: '2027-01-01',
    commitments: [
      { type: 'volunteer_mentors', quantityPerYear: 2 },
      { type: 'internship_places_3e', quantityPerYear: 3 },
    ],
  });

  beforeAll(async () => {
    t = await startTestApp();
    const page = await (await t.request(PUBLIC)).json();
    programId = page.programs[0].templateId;
  });
  afterAll(() => t.close());

  it('shows the open programs and finds a company by SIRET, with French errors for a bad or unknown one', async () => {
    const page = await (await t.request(PUBLIC)).json();
    expect(page).toMatchObject({
      tenant: { name: 'Province Sud' },
      programs: [{ name: 'Partenariat mentorat (3 ans)', durationMonths: 36 }],
    });
    expect(await (await t.request(`${PUBLIC}/sirene/${SLN}`)).json()).toMatchObject({
      name: 'SOCIETE LE NICKEL',
      active: true,
    });
    const bad = await t.request(`${PUBLIC}/sirene/12345678901234`);
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields.siret).toContain('clé de contrôle');
    expect((await t.request(`${PUBLIC}/sirene/${withLuhnKey('1111111111111')}`)).status).toBe(404);
    const closed = await t.request(`${PUBLIC}/sirene/${withLuhnKey('9200000060001')}`);
    expect((await closed.json()).error.fields.siret).toContain('fermé');
  });

  it('refuses bad input field by field and creates nothing', async () => {
    const admin = await t.signIn(DEMO.provinceAdmin);
    const before = (await (await t.request('/api/t/province-sud/organizations', { cookie: admin })).json())
      .total;
    const response = await engage({
      ...valid(),
      signatory: { name: '', title: 'x', email: 'nope' },
      commitments: [{ type: 'site_visits', quantityPerYear: -2 }],
    });
    expect(response.status).toBe(422);
    expect(Object.keys((await response.json()).error.fields).sort()).toEqual([
      'commitments.0.quantityPerYear',
      'signatory.email',
      'signatory.name',
    ]);
    const zero = await engage({ ...valid(), commitments: [{ type: 'site_visits', quantityPerYear: 0 }] });
    expect((await zero.json()).error.fields.commitments).toContain('au moins une action');
    expect(
      (await (await t.request('/api/t/province-sud/organizations', { cookie: admin })).json()).total,
    ).toBe(before);
  });

  it('adds the company, invites its referent and sends the convention to its signatory', async () => {
    const response = await engage(valid());
    expect(response.status).toBe(201);
    const { conventionId, message } = await response.json();
    expect(message).toBe('La convention a été envoyée à presidente@sln.example pour signature.');
    expect((await t.latestMailTo('presidente@sln.example'))?.subject).toMatch(/^Convention à signer/);
    expect((await t.latestMailTo('rse@sln.example'))?.subject).toBe(
      'Invitation : Province Sud sur Passerelle',
    );

    const referent = await t.signIn('rse@sln.example');
    const mine = await (await t.request('/api/t/province-sud/conventions', { cookie: referent })).json();
    expect(mine.items.map((c: { id: string }) => c.id)).toEqual([conventionId]);
    expect(mine.items[0]).toMatchObject({
      status: 'sent',
      partner: { name: 'Societe Le Nickel' },
      awaiting: ['Pour le partenaire'],
    });
  });

  it('keeps each partner to its own conventions, and signing links to their own tenant', async () => {
    const cde = await t.signIn(DEMO.provincePartner);
    const admin = await t.signIn(DEMO.provinceAdmin);
    const all = await (await t.request('/api/t/province-sud/conventions', { cookie: admin })).json();
    const sln = all.items.find((c: { partner: { name: string } }) => c.partner.name === 'Societe Le Nickel');
    expect((await t.request(`/api/t/province-sud/conventions/${sln.id}`, { cookie: cde })).status).toBe(404);
    expect(
      (await t.request(`/api/t/province-sud/conventions/${sln.id}/document.pdf`, { cookie: cde })).status,
    ).toBe(404);
    const seenByCde = (await (await t.request('/api/t/province-sud/conventions', { cookie: cde })).json())
      .items;
    expect(seenByCde.length).toBeGreaterThan(0); // its own, from the demo
    expect(
      seenByCde.every((c: { partner: { name: string } }) => c.partner.name === 'Calédonienne des Eaux'),
    ).toBe(true);

    const token = (await t.latestMailTo('presidente@sln.example'))?.text.match(/signer\/([\w-]+)/)?.[1];
    expect((await t.request(`/api/public/t/ville-de-suresnes/signing/${token}`)).status).toBe(404);
    expect((await t.request(`/api/public/t/province-sud/signing/${token}`)).status).toBe(200);
  });

  it('limits submissions per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await engage({ ...valid(), siret: 'x' }, '198.51.100.99')).status);
    expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
