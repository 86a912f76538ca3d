import { tenantSchema, verifyTenantAuditTrail } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConventionReminders } from '../../workers/api/src/services/conventions/run-convention-reminders.ts';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const T = '/api/t/province-sud';
const PUBLIC = '/api/public/t/province-sud/signing';

type Convention = {
  id: string;
  title: string;
  status: string;
  startDate: string;
  endDate: string;
  endReason: string | null;
  commitments: { type: string; quantityPerYear: number; note: string | null }[];
  signers: {
    id: string;
    role: string;
    label: string;
    name: string;
    title: string;
    email: string;
    status: string;
  }[];
  trail: { type: string; detail: string | null }[];
  trailVerified: boolean;
};

// A draft can be corrected until it is sent, and withdrawn (with a reason) as long as nobody has
// signed; a withdrawn convention's signing links stop serving and its signers are told.
describe('correcting and withdrawing draft conventions', () => {
  let t: TestApp;
  let admin: string;
  let partnerReferent: string;
  let templateId: string;
  let cdeId: string;
  let made = 0;
  const json = async (r: Response) => r.json();
  const send = (method: string, path: string, body?: unknown, cookie = admin) =>
    t.request(path, { method, cookie, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const read = async (id: string): Promise<Convention> =>
    json(await t.request(`${T}/conventions/${id}`, { cookie: admin }));
  const linkIn = (text: string | undefined) => text?.match(/\/t\/province-sud\/signer\/([\w-]+)/)?.[1];
  const signersBody = (partnerEmail: string) => [
    {
      role: 'partner_representative',
      name: 'Hélène Wamytan',
      title: 'Directrice générale',
      email: partnerEmail,
    },
    {
      role: 'tenant_representative',
      name: 'Gil Brial',
      title: 'Vice-président',
      email: 'vp@province-sud.example',
    },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(DEMO.provinceAdmin);
    partnerReferent = await t.signIn(DEMO.provincePartner);
    templateId = (await json(await t.request(`${T}/convention-templates`, { cookie: admin }))).items[0].id;
    cdeId = (await json(await t.request(`${T}/organizations?q=caledonienne`, { cookie: admin }))).items[0].id;
  });
  afterAll(() => t.close());

  /** A draft for the CDE whose partner signer has an address of its own, so its mails are its own. */
  async function draft(partnerEmail = `dg${++made}@cde.example`): Promise<Convention> {
    const response = await send('POST', `${T}/conventions`, {
      templateId,
      partnerOrganizationId: cdeId,
      startDate: '2026-12-01',
      commitments: [
        { type: 'volunteer_mentors', quantityPerYear: 2 },
        { type: 'site_visits', quantityPerYear: 1 },
      ],
      signers: signersBody(partnerEmail),
    });
    expect(response.status).toBe(201);
    return json(response);
  }

  async function pdfText(id: string) {
    const bytes = new Uint8Array(
      await (await t.request(`${T}/conventions/${id}/document.pdf`, { cookie: admin })).arrayBuffer(),
    );
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    return text;
  }

  it('corrects a draft’s title, date, commitments and signer; the document sent and its signers carry the correction', async () => {
    const wrong = await draft('dg@cde.exmaple');
    const patched = await send('PATCH', `${T}/conventions/${wrong.id}`, {
      title: 'Partenariat Passerelle 2027 — Calédonienne des Eaux',
      startDate: '2027-01-01',
      commitments: [
        { type: 'volunteer_mentors', quantityPerYear: 3 },
        { type: 'site_visits', quantityPerYear: 1, note: 'Usine de Yaté' },
      ],
      signers: [
        {
          role: 'partner_representative',
          name: 'Hélène Wamytan-Kowi',
          title: 'Directrice',
          email: 'dg@cde.example',
        },
        signersBody('')[1],
      ],
    });
    expect(patched.status).toBe(200);
    const edited: Convention = await json(patched);
    expect(edited).toMatchObject({
      status: 'draft',
      title: 'Partenariat Passerelle 2027 — Calédonienne des Eaux',
      startDate: '2027-01-01',
      endDate: '2029-12-31',
      commitments: [
        { type: 'volunteer_mentors', quantityPerYear: 3, note: null },
        { type: 'site_visits', quantityPerYear: 1, note: 'Usine de Yaté' },
      ],
    });
    expect(edited.signers[0]).toMatchObject({
      id: wrong.signers[0]!.id,
      name: 'Hélène Wamytan-Kowi',
      title: 'Directrice',
      email: 'dg@cde.example',
    });
    const event = edited.trail.at(-1)!;
    expect(event.type).toBe('edited');
    expect(event.detail).toBe(
      'modifié : titre, date de début, engagements, nom de « Pour le partenaire », qualité de « Pour le partenaire », adresse électronique de « Pour le partenaire »',
    );
    expect(JSON.stringify(edited.trail)).not.toContain('dg@cde.example');

    const sent: Convention = await json(await send('POST', `${T}/conventions/${wrong.id}/send`, {}));
    expect(sent.status).toBe('sent');
    expect(await t.latestMailTo('dg@cde.exmaple')).toBeUndefined();
    const token = linkIn((await t.latestMailTo('dg@cde.example'))?.text);
    const opened = await json(await t.request(`${PUBLIC}/${token}`));
    expect(opened.convention).toMatchObject({
      title: 'Partenariat Passerelle 2027 — Calédonienne des Eaux',
      startDate: '2027-01-01',
    });
    expect(opened.signer).toMatchObject({ name: 'Hélène Wamytan-Kowi', title: 'Directrice' });
    const text = await pdfText(wrong.id);
    expect(text).toContain('Partenariat Passerelle 2027');
    expect(text).toContain('Hélène Wamytan-Kowi');
    expect(text).toContain('Usine de Yaté');
    expect(sent.trailVerified).toBe(true);
  });

  it('refuses to correct a convention once sent, changing nothing', async () => {
    const convention = await draft();
    await send('POST', `${T}/conventions/${convention.id}/send`, {});
    const before = await read(convention.id);
    const refused = await send('PATCH', `${T}/conventions/${convention.id}`, { title: 'Autre titre' });
    expect(refused.status).toBe(409);
    expect((await json(refused)).error.message).toMatch(/^Une convention envoyée ne se modifie plus : /);
    expect(await read(convention.id)).toEqual(before);
  });

  it('refuses a bad correction field by field, in French, changing nothing', async () => {
    const convention = await draft();
    const before = await read(convention.id);
    const bad = await send('PATCH', `${T}/conventions/${convention.id}`, {
      title: '',
      startDate: '2027-02-30',
      signers: [{ ...signersBody('pas-une-adresse')[0], name: '' }, signersBody('')[1]],
    });
    expect(bad.status).toBe(422);
    expect((await json(bad)).error.fields).toMatchObject({
      title: 'Le titre est obligatoire.',
      startDate: expect.stringContaining('Date de début'),
      'signers.0.name': 'Le nom du signataire est obligatoire.',
      'signers.0.email': 'Adresse e-mail invalide.',
    });

    const offTemplate = await send('PATCH', `${T}/conventions/${convention.id}`, {
      commitments: [{ type: 'agent_mentoring_hours', quantityPerYear: 10 }],
    });
    expect(offTemplate.status).toBe(422);
    expect((await json(offTemplate)).error.fields['commitments.0.type']).toBe(
      'Ce modèle ne prévoit pas cet engagement.',
    );
    const missingSigner = await send('PATCH', `${T}/conventions/${convention.id}`, {
      signers: [signersBody('a@cde.example')[0], { ...signersBody('a@cde.example')[0], name: 'Doublon' }],
    });
    expect(missingSigner.status).toBe(422);
    expect((await json(missingSigner)).error.fields['signers.1']).toContain('Indiquez le signataire');
    const empty = await send('PATCH', `${T}/conventions/${convention.id}`, {});
    expect(empty.status).toBe(422);
    expect((await json(empty)).error.fields._).toBe('Indiquez au moins une modification.');
    expect(await read(convention.id)).toEqual(before);

    const same = await send('PATCH', `${T}/conventions/${convention.id}`, { title: convention.title });
    expect(same.status).toBe(200);
    expect((await read(convention.id)).trail).toHaveLength(before.trail.length);
  });

  it('withdraws a draft with its reason: out of the default list, found by its status, closed to any change', async () => {
    const convention = await draft();
    const noReason = await send('POST', `${T}/conventions/${convention.id}/withdraw`, { reason: ' ' });
    expect(noReason.status).toBe(422);
    expect((await json(noReason)).error.fields.reason).toBe('Le motif du retrait est obligatoire.');
    const tooLong = await send('POST', `${T}/conventions/${convention.id}/withdraw`, {
      reason: 'x'.repeat(501),
    });
    expect(tooLong.status).toBe(422);
    expect((await read(convention.id)).status).toBe('draft');

    const response = await send('POST', `${T}/conventions/${convention.id}/withdraw`, {
      reason: 'Brouillon fait en double',
    });
    expect(response.status).toBe(200);
    const withdrawn: Convention = await json(response);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', endReason: 'Brouillon fait en double' });
    expect(withdrawn.trail.at(-1)).toMatchObject({ type: 'withdrawn', detail: 'Brouillon fait en double' });
    expect(await t.latestMailTo(convention.signers[0]!.email)).toBeUndefined();

    const ids = async (query: string) =>
      (await json(await t.request(`${T}/conventions${query}`, { cookie: admin }))).items.map(
        (c: { id: string }) => c.id,
      );
    expect(await ids('?pageSize=100')).not.toContain(convention.id);
    expect(await ids('?status=withdrawn')).toContain(convention.id);
    const csv = await (
      await t.request(`${T}/conventions/export.csv?status=withdrawn`, { cookie: admin })
    ).text();
    expect(csv).toContain('Retirée');

    for (const [method, path, body] of [
      ['PATCH', '', { title: 'Encore' }],
      ['POST', '/send', {}],
      ['POST', '/withdraw', { reason: 'Encore' }],
      ['POST', '/renew', {}],
    ] as const) {
      const refused = await send(method, `${T}/conventions/${convention.id}${path}`, body);
      expect(refused.status).toBe(409);
    }
    expect((await read(convention.id)).trail.filter((e) => e.type === 'withdrawn')).toHaveLength(1);
  });

  it('withdraws a convention sent but unsigned: its link answers “retirée”, the invited signer is told, reminders skip it', async () => {
    const convention = await draft();
    await send('POST', `${T}/conventions/${convention.id}/send`, {});
    const partnerEmail = convention.signers[0]!.email;
    const token = linkIn((await t.latestMailTo(partnerEmail))?.text);
    const opened = await json(await t.request(`${PUBLIC}/${token}`));
    const control = await draft();
    await send('POST', `${T}/conventions/${control.id}/send`, {});

    const withdrawn: Convention = await json(
      await send('POST', `${T}/conventions/${convention.id}/withdraw`, {
        reason: 'Adresse du signataire erronée',
      }),
    );
    expect(withdrawn.status).toBe('withdrawn');

    const notice = await t.latestMailTo(partnerEmail);
    expect(notice?.subject).toBe(`Convention retirée : ${convention.title}`);
    expect(notice?.text).toContain('Motif : Adresse du signataire erronée');
    // Sequential signing: the authority's signer was never invited, so is not told either.
    expect(await t.latestMailTo('vp@province-sud.example')).toBeUndefined();

    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['GET', '/document.pdf', undefined],
      ['POST', '/sign', { consent: true, documentSha256: opened.documentSha256 }],
      ['POST', '/decline', { reason: 'Trop tard' }],
    ] as const) {
      const refused = await t.request(`${PUBLIC}/${token}${path}`, {
        method,
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      expect(refused.status).toBe(409);
      expect((await json(refused)).error.message).toContain(
        'Cette convention a été retirée par la collectivité',
      );
    }
    const after = await read(convention.id);
    expect(after.signers.every((s) => s.status === 'pending')).toBe(true);

    // A week later the job reminds the other unsigned convention, not the withdrawn one.
    const db = await t.tenantDb('province-sud');
    const due = await runConventionReminders({
      db,
      control: t.control,
      tenant: await t.tenantRecord('province-sud'),
      mailer: t.deps.mailer,
      publicUrl: 'http://passerelle.test',
      now: new Date(Date.now() + 8 * 86_400_000),
    });
    const reminded = due.map((d) => d.conventionId);
    expect(reminded).toContain(control.id);
    expect(reminded).not.toContain(convention.id);
    expect((await t.latestMailTo(partnerEmail))?.subject).toBe(`Convention retirée : ${convention.title}`);

    // The partner no longer sees it; the fulfilment dashboard never counts it.
    const mine = await json(
      await t.request(`${T}/conventions?status=withdrawn`, { cookie: partnerReferent }),
    );
    expect(mine.total).toBe(0);
    for (const path of ['', '/document.pdf', '/ledger']) {
      expect(
        (await t.request(`${T}/conventions/${convention.id}${path}`, { cookie: partnerReferent })).status,
      ).toBe(404);
    }
    const dashboard = await json(await t.request(`${T}/fulfilment`, { cookie: admin }));
    expect(dashboard.items.map((i: { convention: { id: string } }) => i.convention.id)).not.toContain(
      convention.id,
    );
    const delivery = await send('POST', `${T}/conventions/${convention.id}/deliveries`, {
      type: 'site_visits',
      year: 1,
      quantity: 1,
    });
    expect(delivery.status).toBe(409);
  });

  it('refuses to withdraw once a party has signed, or an active convention', async () => {
    const convention = await draft();
    await send('POST', `${T}/conventions/${convention.id}/send`, {});
    const token = linkIn((await t.latestMailTo(convention.signers[0]!.email))?.text);
    const opened = await json(await t.request(`${PUBLIC}/${token}`));
    await t.request(`${PUBLIC}/${token}/sign`, {
      method: 'POST',
      body: JSON.stringify({ consent: true, documentSha256: opened.documentSha256 }),
    });
    const signedOnce = await send('POST', `${T}/conventions/${convention.id}/withdraw`, { reason: 'Erreur' });
    expect(signedOnce.status).toBe(409);
    expect((await json(signedOnce)).error.message).toBe(
      '« Pour le partenaire » a déjà signé : la convention ne peut plus être retirée. Un signataire suivant peut la refuser ; une fois active, elle se résilie.',
    );
    expect((await read(convention.id)).status).toBe('sent');

    const active = (await json(await t.request(`${T}/conventions?status=active`, { cookie: admin })))
      .items[0];
    const refused = await send('POST', `${T}/conventions/${active.id}/withdraw`, { reason: 'Erreur' });
    expect(refused.status).toBe(409);
    expect((await json(refused)).error.message).toBe(
      'Une convention active ne se retire pas : résiliez-la, avec un motif.',
    );
  });

  it('keeps every trail verifiable and the audit log names fields, not values', async () => {
    const db = await t.tenantDb('province-sud');
    const withdrawn = await json(await t.request(`${T}/conventions?status=withdrawn`, { cookie: admin }));
    for (const item of withdrawn.items) expect((await read(item.id)).trailVerified).toBe(true);
    expect(await verifyTenantAuditTrail(db)).toMatchObject({ ok: true });
    const audit = await db
      .select()
      .from(tenantSchema.auditLog)
      .where(eq(tenantSchema.auditLog.action, 'convention.edited'));
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data!)).toEqual({
      fields: [
        'title',
        'startDate',
        'commitments',
        'signers.partner_representative.name',
        'signers.partner_representative.title',
        'signers.partner_representative.email',
      ],
    });
    const withdrawals = await db
      .select()
      .from(tenantSchema.auditLog)
      .where(eq(tenantSchema.auditLog.action, 'convention.withdrawn'));
    expect(withdrawals.map((a) => JSON.parse(a.data!).from).sort()).toEqual(['draft', 'sent']);
  });
});
