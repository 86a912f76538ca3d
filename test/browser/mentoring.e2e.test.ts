import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.ts';
import { pageSignedInAs } from '../support/browser-sign-in.ts';
import { serveDemoApp } from '../support/demo-app.ts';

const T = '/t/province-sud';

// Province Sud's mentoring, end to end in headless Chromium against the real server: the admin
// sets up a program, the Calédonienne des Eaux names a mentor, a collège nominates a pupil, the
// guardian authorises, the admin runs the matching and reads the breakdown, the mentor accepts
// and logs a meeting.
describe('a mentoring program from setup to the first meeting, end to end', () => {
  const app = serveDemoApp();
  let page: Page;

  /** A fresh browser context per person: nobody inherits someone else's session. */
  const as = async (email: string) => {
    page = await pageSignedInAs({ app, replacing: page, email });
  };
  const heading = () => page.getByRole('heading', { level: 1 }).waitFor();

  it('the province admin sets up a program', async () => {
    await as('jeunesse@province-sud.example');
    await page.goto(`${app.url}${T}/mentorat`);
    await heading();
    // With no program yet, the form is open from the start.
    const opener = page.getByRole('button', { name: 'Nouveau programme' });
    if (await opener.isVisible()) await opener.click();
    await page.getByLabel('Nom du programme').fill('Mentorat collégiens 2026-2027');
    await page.getByLabel('Année scolaire').fill('2026-2027');
    for (const level of ['5e', '4e', '3e'])
      await page.getByRole('checkbox', { name: level, exact: true }).check();
    await expectNoAxeViolations(page, 'program form');
    await page.getByRole('button', { name: 'Créer le programme' }).click();
    await page.getByRole('heading', { level: 1, name: /Mentorat collégiens 2026-2027/ }).waitFor();
  });

  it('the partner names a mentor, the collège nominates a pupil, the guardian authorises', async () => {
    await as('referent@cde.example');
    await page.goto(`${app.url}${T}/mes-mentors`);
    await heading();
    await page.getByRole('button', { name: /Proposer un mentor pour « Mentorat collégiens/ }).click();
    await page.getByLabel('Prénom').fill('Marie');
    await page.getByLabel('Nom', { exact: true }).fill('Wamytan');
    await page.getByLabel('Adresse électronique').fill('m.wamytan@cde.example');
    await page.getByLabel('Famille de métiers').selectOption('environnement');
    await page.getByLabel('Métier exercé').fill('Ingénieure traitement de l’eau');
    await page.getByRole('checkbox', { name: 'Mercredi après-midi' }).check();
    await expectNoAxeViolations(page, 'partner: name a mentor');
    await page.getByRole('button', { name: 'Proposer ce mentor' }).click();
    await page
      .getByText(/Marie Wamytan/)
      .first()
      .waitFor();

    await as('principal@college-mariotti.example');
    await page.goto(`${app.url}${T}/mes-eleves`);
    await heading();
    await page
      .getByRole('button', { name: /Proposer un·e élève|Proposer un élève/ })
      .first()
      .click();
    await page.getByLabel('Prénom').fill('Kenji');
    await page.getByLabel('Nom', { exact: true }).fill('Tein');
    await page.getByLabel('Date de naissance').fill('2013-04-02');
    await page.getByLabel('Niveau').selectOption('4e');
    await page.getByRole('checkbox', { name: 'Environnement, eau et espaces verts' }).check();
    await page.getByRole('checkbox', { name: 'Mercredi après-midi' }).check();
    await page.getByLabel('Motif de la proposition').selectOption('no_network');
    await page
      .getByLabel(/Adresse électronique du représentant|représentant légal|responsable légal/)
      .fill('famille.tein@example.org');
    await expectNoAxeViolations(page, 'school: nominate');
    await page.getByRole('button', { name: 'Proposer l’élève' }).click();
    await page.getByText(/Kenji/).first().waitFor();

    await page.goto(
      await app.mailedLink(
        'famille.tein@example.org',
        /https?:\/\/\S+\/t\/province-sud\/autorisation\/[\w-]+/,
      ),
    );
    await heading();
    await page.getByLabel('Vos nom et prénom').fill('Anne Tein');
    await page.getByLabel('Votre lien avec Kenji').selectOption('mere');
    await page.getByRole('checkbox', { name: /Partager le prénom/ }).check();
    await page.getByRole('checkbox', { name: /Participer à des rencontres/ }).check();
    await page.getByRole('checkbox', { name: /j’autorise sa participation/ }).check();
    await expectNoAxeViolations(page, 'guardian authorisation');
    await page.getByRole('button', { name: 'Donner mon autorisation' }).click();
    await page
      .getByText(/autorisation.*enregistrée|Merci/i)
      .first()
      .waitFor();
  });

  it('the admin records the check, the mentor signs the charter, the matching explains its proposal', async () => {
    await as('jeunesse@province-sud.example');
    await page.goto(`${app.url}${T}/mentorat`);
    await page.getByRole('link', { name: /Mentorat collégiens 2026-2027/ }).click();
    await heading();
    await page.getByRole('tab', { name: 'Mentors' }).click();
    await page
      .getByRole('button', { name: /Enregistrer un contrôle/ })
      .first()
      .click();
    await page.getByRole('radio', { name: /Favorable/ }).check();
    await page.getByLabel('Fin de validité').fill('2029-09-01');
    await page.getByLabel('Contrôle fait par').fill('Direction de la jeunesse');
    await page.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    await page
      .getByText(/valable jusqu’au|Valide|2029/)
      .first()
      .waitFor();

    await as('m.wamytan@cde.example');
    await page.goto(`${app.url}${T}/mon-mentorat`);
    await heading();
    await page
      .getByRole('checkbox', { name: 'J’ai lu la charte du mentor et je m’engage à la respecter.' })
      .check();
    await page.getByRole('button', { name: 'Accepter la charte' }).click();
    await page
      .getByText(/charte.*(acceptée|signée)/i)
      .first()
      .waitFor();

    await as('jeunesse@province-sud.example');
    await page.goto(`${app.url}${T}/mentorat`);
    await page.getByRole('link', { name: /Mentorat collégiens 2026-2027/ }).click();
    await heading();
    await page.getByRole('tab', { name: 'Appariement' }).click();
    await page.getByRole('button', { name: 'Lancer l’appariement' }).click();
    await page.getByText(/Kenji/).first().waitFor();
    await page
      .getByText(/Marie Wamytan/)
      .first()
      .waitFor();
    await page
      .getByRole('table')
      .filter({ hasText: /Intérêt|Disponibilit/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'matching with breakdown');
  });

  it('the mentor accepts, sets the first meeting and logs it', async () => {
    await as('m.wamytan@cde.example');
    await page.goto(`${app.url}${T}/mon-mentorat`);
    await heading();
    await page.getByRole('button', { name: 'Accepter d’accompagner Kenji' }).click();
    // A meeting is logged once it has happened: two days ago, whatever day the test runs.
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Date de la première rencontre').fill(twoDaysAgo);
    await page.getByRole('button', { name: 'Enregistrer la date' }).click();
    await page.getByRole('button', { name: 'Noter la rencontre' }).waitFor();
    await page.getByLabel('Date de la rencontre').fill(twoDaysAgo);
    await page.getByLabel('Durée').fill('90');
    await expectNoAxeViolations(page, 'mentor: log a meeting');
    await page.getByRole('button', { name: 'Noter la rencontre' }).click();
    await page
      .getByText(/Rencontre du .* avec Kenji notée\./)
      .first()
      .waitFor();
    const me = await (await page.request.get(`${app.url}/api${T}/mentoring/me`)).json();
    expect(me.pairs[0]).toMatchObject({ status: 'active', meetings: 1, mentee: { firstName: 'Kenji' } });
  });
});
