import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.ts';
import { pageSignedInAs } from '../support/browser-sign-in.ts';
import { serveDemoApp } from '../support/demo-app.ts';

// The shared indicators in headless Chromium against the real server, seeded with the demo
// tenants (which pushed their indicators for this month and the two before): the national
// coordination compares tenants and reads a series; Suresnes reads its own figures against the
// national median and pushes now.
describe('shared indicators, national dashboard and a tenant’s page', () => {
  const app = serveDemoApp();
  let page: Page;

  /** A fresh browser context per person: nobody inherits someone else's session. */
  const as = async (email: string) => {
    page = await pageSignedInAs({ app, replacing: page, email });
  };

  it('the national coordination compares the tenants, hidden cells shown as "< 5" and explained', async () => {
    await as('coordination@collectif-mentorat.example');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Indicateurs nationaux' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Indicateurs nationaux' }).waitFor();
    const table = page.getByRole('table', { name: /Indicateurs clés/ });
    await table.waitFor();
    const row = (name: RegExp) => table.getByRole('row', { name });
    // Clermont-Ferrand's 23 pupils; Suresnes' four students are under the threshold.
    await expect(
      row(/Ville de Clermont-Ferrand/)
        .getByRole('cell')
        .first()
        .textContent(),
    ).resolves.toBe('23');
    await expect(
      row(/Ville de Suresnes/)
        .getByRole('cell')
        .first()
        .textContent(),
    ).resolves.toContain('< 5');
    await expect(
      row(/Médiane nationale/)
        .getByRole('cell')
        .first()
        .textContent(),
    ).resolves.toContain('11,5');
    await page.getByText(/secret statistique\. Une case qui décrirait moins de 5 personnes/).waitFor();
    await expectNoAxeViolations(page, 'national indicators');

    const csv = await page.getByRole('link', { name: 'Exporter ce mois en CSV' }).getAttribute('href');
    const response = await page.request.get(`${app.url}${csv}`);
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('secret statistique (< 5)');
  });

  it('reads the series as a chart and as a table, then narrows to one scope', async () => {
    await page.getByRole('img', { name: /Jeunes accompagnés — Ensemble, Tous les programmes/ }).waitFor();
    await page.getByText('Voir les données du graphique').click();
    const data = page.getByRole('table', { name: /données/ });
    // Computed from the same data as of each month's last day: the pupils arrived this month.
    const cells = await data
      .getByRole('row', { name: /Ville de Clermont-Ferrand/ })
      .getByRole('cell')
      .allTextContents();
    expect(cells).toEqual(['0', '0', '23']);
    await data.getByRole('row', { name: /Médiane nationale/ }).waitFor();
    await expectNoAxeViolations(page, 'national indicators: series');

    await page.getByLabel('Périmètre').selectOption({ label: 'Stages de découverte' });
    await page.getByRole('button', { name: 'Afficher', exact: true }).click();
    await page.getByRole('table', { name: /Indicateurs clés — .*, Stages de découverte/ }).waitFor();
    await page
      .getByLabel('Indicateur', { exact: true })
      .selectOption({ label: 'Élèves en stage de découverte' });
    await page.getByRole('button', { name: 'Afficher l’évolution' }).click();
    await page
      .getByRole('img', { name: /Élèves en stage de découverte — Ensemble, Stages de découverte/ })
      .waitFor();
    await expectNoAxeViolations(page, 'national indicators: one scope');
  });

  it('a tenant admin reads its own figures against the national median and pushes now', async () => {
    await as('drh@suresnes.example');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Indicateurs', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Indicateurs' }).waitFor();
    await page.getByText(/Dernier envoi le/).waitFor();
    const young = page.getByRole('row', { name: /^Jeunes accompagnés/ }).first();
    // Its own four students: shown to it, marked as hidden nationally, next to the median.
    expect(await young.getByRole('cell').allTextContents()).toEqual([
      '4',
      'Masquée : moins de 5 personnes',
      expect.stringContaining('11,5'),
    ]);
    await expectNoAxeViolations(page, 'tenant indicators');

    await page.getByRole('button', { name: 'Envoyer les indicateurs maintenant' }).click();
    const notice = page.getByRole('status').filter({ hasText: /Indicateurs de .* envoyés/ });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/cases, dont \d+ masquées par le secret statistique/);
    await expect(notice.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expectNoAxeViolations(page, 'tenant indicators: pushed');
  });
});
