import { readAuditTrail, tenantSchema } from '@passerelle/db';
import { verifyAuditChain } from '@passerelle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const BASE = '/api/t/ville-de-clermont-ferrand/organizations';

describe('organizations directory', () => {
  let t: TestApp;
  let admin: string;
  const post = (path: string, body: unknown) =>
    t.request(path, { method: 'POST', cookie: admin, body: JSON.stringify(body) });
  const list = async (query = '') => (await t.request(`${BASE}${query}`, { cookie: admin })).json();

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(DEMO.clermontAdmin);
  });
  afterAll(() => t.close());

  it('creates a school, finds it by accent-free search and by UAI, and records it in the audit trail', async () => {
    const created = await post(BASE, {
      kind: 'school',
      name: 'Collège Gérard-Philipe',
      uai: '0631234a',
      schoolKind: 'college',
      priorityEducation: 'REP+',
      communeCode: '63113',
    });
    expect(created.status).toBe(201);
    const school = await created.json();
    expect(school).toMatchObject({
      id: expect.stringMatching(/^org_[0-9a-z]{26}$/),
      uai: '0631234A',
      status: 'active',
    });

    expect((await list('?q=gerard')).items.map((o: { id: string }) => o.id)).toEqual([school.id]);
    expect((await list('?q=0631234A')).items.map((o: { id: string }) => o.id)).toEqual([school.id]);

    const trail = await readAuditTrail(await t.tenantDb('ville-de-clermont-ferrand'), tenantSchema.auditLog);
    expect(trail.at(-1)).toMatchObject({ action: 'organization.created', entityId: school.id });
    expect(await verifyAuditChain(trail)).toMatchObject({ ok: true });
  });

  it('rejects bad input field by field in French and stores nothing', async () => {
    const before = (await list('?status=all')).total;
    const response = await post(BASE, { kind: 'company', name: 'Sans SIRET', siret: '12345678901234' });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: {
        code: 'VALIDATION',
        fields: { siret: expect.stringContaining('SIRET invalide') },
        requestId: expect.any(String),
      },
    });
    const missing = await post(BASE, { kind: 'company', name: 'Sans SIRET' });
    expect((await missing.json()).error.fields).toEqual({ siret: 'Une entreprise doit avoir un SIRET.' });
    const notJson = await t.request(BASE, { method: 'POST', cookie: admin, body: '{oops' });
    expect(notJson.status).toBe(400);
    expect((await list('?status=all')).total).toBe(before);
  });

  it('refuses a second organization with the same identifier', async () => {
    const response = await post(BASE, {
      kind: 'school',
      name: 'Doublon',
      uai: '0630001A',
      schoolKind: 'college',
    });
    expect(response.status).toBe(409);
    expect((await response.json()).error.fields.uai).toContain('Collège Albert-Camus');
  });

  it('updates, archives and undoes the archive', async () => {
    const service = await (await post(BASE, { kind: 'service', name: 'Direction des sports' })).json();
    const renamed = await t.request(`${BASE}/${service.id}`, {
      method: 'PATCH',
      cookie: admin,
      body: JSON.stringify({ name: 'Direction des sports et loisirs' }),
    });
    expect(await renamed.json()).toMatchObject({ name: 'Direction des sports et loisirs' });

    await post(`${BASE}/${service.id}/archive`, {});
    expect((await list('?q=sports')).items).toEqual([]);
    expect((await list('?q=sports&status=archived')).items).toHaveLength(1);
    await post(`${BASE}/${service.id}/unarchive`, {});
    expect((await list('?q=sports')).items).toHaveLength(1);
  });

  it('keeps a business club with what it does, for whom and its commune, and clears them on request', async () => {
    const noIdentifier = await post(BASE, { kind: 'business_club', name: 'Club sans identifiant' });
    expect((await noIdentifier.json()).error.fields).toEqual({
      rna: 'Un club d’entreprises doit avoir un numéro RNA ou un SIRET.',
    });
    const created = await post(BASE, {
      kind: 'business_club',
      name: 'Club des entreprises de Riom',
      rna: 'W633000009',
      communeCode: '63300',
      communeName: 'Riom',
      activities: ' Visites d’entreprise et stages de 3e ',
      audience: 'Collégiens de Riom Limagne',
    });
    expect(created.status).toBe(201);
    const club = await created.json();
    expect(club).toMatchObject({
      kind: 'business_club',
      communeName: 'Riom',
      activities: 'Visites d’entreprise et stages de 3e',
      audience: 'Collégiens de Riom Limagne',
    });
    expect((await list('?kind=business_club')).items.map((o: { name: string }) => o.name)).toContain(
      'Club des entreprises de Riom',
    );

    const tooLong = await t.request(`${BASE}/${club.id}`, {
      method: 'PATCH',
      cookie: admin,
      body: JSON.stringify({ activities: 'x'.repeat(501) }),
    });
    expect((await tooLong.json()).error.fields.activities).toBe(
      'Ce que fait l’organisation ne peut dépasser 500 caractères.',
    );
    const cleared = await t.request(`${BASE}/${club.id}`, {
      method: 'PATCH',
      cookie: admin,
      body: JSON.stringify({ audience: '', communeName: 'Riom (Puy-de-Dôme)' }),
    });
    expect(await cleared.json()).toMatchObject({
      audience: null,
      communeName: 'Riom (Puy-de-Dôme)',
      activities: 'Visites d’entreprise et stages de 3e',
    });
  });

  it('paginates in name order with a total', async () => {
    for (let i = 0; i < 12; i++)
      await post(BASE, { kind: 'service', name: `Service ${String(i).padStart(2, '0')}` });
    const page1 = await list('?q=service%20&pageSize=5&page=1');
    const page3 = await list('?q=service%20&pageSize=5&page=3');
    expect(page1).toMatchObject({ page: 1, pageSize: 5, total: 12 });
    expect(page1.items.map((o: { name: string }) => o.name)).toEqual([
      'Service 00',
      'Service 01',
      'Service 02',
      'Service 03',
      'Service 04',
    ]);
    expect(page3.items).toHaveLength(2);
    const bad = await t.request(`${BASE}?pageSize=500`, { cookie: admin });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields.pageSize).toBe('Au plus 100 par page.');
  });
});
