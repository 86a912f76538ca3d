import { addDays, fromIsoDate } from '@passerelle/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLuhnKey } from '../../workers/api/src/demo/demo-data.ts';
import { runRemindersJob } from '../../workers/jobs/src/reminders-job.ts';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

// The clock is injected: the job and the signing links read it, so weeks pass in a line.
let clock = fromIsoDate('2027-01-04');
const at = (date: string) => {
  clock = new Date(`${date}T08:00:00Z`);
};

describe('convention reminders and expiry, day by day', () => {
  let t: TestApp;
  let admin: string;
  const mailsTo = async (email: string) =>
    (await t.deps.outbox!.latest({ to: email, limit: 100 })).map((m) => m.subject).reverse();
  const runJob = async () => {
    const report = await runRemindersJob({ deps: t.deps });
    return { actions: report.byTenant['ville-de-clermont-ferrand'] };
  };

  beforeAll(async () => {
    t = await startTestApp({ now: () => clock });
    admin = await t.signIn(DEMO.clermontAdmin);
  });
  afterAll(() => t.close());

  // Clermont has no demo convention, so every action the job reports is about this one.
  it('reminds an unsigned signer weekly, warns 60 and 30 days before the end, then expires', async () => {
    at('2027-01-04');
    const templateId = (
      await (
        await t.request('/api/t/ville-de-clermont-ferrand/convention-templates', { cookie: admin })
      ).json()
    ).items[0].id;
    const partner = (
      await (
        await t.request('/api/t/ville-de-clermont-ferrand/organizations', {
          method: 'POST',
          cookie: admin,
          body: JSON.stringify({
            kind: 'company',
            name: 'Boulangerie des Volcans',
            siret: withLuhnKey('6300000040001'),
          }),
        })
      ).json()
    ).id;
    const created = await (
      await t.request('/api/t/ville-de-clermont-ferrand/conventions', {
        method: 'POST',
        cookie: admin,
        body: JSON.stringify({
          templateId,
          partnerOrganizationId: partner,
          startDate: '2027-02-01',
          commitments: [{ type: 'job_discovery_days', quantityPerYear: 1 }],
          signers: [
            {
              role: 'partner_representative',
              name: 'Marc Dupont',
              title: 'Directeur',
              email: 'gerant@volcans.example',
            },
            {
              role: 'tenant_representative',
              name: 'Gil Brial',
              title: 'Vice-président',
              email: 'adjointe@clermont.example',
            },
          ],
        }),
      })
    ).json();
    await t.request(`/api/t/ville-de-clermont-ferrand/conventions/${created.id}/send`, {
      method: 'POST',
      cookie: admin,
    });
    expect(await mailsTo('gerant@volcans.example')).toHaveLength(1);

    at('2027-01-10');
    expect((await runJob()).actions).toBe(0);
    at('2027-01-11');
    expect((await runJob()).actions).toBe(1);
    expect((await mailsTo('gerant@volcans.example')).at(-1)).toMatch(/^Rappel — Convention à signer/);
    expect((await runJob()).actions).toBe(0);

    for (const email of ['gerant@volcans.example', 'adjointe@clermont.example']) {
      const token = (await t.latestMailTo(email))?.text.match(/signer\/([\w-]+)/)?.[1];
      const opened = await (
        await t.request(`/api/public/t/ville-de-clermont-ferrand/signing/${token}`)
      ).json();
      const signed = await t.request(`/api/public/t/ville-de-clermont-ferrand/signing/${token}/sign`, {
        method: 'POST',
        body: JSON.stringify({ consent: true, documentSha256: opened.documentSha256 }),
      });
      expect(signed.status).toBe(200);
    }
    const active = await (
      await t.request(`/api/t/ville-de-clermont-ferrand/conventions/${created.id}`, { cookie: admin })
    ).json();
    expect(active).toMatchObject({ status: 'active', endDate: '2030-01-31' });

    at(addDays('2030-01-31', -61));
    expect((await runJob()).actions).toBe(0);
    at(addDays('2030-01-31', -60));
    expect((await runJob()).actions).toBe(1);
    expect((await mailsTo(DEMO.clermontAdmin)).at(-1)).toBe(`Échéance dans 60 jours : ${active.title}`);
    expect((await runJob()).actions).toBe(0);
    at(addDays('2030-01-31', -45));
    expect((await runJob()).actions).toBe(0);
    at(addDays('2030-01-31', -30));
    expect((await runJob()).actions).toBe(1);
    expect((await mailsTo(DEMO.clermontAdmin)).at(-1)).toBe(`Échéance dans 30 jours : ${active.title}`);
    at('2030-01-31');
    expect((await runJob()).actions).toBe(0);
    at('2030-02-01');
    expect((await runJob()).actions).toBe(1);
    const ended = await (
      await t.request(`/api/t/ville-de-clermont-ferrand/conventions/${created.id}`, { cookie: admin })
    ).json();
    expect(ended.status).toBe('expired');
    expect(ended.trail.map((e: { type: string }) => e.type).filter((x: string) => x !== 'opened')).toEqual([
      'created',
      'sent',
      'reminded',
      'signed',
      'countersigned',
      'activated',
      'expiry_reminder',
      'expiry_reminder',
      'expired',
    ]);
    expect(ended.trailVerified).toBe(true);
  });
});
