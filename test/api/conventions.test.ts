import { controlSchema } from '@passerelle/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const T = '/api/t/province-sud';

describe('a partnership convention from draft to active, signed online', () => {
  let t: TestApp;
  let admin: string;
  let partnerReferent: string;
  let templateId: string;
  let cdeId: string;
  const json = async (r: Response) => r.json();
  const post = (path: string, body: unknown, cookie = admin) =>
    t.request(path, { method: 'POST', cookie, body: JSON.stringify(body) });
  const linkIn = (text: string | undefined) => text?.match(/\/t\/province-sud\/signer\/([\w-]+)/)?.[1];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(DEMO.provinceAdmin);
    partnerReferent = await t.signIn(DEMO.provincePartner);
    templateId = (await json(await t.request(`${T}/convention-templates`, { cookie: admin }))).items[0].id;
    cdeId = (await json(await t.request(`${T}/organizations?q=caledonienne`, { cookie: admin }))).items[0].id;
  });
  afterAll(() => t.close());

  async function draft(startDate = '2026-12-01') {
    const response = await post(`${T}/conventions`, {
      templateId,
      partnerOrganizationId: cdeId,
      startDate,
      commitments: [
        { type: 'volunteer_mentors', quantityPerYear: 2 },
        { type: 'site_visits', quantityPerYear: 1 },
      ],
      signers: [
        {
          role: 'partner_representative',
          name: 'Hélène Wamytan',
          title: 'Directrice générale',
          email: 'dg@cde.example',
        },
        {
          role: 'tenant_representative',
          name: 'Gil Brial',
          title: 'Deuxième vice-président',
          email: 'vp@province-sud.example',
        },
      ],
    });
    expect(response.status).toBe(201);
    return (await json(response)) as { id: string; status: string; endDate: string };
  }

  async function signAs(email: string, hash?: string) {
    const token = linkIn((await t.latestMailTo(email))?.text);
    const opened = await json(
      await t.request(`/api/public/t/province-sud/signing/${token}`, { headers: { 'user-agent': 'Vitest' } }),
    );
    const response = await t.request(`/api/public/t/province-sud/signing/${token}/sign`, {
      method: 'POST',
      headers: { 'x-forwarded-for': '203.0.113.7', 'user-agent': 'Vitest' },
      body: JSON.stringify({ consent: true, documentSha256: hash ?? opened.documentSha256 }),
    });
    return { token, opened, response };
  }

  it('goes draft → sent → signed in order → active, with a final PDF, a verified trail and a verifiable fingerprint', async () => {
    const convention = await draft();
    expect(convention).toMatchObject({ status: 'draft', endDate: '2029-11-30' });

    const sent = await json(await post(`${T}/conventions/${convention.id}/send`, {}));
    expect(sent).toMatchObject({
      status: 'sent',
      awaiting: ['Pour le partenaire'],
      documentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await t.latestMailTo('vp@province-sud.example')).toBeUndefined();

    const partner = await signAs('dg@cde.example');
    expect(partner.opened.consentText).toContain('je la signe électroniquement');
    expect(await json(partner.response)).toEqual({ status: 'sent', finalAvailable: false });

    const reused = await t.request(`/api/public/t/province-sud/signing/${partner.token}/sign`, {
      method: 'POST',
      body: JSON.stringify({ consent: true, documentSha256: partner.opened.documentSha256 }),
    });
    expect(reused.status).toBe(409);
    expect((await json(reused)).error.message).toContain('déjà servi');

    const tenantSide = await signAs('vp@province-sud.example');
    expect(await json(tenantSide.response)).toEqual({ status: 'active', finalAvailable: true });

    const active = await json(await t.request(`${T}/conventions/${convention.id}`, { cookie: admin }));
    expect(active.status).toBe('active');
    expect(active.trailVerified).toBe(true);
    expect(active.trail.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'sent',
      'opened',
      'signed',
      'opened',
      'countersigned',
      'activated',
    ]);
    expect(active.trail[3]).toMatchObject({
      ip: '203.0.113.7',
      userAgent: 'Vitest',
      authMethod: 'lien_email',
      documentSha256: sent.documentSha256,
    });

    const final = await t.request(`${T}/conventions/${convention.id}/final.pdf`, { cookie: partnerReferent });
    expect(final.headers.get('content-type')).toBe('application/pdf');
    const finalBytes = new Uint8Array(await final.arrayBuffer());
    const verify = (body: BodyInit, type: string) =>
      t.request('/api/public/verify', { method: 'POST', headers: { 'content-type': type }, body });
    expect(await json(await verify(finalBytes, 'application/pdf'))).toMatchObject({
      verdict: 'authentic',
      kind: 'final',
      convention: {
        reference: convention.id,
        tenantName: 'Province Sud',
        partnerName: 'Calédonienne des Eaux',
        status: 'active',
      },
    });
    const altered = finalBytes.slice();
    const middle = Math.floor(altered.length / 2);
    altered[middle] = altered[middle]! ^ 0x01;
    expect(await json(await verify(altered, 'application/pdf'))).toMatchObject({
      verdict: 'altered',
      convention: { reference: convention.id },
    });
    expect(
      await json(await verify(JSON.stringify({ sha256: sent.documentSha256 }), 'application/json')),
    ).toMatchObject({ verdict: 'authentic', kind: 'sent' });
    expect(await json(await verify(new Uint8Array([37, 80, 68, 70]), 'application/pdf'))).toMatchObject({
      verdict: 'unknown',
    });

    const back = await json(await t.request(`/api/public/t/province-sud/signing/${partner.token}`));
    expect(back).toMatchObject({ signer: { status: 'signed' }, finalAvailable: true });
    const copy = await t.request(`/api/public/t/province-sud/signing/${partner.token}/final.pdf`);
    expect(new Uint8Array(await copy.arrayBuffer())).toEqual(finalBytes);

    const signedMail = await t.latestMailTo('dg@cde.example');
    expect(signedMail?.subject).toContain('Convention signée');
  });

  it('refuses a signature out of order, on a changed document, and by an expired link — changing nothing', async () => {
    const convention = await draft();
    const sent = await json(await post(`${T}/conventions/${convention.id}/send`, {}));
    const token = linkIn((await t.latestMailTo('dg@cde.example'))?.text)!;

    const wrongHash = await t.request(`/api/public/t/province-sud/signing/${token}/sign`, {
      method: 'POST',
      body: JSON.stringify({ consent: true, documentSha256: '0'.repeat(64) }),
    });
    expect(wrongHash.status).toBe(409);
    expect((await json(wrongHash)).error.message).toContain('Le document a changé');

    const noConsent = await t.request(`/api/public/t/province-sud/signing/${token}/sign`, {
      method: 'POST',
      body: JSON.stringify({ consent: false, documentSha256: sent.documentSha256 }),
    });
    expect(noConsent.status).toBe(422);
    expect((await json(noConsent)).error.fields.consent).toContain('Cochez la case');

    const { issueSigningLink } = await import('../../workers/api/src/services/conventions/signing-links.ts');
    const db = await t.tenantDb('province-sud');
    const detail = await json(await t.request(`${T}/conventions/${convention.id}`, { cookie: admin }));
    const tenantSigner = detail.signers.find((s: { role: string }) => s.role === 'tenant_representative');
    const early = await issueSigningLink(db, {
      signerId: tenantSigner.id,
      conventionId: convention.id,
      now: new Date(),
    });
    const outOfOrder = await t.request(`/api/public/t/province-sud/signing/${early}/sign`, {
      method: 'POST',
      body: JSON.stringify({ consent: true, documentSha256: sent.documentSha256 }),
    });
    expect(outOfOrder.status).toBe(409);
    expect((await json(outOfOrder)).error.message).toContain(
      'c’est d’abord à « Pour le partenaire » de signer',
    );

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 15 * 86_400_000 });
    try {
      const late = await t.request(`/api/public/t/province-sud/signing/${token}`);
      expect(late.status).toBe(409);
      expect((await json(late)).error.message).toContain('expiré');
    } finally {
      vi.useRealTimers();
    }
    const after = await json(await t.request(`${T}/conventions/${convention.id}`, { cookie: admin }));
    expect(after.status).toBe('sent');
    expect(after.signers.every((s: { status: string }) => s.status === 'pending')).toBe(true);
  });

  it('renews an active convention into a linked, pre-filled draft, and terminates with a reason', async () => {
    const list = await json(await t.request(`${T}/conventions?status=active`, { cookie: admin }));
    const active = list.items[0];
    const renewed = await json(await post(`${T}/conventions/${active.id}/renew`, {}));
    expect(renewed).toMatchObject({
      status: 'draft',
      renewalOfId: active.id,
      startDate: '2029-12-01',
      partner: { id: cdeId },
    });
    expect(renewed.commitments).toHaveLength(2);
    const old = await json(await t.request(`${T}/conventions/${active.id}`, { cookie: admin }));
    expect(old.trail.at(-1)).toMatchObject({ type: 'renewed', detail: `renouvelée par ${renewed.id}` });
    expect(old.renewedById).toBe(renewed.id);

    const noReason = await post(`${T}/conventions/${active.id}/terminate`, { reason: '' });
    expect(noReason.status).toBe(422);
    const ended = await json(
      await post(`${T}/conventions/${active.id}/terminate`, { reason: 'Fin du partenariat' }),
    );
    expect(ended).toMatchObject({ status: 'terminated', endReason: 'Fin du partenariat' });
    const notice = await t.latestMailTo(ended.signers[0].email);
    expect(notice?.subject).toBe(`Convention résiliée : ${ended.title}`);
    expect(notice?.text).toContain('Motif : Fin du partenariat');
  });

  it('keeps the ledger: hand entries count, bad ones are refused; partners see only theirs', async () => {
    const convention = await draft('2026-01-01');
    await post(`${T}/conventions/${convention.id}/send`, {});
    await signAs('dg@cde.example');
    await signAs('vp@province-sud.example');
    const refusal = await post(`${T}/conventions/${convention.id}/deliveries`, {
      type: 'site_visits',
      year: 1,
      quantity: -1,
    });
    expect(refusal.status).toBe(422);
    expect((await json(refusal)).error.fields.quantity).toContain('négative');
    expect(
      (
        await post(`${T}/conventions/${convention.id}/deliveries`, {
          type: 'volunteer_mentors',
          year: 1,
          quantity: 2,
        })
      ).status,
    ).toBe(201);
    const ledger = await json(
      await t.request(`${T}/conventions/${convention.id}/ledger`, { cookie: partnerReferent }),
    );
    expect(ledger.years).toHaveLength(3);
    expect(ledger.rows.filter((r: { year: number }) => r.year === 1)).toEqual([
      expect.objectContaining({ type: 'volunteer_mentors', promised: 2, delivered: 2, fulfilment: 1 }),
      expect.objectContaining({ type: 'site_visits', promised: 1, delivered: 0, fulfilment: 0 }),
    ]);
    const dashboard = await json(await t.request(`${T}/fulfilment`, { cookie: admin }));
    expect(
      dashboard.items.some((i: { convention: { id: string } }) => i.convention.id === convention.id),
    ).toBe(true);
    const bytes = new Uint8Array(
      await (await t.request(`${T}/fulfilment/export.csv`, { cookie: admin })).arrayBuffer(),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads the accents right
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith('Partenaire;Convention;')).toBe(true);
    expect(csv).toContain('Calédonienne des Eaux');
  });

  it('shows a partner its sent conventions only, without the other parties’ IP and browser', async () => {
    const mine = await json(await t.request(`${T}/conventions`, { cookie: partnerReferent }));
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.some((c: { status: string }) => c.status === 'draft')).toBe(false);
    const drafts = await json(await t.request(`${T}/conventions?status=draft`, { cookie: admin }));
    expect(drafts.total).toBeGreaterThan(0);
    expect(
      (await t.request(`${T}/conventions/${drafts.items[0].id}`, { cookie: partnerReferent })).status,
    ).toBe(404);
    const active = mine.items.find((c: { status: string }) => c.status === 'active');
    const detail = await json(await t.request(`${T}/conventions/${active.id}`, { cookie: partnerReferent }));
    expect(detail.trail.length).toBeGreaterThan(0);
    expect(detail.trail.every((e: Record<string, unknown>) => !('ip' in e) && !('userAgent' in e))).toBe(
      true,
    );
    const home = await json(await t.request('/api/t/province-sud', { cookie: partnerReferent }));
    expect(home.organizations).toEqual([{ id: cdeId, name: 'Calédonienne des Eaux', kind: 'company' }]);
  });

  it('stores no personal data in the control registry of fingerprints', async () => {
    const rows = await t.control.select().from(controlSchema.signedDocuments);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0]!).sort()).toEqual(['conventionId', 'createdAt', 'kind', 'sha256', 'tenantId']);
  });
});
