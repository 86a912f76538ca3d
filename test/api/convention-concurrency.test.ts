import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../../workers/api/src/conventions/pdf/test-fixtures.ts';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const T = '/api/t/ville-de-suresnes';

// Suresnes' agreement letting agents mentor on work time: unions, the operator association and the
// city sign in parallel — here all three at the same moment.
describe('three parties signing at once', () => {
  let t: TestApp;
  let admin: string;
  let conventionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(DEMO.suresnesAdmin);
    const post = async (path: string, body: unknown) =>
      (await t.request(path, { method: 'POST', cookie: admin, body: JSON.stringify(body) })).json();
    const unions = await post(`${T}/organizations`, {
      kind: 'association',
      name: 'Intersyndicale des agents de Suresnes',
      rna: 'W922000777',
    });
    const operator = (await (await t.request(`${T}/organizations?q=possible`, { cookie: admin })).json())
      .items[0];
    const template = (await (await t.request(`${T}/convention-templates`, { cookie: admin })).json())
      .items[0];
    const created = await post(`${T}/conventions`, {
      templateId: template.id,
      partnerOrganizationId: unions.id,
      operatorOrganizationId: operator.id,
      startDate: '2027-02-17',
      commitments: [
        { type: 'volunteer_mentors', quantityPerYear: 11 },
        { type: 'agent_mentoring_hours', quantityPerYear: 440, note: '40 heures par agent mentor' },
      ],
      signers: [
        {
          role: 'partner_representative',
          name: 'Sylvie Lefèvre',
          title: 'Secrétaire de l’intersyndicale',
          email: 'intersyndicale@suresnes.example',
        },
        {
          role: 'operator',
          name: 'Éric Dupré',
          title: 'Délégué général de C’Possible',
          email: 'delegue@cpossible.example',
        },
        {
          role: 'tenant_representative',
          name: 'Béatrice de la Valette',
          title: 'Adjointe au maire',
          email: 'adjointe@suresnes.example',
        },
      ],
    });
    conventionId = created.id;
    await post(`${T}/conventions/${conventionId}/send`, {});
  });
  afterAll(() => t.close());

  it('records every signature, in one unbroken trail, and completes once', async () => {
    const emails = [
      'intersyndicale@suresnes.example',
      'delegue@cpossible.example',
      'adjointe@suresnes.example',
    ];
    const tokens = await Promise.all(
      emails.map(async (e) => (await t.latestMailTo(e))?.text.match(/signer\/([\w-]+)/)?.[1]),
    );
    expect(tokens.every(Boolean)).toBe(true);
    const { documentSha256 } = await (
      await t.request(`${T}/conventions/${conventionId}`, { cookie: admin })
    ).json();
    const responses = await Promise.all(
      tokens.map((token) =>
        t.request(`/api/public/t/ville-de-suresnes/signing/${token}/sign`, {
          method: 'POST',
          body: JSON.stringify({ consent: true, documentSha256 }),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);

    const detail = await (await t.request(`${T}/conventions/${conventionId}`, { cookie: admin })).json();
    expect(detail.status).toBe('active');
    expect(detail.trailVerified).toBe(true);
    const types = detail.trail.map((e: { type: string }) => e.type);
    expect(types.filter((x: string) => x === 'signed' || x === 'countersigned').sort()).toEqual([
      'countersigned',
      'signed',
      'signed',
    ]);
    expect(types.filter((x: string) => x === 'activated')).toHaveLength(1);
    expect(detail.trail.map((e: { seq: number }) => e.seq)).toEqual(
      detail.trail.map((_: unknown, i: number) => i + 1),
    );
  });

  it('produces a final PDF whose certificate page reads in French, accents included', async () => {
    const pdf = new Uint8Array(
      await (await t.request(`${T}/conventions/${conventionId}/final.pdf`, { cookie: admin })).arrayBuffer(),
    );
    const text = (await pdfPages(pdf)).join('\n');
    expect(text).toContain('Accord sur le mentorat des agents de la ville');
    expect(text).toContain('Béatrice de la Valette');
    expect(text).toContain('Certificat de signature électronique');
    expect(text).toContain('Éric Dupré');
  });

  it('detects a trail row changed after the fact', async () => {
    const db = await t.tenantDb('ville-de-suresnes');
    await db.$client.execute('DROP TRIGGER convention_events_no_update');
    await db.$client.execute({
      sql: "UPDATE convention_events SET ip = '10.6.6.6' WHERE convention_id = ? AND seq = 3",
      args: [conventionId],
    });
    const detail = await (await t.request(`${T}/conventions/${conventionId}`, { cookie: admin })).json();
    expect(detail.trailVerified).toBe(false);
  });
});
