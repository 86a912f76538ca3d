import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { withLuhnKey } from '../../workers/api/src/demo/demo-data.ts';
import { expectNoAxeViolations } from '../support/browser.ts';
import { signInThroughOutbox } from '../support/browser-sign-in.ts';
import { serveDemoApp } from '../support/demo-app.ts';

// A company goes from the public engagement path to an active convention, signed by both sides
// through the links they receive, and the authority downloads the signed PDF: the real server and
// SPA, with demo data, driven in headless Chromium.
describe('a partner convention signed online, end to end', () => {
  const app = serveDemoApp();
  let page: Page;
  const SLN = withLuhnKey('9880000030001');

  beforeAll(async () => {
    page = await app.browser.newPage();
  });

  it('engages a company through the public path', async () => {
    await page.goto(`${app.url}/t/province-sud/engager`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'engagement: programme');
    await page.getByLabel(/Partenariat mentorat/).check();
    await page.getByRole('button', { name: 'Continuer' }).click();

    await page.getByLabel('Numéro SIRET').fill(SLN);
    await page.getByRole('button', { name: 'Rechercher l’établissement' }).click();
    await page.getByText('SOCIETE LE NICKEL').waitFor();
    await expectNoAxeViolations(page, 'engagement: company');
    await page.getByRole('button', { name: 'Oui, c’est ma structure : continuer' }).click();

    await page.getByLabel('Nom et prénom du ou de la signataire').fill('Jeanne Kowasch');
    await page.getByLabel('Qualité du ou de la signataire').fill('Présidente');
    await page.getByLabel('Adresse électronique du ou de la signataire').fill('presidente@sln.example');
    await page.getByLabel('Nom et prénom du ou de la référente').fill('Paul Néaoutyine');
    await page.getByLabel('Adresse électronique du ou de la référente').fill('rse@sln.example');
    await page.getByRole('button', { name: 'Continuer' }).click();

    await page.getByLabel('Mentors bénévoles parmi les salariés').fill('2');
    await page.getByLabel('Places de stage d’observation de 3e').fill('3');
    // The path refuses a start in the past: next 1 January, whatever year the test runs.
    const nextJanuary = `${new Date().getUTCFullYear() + 1}-01-01`;
    await page.getByLabel('Date de début de la convention').fill(nextJanuary);
    await expectNoAxeViolations(page, 'engagement: commitments');
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expectNoAxeViolations(page, 'engagement: review');
    await page.getByRole('button', { name: 'Envoyer la convention pour signature' }).click();
    await page
      .getByText('La convention a été envoyée à presidente@sln.example pour signature')
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'engagement: sent');
  });

  it('is signed by the company, then countersigned by the province, through their links', async () => {
    for (const [email, done] of [
      ['presidente@sln.example', /D’autres signatures sont attendues/],
      ['jeunesse@province-sud.example', /Toutes les parties ont signé/],
    ] as const) {
      await page.goto(await app.mailedLink(email, /https?:\/\/\S+\/t\/province-sud\/signer\/[\w-]+/));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoAxeViolations(page, `signing page (${email})`);
      await page.getByRole('button', { name: 'Signer la convention' }).click();
      await page.getByText('Cochez la case pour confirmer votre accord.').first().waitFor();
      await page.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Signer la convention' }).click();
      await page.getByText(done).waitFor();
      await expectNoAxeViolations(page, `signed (${email})`);
    }
    const copy = page.getByRole('link', { name: /Télécharger la convention signée/ });
    const response = await page.request.get(new URL((await copy.getAttribute('href'))!, app.url).toString());
    expect(response.headers()['content-type']).toBe('application/pdf');
  });

  it('shows the province admin an active convention and its signed PDF', async () => {
    await signInThroughOutbox({
      page,
      app,
      email: 'jeunesse@province-sud.example',
      landing: /\/t\/province-sud/,
    });

    const conventions = await (
      await page.request.get(`${app.url}/api/t/province-sud/conventions?q=nickel`)
    ).json();
    const convention = conventions.items[0];
    expect(convention.status).toBe('active');
    await page.goto(`${app.url}/t/province-sud/conventions/${convention.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Active').first().waitFor();
    await expectNoAxeViolations(page, 'convention detail');
    const finalLink = page.locator(`a[href$="/conventions/${convention.id}/final.pdf"]`).first();
    const pdf = await page.request.get(new URL((await finalLink.getAttribute('href'))!, app.url).toString());
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdf.body();
    const verdict = await (
      await page.request.post(`${app.url}/api/public/verify`, {
        headers: { 'content-type': 'application/pdf' },
        data: bytes,
      })
    ).json();
    expect(verdict).toMatchObject({
      verdict: 'authentic',
      kind: 'final',
      convention: { reference: convention.id },
    });
  });
});
