import { tenantSchema } from '@passerelle/db';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const T = '/api/t/ville-de-clermont-ferrand';

// The demo's Pass'3e program is planned: each planned pupil gets an observation-internship
// convention, signed online by the collège, the legal representative and the city, in that order.
describe('a pupil’s observation-internship convention', () => {
  let t: TestApp;
  let admin: string;
  let programId: string;
  let planned: { id: string; guardianEmail: string; firstName: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(DEMO.clermontAdmin);
    programId = (await (await t.request(`${T}/discovery/programs`, { cookie: admin })).json()).items[0].id;
    const db = await t.tenantDb('ville-de-clermont-ferrand');
    const { discoveryStudents } = tenantSchema;
    const rows = await db
      .select()
      .from(discoveryStudents)
      .where(and(eq(discoveryStudents.authorisation, 'given'), isNotNull(discoveryStudents.groupId)))
      .limit(1);
    planned = rows[0]!;
  });
  afterAll(() => t.close());

  const create = (studentId: string) =>
    t.request(`${T}/discovery/programs/${programId}/students/${studentId}/convention`, {
      method: 'POST',
      cookie: admin,
      body: '{}',
    });

  it('can be made again once the authority withdrew it, and only then', async () => {
    const db = await t.tenantDb('ville-de-clermont-ferrand');
    const { discoveryStudents } = tenantSchema;
    const [other] = await db
      .select()
      .from(discoveryStudents)
      .where(and(eq(discoveryStudents.authorisation, 'given'), isNotNull(discoveryStudents.groupId)))
      .limit(1)
      .offset(1);
    const first = await create(other!.id);
    expect(first.status).toBe(201);
    const { conventionId } = await first.json();
    expect((await create(other!.id)).status).toBe(409);
    const withdrawn = await t.request(`${T}/conventions/${conventionId}/withdraw`, {
      method: 'POST',
      cookie: admin,
      body: JSON.stringify({ reason: 'Mauvaise adresse du représentant légal' }),
    });
    expect(withdrawn.status).toBe(200);
    // The pupils' list says so, and the screen offers a new convention from it.
    const students = await (
      await t.request(`${T}/discovery/programs/${programId}/students`, { cookie: admin })
    ).json();
    expect(students.items.find((s: { id: string }) => s.id === other!.id)).toMatchObject({
      conventionId,
      conventionStatus: 'withdrawn',
    });
    const again = await create(other!.id);
    expect(again.status).toBe(201);
    expect((await again.json()).conventionId).not.toBe(conventionId);
  });

  it('is generated from the internship template and signed by the three parties in order', async () => {
    const response = await create(planned.id);
    expect(response.status).toBe(201);
    const { conventionId } = await response.json();
    const convention = await (await t.request(`${T}/conventions/${conventionId}`, { cookie: admin })).json();
    expect(convention).toMatchObject({
      status: 'sent',
      partner: { name: expect.stringMatching(/^Collège/) },
    });
    expect(convention.title).toContain(planned.firstName);
    expect(convention.signers.map((s: { role: string }) => s.role)).toEqual([
      'partner_representative',
      'legal_guardian',
      'tenant_representative',
    ]);
    expect(convention.signers[1].email).toBe(planned.guardianEmail);

    for (const signer of convention.signers as { email: string }[]) {
      const token = (await t.latestMailTo(signer.email))?.text.match(/signer\/([\w-]+)/)?.[1];
      const opened = await (
        await t.request(`/api/public/t/ville-de-clermont-ferrand/signing/${token}`)
      ).json();
      const signed = await t.request(`/api/public/t/ville-de-clermont-ferrand/signing/${token}/sign`, {
        method: 'POST',
        body: JSON.stringify({ consent: true, documentSha256: opened.documentSha256 }),
      });
      expect(signed.status).toBe(200);
    }
    const active = await (await t.request(`${T}/conventions/${conventionId}`, { cookie: admin })).json();
    expect(active).toMatchObject({ status: 'active', trailVerified: true });
  });

  it('is made once per pupil, and only once the pupil is authorised and planned', async () => {
    expect((await create(planned.id)).status).toBe(409);
    const db = await t.tenantDb('ville-de-clermont-ferrand');
    const [pending] = await db
      .select()
      .from(tenantSchema.discoveryStudents)
      .where(eq(tenantSchema.discoveryStudents.authorisation, 'pending'))
      .limit(1);
    const refused = await create(pending!.id);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toContain('autorisation');
    const schoolReferent = await t.signIn(DEMO.clermontSchool);
    const forbidden = await t.request(
      `${T}/discovery/programs/${programId}/students/${planned.id}/convention`,
      { method: 'POST', cookie: schoolReferent, body: '{}' },
    );
    expect(forbidden.status).toBe(403);
  });
});
