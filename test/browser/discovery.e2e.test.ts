import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.ts';
import { freshPage, pageSignedInAs } from '../support/browser-sign-in.ts';
import { serveDemoApp } from '../support/demo-app.ts';

const T = '/t/ville-de-clermont-ferrand';
const sample = fileURLToPath(new URL('../fixtures/annuaire-education-sample.csv', import.meta.url));

// Clermont-Ferrand's Pass'3e in headless Chromium against the real server and its demo program:
// schools imported, quotas, a collège nominates, the guardian authorises, groups and the week
// planned, a tutor marks attendance, the pupil fills a booklet day, the summary is printed.
describe('Pass’3e from the schools import to the summary, end to end', () => {
  const app = serveDemoApp();
  let page: Page;

  /** A fresh browser context per person: nobody inherits someone else's session. */
  const fresh = async () => {
    page = await freshPage({ browser: app.browser, replacing: page });
  };
  const as = async (email: string) => {
    page = await pageSignedInAs({ app, replacing: page, email, landing: /\/t\// });
  };
  const openProgram = async () => {
    await page.goto(`${app.url}${T}/pass3e`);
    await page.getByRole('table').getByRole('link', { name: 'Pass’3e' }).click();
    await page.getByRole('tab', { name: 'Établissements' }).waitFor();
  };

  it('imports the schools directory (preview, then the valid lines) and computes the quotas', async () => {
    await as('mission.egalite@clermont-ferrand.example');
    await openProgram();
    await page.getByRole('tab', { name: 'Établissements' }).click();
    await page.getByLabel('Fichier CSV de l’annuaire').setInputFiles(sample);
    await page.getByRole('button', { name: 'Prévisualiser l’import' }).click();
    await page.getByRole('table', { name: /Lignes rejetées/ }).waitFor();
    await expectNoAxeViolations(page, 'schools import preview');
    await page
      .getByRole('checkbox', { name: 'Importer les lignes valides et laisser de côté les lignes rejetées' })
      .check();
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('Import terminé.').waitFor();

    await page.getByRole('tab', { name: 'Quotas' }).click();
    await page.getByRole('button', { name: 'Calculer les quotas' }).click();
    await page
      .getByText(/Collège Albert-Camus/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'quotas');
  });

  it('a collège nominates a pupil and the guardian authorises', async () => {
    await as('principal@college-camus.example');
    await page.goto(`${app.url}${T}/mes-eleves-pass3e`);
    await page
      .getByRole('button', { name: /Proposer un·e élève/ })
      .first()
      .click();
    await page.getByLabel('Prénom').fill('Capucine');
    await page.getByLabel('Nom', { exact: true }).fill('Mansouri');
    await page.getByRole('radio', { name: 'Fille' }).check();
    await page.getByLabel('1er choix').selectOption('sante');
    await page.getByLabel('Pourquoi cet élève').fill('Pas de réseau pour trouver un stage.');
    await page
      .getByLabel('Adresse électronique du ou de la responsable légal·e')
      .fill('famille.mansouri@example.org');
    await expectNoAxeViolations(page, 'school: nominate');
    await page.getByRole('button', { name: 'Proposer l’élève' }).click();
    await page
      .getByText(/Capucine/)
      .first()
      .waitFor();

    await fresh();
    await page.goto(
      await app.mailedLink('famille.mansouri@example.org', /https?:\/\/\S+\/pass3e\/autorisation\/[\w-]+/),
    );
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Vos nom et prénom').fill('Samia Mansouri');
    await page.getByLabel('Votre lien avec Capucine').selectOption('mere');
    await page.getByRole('checkbox', { name: /j’autorise sa participation/ }).check();
    await expectNoAxeViolations(page, 'guardian authorisation');
    await page.getByRole('button', { name: 'Donner mon autorisation' }).click();
    await page
      .getByText(/autorisation.*enregistrée|Merci/i)
      .first()
      .waitFor();
  });

  it('forms the groups, plans the week and sends a pupil’s internship convention', async () => {
    await as('mission.egalite@clermont-ferrand.example');
    await openProgram();
    await page.getByRole('tab', { name: 'Groupes' }).click();
    await page.getByRole('button', { name: 'Former les groupes' }).click();
    await page
      .getByText(/Capucine/)
      .first()
      .waitFor();
    await page.getByRole('tab', { name: 'Planning' }).click();
    await page.getByRole('button', { name: 'Calculer le planning' }).click();
    await page
      .getByRole('button', { name: /Déplacer/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'planning');

    // Capucine's internship convention goes out for signature, reusing the convention signing.
    await page.getByRole('tab', { name: 'Élèves' }).click();
    await page.getByRole('button', { name: /Envoyer la convention de stage\s+de Capucine/ }).click();
    await page.getByText(/La convention de stage de Capucine est envoyée pour signature/).waitFor();
    const toGuardian = (await app.outbox()).filter((m) => m.to === 'famille.mansouri@example.org');
    expect(toGuardian.some((m) => /\/signer\//.test(m.text))).toBe(false); // the collège signs first
    await page.getByRole('link', { name: /Convention de stage\s+de Capucine/ }).waitFor();
  });

  it('a tutor marks attendance and the pupil fills a booklet day', async () => {
    await as('k.haddad@clermont-ferrand.example');
    await page.goto(`${app.url}${T}/mes-groupes`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('checkbox').first().check();
    await page
      .getByRole('button', { name: /Enregistrer les présences/ })
      .first()
      .click();
    await page
      .getByText(/Enregistré/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'tutor attendance');

    await fresh();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(
      await app.mailedLink('famille.mansouri@example.org', /https?:\/\/\S+\/pass3e\/livret\/[\w-]+/),
    );
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Ce que j’ai vu').fill('Une crèche municipale et ses équipes.');
    await page.getByLabel('La personne que j’ai interviewée').fill('Élodie Martin');
    await page.getByLabel('Son métier').fill('Auxiliaire de puériculture');
    await page.getByRole('button', { name: 'Enregistrer cette page' }).click();
    await page
      .getByText(/Enregistré/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'booklet on a phone');
  });

  it('prints the summary for elected officials', async () => {
    await as('mission.egalite@clermont-ferrand.example');
    await openProgram();
    await page.getByRole('tab', { name: 'Bilan' }).click();
    const pdfLink = page.getByRole('link', { name: 'Télécharger le bilan (PDF)' });
    const pdf = await page.request.get(new URL((await pdfLink.getAttribute('href'))!, app.url).toString());
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await expectNoAxeViolations(page, 'summary');
  });
});
