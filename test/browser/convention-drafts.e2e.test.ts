import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.ts';
import { pageSignedInAs } from '../support/browser-sign-in.ts';
import { serveDemoApp } from '../support/demo-app.ts';

// The Province Sud coordinator corrects a draft's mistyped signer address, then withdraws another
// draft with a reason and finds it again through the status filter: the real server and SPA.
describe('correcting and withdrawing draft conventions, end to end', () => {
  const app = serveDemoApp();
  let page: Page;
  const drafts = { toCorrect: '', toWithdraw: '' };
  const api = (path: string) => `${app.url}/api/t/province-sud${path}`;

  beforeAll(async () => {
    page = await pageSignedInAs({
      app,
      email: 'jeunesse@province-sud.example',
      landing: /\/t\/province-sud/,
    });
    const templateId = (await (await page.request.get(api('/convention-templates'))).json()).items[0].id;
    const cde = (await (await page.request.get(api('/organizations?q=caledonienne'))).json()).items[0].id;
    for (const key of ['toCorrect', 'toWithdraw'] as const) {
      const created = await page.request.post(api('/conventions'), {
        data: {
          templateId,
          partnerOrganizationId: cde,
          startDate: '2027-01-01',
          commitments: [{ type: 'volunteer_mentors', quantityPerYear: 2 }],
          signers: [
            {
              role: 'partner_representative',
              name: 'Hélène Wamytan',
              title: 'Directrice générale',
              email: 'dg@cde.exmaple',
            },
            {
              role: 'tenant_representative',
              name: 'Gil Brial',
              title: 'Vice-président',
              email: 'vp@province-sud.example',
            },
          ],
        },
      });
      expect(created.status()).toBe(201);
      drafts[key] = (await created.json()).id;
    }
  });

  it('corrects the partner signer’s mistyped address from the draft’s page', async () => {
    await page.goto(`${app.url}/t/province-sud/conventions/${drafts.toCorrect}`);
    await page.getByText('Brouillon', { exact: true }).first().waitFor();
    await expectNoAxeViolations(page, 'draft detail');
    await page.getByRole('link', { name: 'Modifier' }).click();
    await page.getByRole('heading', { level: 1, name: 'Corriger le brouillon' }).waitFor();
    const partnerSigner = page.getByRole('group', { name: /Pour le partenaire/ });
    const email = partnerSigner.getByLabel('Adresse électronique');
    expect(await email.inputValue()).toBe('dg@cde.exmaple');
    await expectNoAxeViolations(page, 'edit form');

    await email.fill('dg@cde');
    await page.getByRole('button', { name: 'Enregistrer les corrections' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Saisissez une adresse électronique valide.' });
    await summary.waitFor();
    await expectNoAxeViolations(page, 'edit form with an error');

    await email.fill('dg@cde.example');
    await page.getByRole('button', { name: 'Enregistrer les corrections' }).click();
    await page.getByText('Le brouillon est corrigé.').waitFor();
    expect(page.url()).toMatch(new RegExp(`/conventions/${drafts.toCorrect}$`));
    const signers = page.getByRole('table', { name: /Signataires/ });
    await signers.getByText('dg@cde.example', { exact: true }).waitFor();
    expect(await signers.getByText('dg@cde.exmaple').count()).toBe(0);
    await page.getByText('modifié : adresse électronique de « Pour le partenaire »').waitFor();
    await expectNoAxeViolations(page, 'corrected draft');
  });

  it('withdraws the other draft with a reason, then finds it through the “Retirée” filter', async () => {
    await page.goto(`${app.url}/t/province-sud/conventions/${drafts.toWithdraw}`);
    await page.getByRole('button', { name: 'Retirer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Retirer ce brouillon ?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Retirer la convention' }).click();
    await dialog.getByText('Indiquez le motif du retrait.').waitFor();
    await expectNoAxeViolations(page, 'withdraw dialog');
    await dialog.getByLabel('Motif du retrait').fill('Brouillon fait en double');
    await dialog.getByRole('button', { name: 'Retirer la convention' }).click();

    await page.getByText('Le brouillon est retiré.').waitFor();
    await page.getByText('Retirée', { exact: true }).first().waitFor();
    await page.getByText('Motif du retrait :').waitFor();
    await page.getByText('Brouillon fait en double').first().waitFor();
    expect(await page.getByRole('link', { name: 'Modifier' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'withdrawn convention');

    await page.goto(`${app.url}/t/province-sud/conventions`);
    await page
      .getByRole('status')
      .filter({ hasText: /convention/ })
      .waitFor();
    expect(await page.getByText(`Réf. ${drafts.toWithdraw}`).count()).toBe(0);
    await page.getByText(`Réf. ${drafts.toCorrect}`).waitFor();
    await page.getByRole('radio', { name: 'Retirée' }).check();
    await page.getByText(`Réf. ${drafts.toWithdraw}`).waitFor();
    expect(await page.getByText(`Réf. ${drafts.toCorrect}`).count()).toBe(0);
    await expectNoAxeViolations(page, 'list filtered on withdrawn');

    await page
      .getByRole('link', { name: /Calédonienne des Eaux/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Repartir de cette convention' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle convention' }).waitFor();
    const email = page.getByRole('group', { name: /Pour le partenaire/ }).getByLabel('Adresse électronique');
    await email.waitFor();
    expect(await email.inputValue()).toBe('dg@cde.exmaple');
    await expectNoAxeViolations(page, 'new draft from a withdrawn one');
  });

  it('tells a signer whose convention was withdrawn after sending that there is nothing left to sign', async () => {
    // The corrected draft is sent: its link goes to the corrected address.
    const sent = { id: drafts.toCorrect };
    await page.request.post(api(`/conventions/${sent.id}/send`), { data: {} });
    const link = await app.mailedLink('dg@cde.example', /https?:\/\/\S+\/t\/province-sud\/signer\/[\w-]+/);
    await page.goto(`${app.url}/t/province-sud/conventions/${sent.id}`);
    await page.getByRole('button', { name: 'Retirer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Retirer la convention de la signature ?' });
    await dialog.getByText('Hélène Wamytan (Pour le partenaire) reçoit un courriel avec ce motif.').waitFor();
    await dialog.getByLabel('Motif du retrait').fill('Engagements à revoir avec le partenaire');
    await dialog.getByRole('button', { name: 'Retirer la convention' }).click();
    await page.getByText('La convention est retirée : ses liens de signature ne fonctionnent plus').waitFor();

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Cette convention a été retirée' }).waitFor();
    await page.getByText('elle ne peut plus être signée ni refusée').waitFor();
    expect(await page.getByRole('button', { name: 'Signer la convention' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'withdrawn signing link');
  });
});
