import { tenantSchema } from '@passerelle/db';
import { newId } from '@passerelle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLuhnKey } from '../../workers/api/src/demo/demo-data.ts';
import { insertConvention, insertPartnershipVersion } from '../support/convention-fixtures.ts';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const T = '/api/t/ville-de-clermont-ferrand';

// A département can have hundreds of partners: the dashboard, which puts the lagging ones first,
// must see every active convention, not the first page of the list.
describe('the fulfilment dashboard past one page of conventions', () => {
  let t: TestApp;
  let admin: string;
  const PARTNERS = 130;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(DEMO.clermontAdmin);
    const db = await t.tenantDb('ville-de-clermont-ferrand');
    const { organizations, conventionCommitments } = tenantSchema;
    const updatedAt = new Date().toISOString();
    const versionId = await insertPartnershipVersion(db);
    for (let n = 0; n < PARTNERS; n++) {
      const organizationId = newId('org');
      const name = `Entreprise partenaire ${String(n).padStart(3, '0')}`;
      await db.insert(organizations).values({
        id: organizationId,
        kind: 'company',
        name,
        searchName: name.toLowerCase(),
        siret: withLuhnKey(`63000${String(n).padStart(8, '0')}`),
        updatedAt,
      });
      const conventionId = await insertConvention(db, {
        partnerOrganizationId: organizationId,
        versionId,
        title: `Convention ${name}`,
      });
      await db.insert(conventionCommitments).values({
        id: newId('cmt'),
        conventionId,
        type: 'site_visits',
        quantityPerYear: 2,
      });
    }
  });
  afterAll(() => t.close());

  it('lists every active convention, and the CSV has a line for each', async () => {
    const response = await t.request(`${T}/fulfilment`, { cookie: admin });
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: { convention: { partner: { name: string } } }[] };
    const names = new Set(items.map((i) => i.convention.partner.name));
    for (let n = 0; n < PARTNERS; n++) {
      expect(names.has(`Entreprise partenaire ${String(n).padStart(3, '0')}`)).toBe(true);
    }
    const csv = await (await t.request(`${T}/fulfilment/export.csv`, { cookie: admin })).text();
    expect(csv.split('\n').filter((line) => line.startsWith('Entreprise partenaire')).length).toBe(PARTNERS);
  });
});
