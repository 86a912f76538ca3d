import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.ts';
import { pageSignedInAs } from '../support/browser-sign-in.ts';
import { serveDemoApp } from '../support/demo-app.ts';

// National replication end to end in headless Chromium against the real server: the national
// coordinator publishes Suresnes' mentoring program as a template, replicates it into Clermont-
// Ferrand and Province Sud, publishes version 2 (a weight, the duration, a convention article);
// Province Sud, which had shortened the duration itself, applies the weight and the article and
// keeps its duration.
describe('a program template from one tenant, replicated, versioned and applied field by field', () => {
  const app = serveDemoApp();
  let page: Page;
  let templatePath = '';

  /** A fresh browser context per person: nobody inherits someone else's session. */
  const as = async (email: string) => {
    page = await pageSignedInAs({ app, replacing: page, email, timeout: 10_000 });
  };
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();
  const nav = () => page.getByRole('navigation', { name: 'Navigation principale' });
  const text = async (locator: ReturnType<Page['locator']>) =>
    ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');

  it('the national coordinator publishes Suresnes’ mentoring program as a template', async () => {
    await as('coordination@collectif-mentorat.example');
    await nav().getByRole('link', { name: 'Modèles de programmes' }).click();
    await heading('Modèles de programmes');
    await expectNoAxeViolations(page, 'national catalogue');

    await page.getByRole('button', { name: 'Publier un modèle' }).click();
    await page.getByLabel('Collectivité d’origine').selectOption({ label: 'Ville de Suresnes' });
    await page.getByRole('radio', { name: /Agents mentors de lycéens professionnels — Mentorat/ }).check();
    await page.getByLabel('Nom du modèle').fill('Mentorat des agents');
    expect(await page.getByLabel('Identifiant du modèle').inputValue()).toBe('mentorat-des-agents');
    await page
      .getByLabel('Résumé')
      .fill('Des agents de la ville mentorent des lycéens professionnels sur leur temps de travail.');
    await page.getByLabel('Notes de version').fill('Première version, issue du programme de Suresnes.');
    await expectNoAxeViolations(page, 'publish a template');
    await page.getByRole('button', { name: 'Publier le modèle' }).click();

    await heading('Mentorat des agents');
    await page.getByText('Le modèle « Mentorat des agents » est publié en version 1.0.0.').waitFor();
    templatePath = new URL(page.url()).pathname;
    // The definition reads as a program sheet: the weights, the convention's articles.
    const weights = page.getByRole('table', { name: 'Poids de chaque critère, de 0 à 10' });
    expect(await text(weights.getByRole('row', { name: /Centres d’intérêt et métier/ }))).toContain('3');
    await page
      .getByText(/^Article 1 — /)
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'template detail');
  });

  it('replicates it into Clermont-Ferrand and Province Sud and watches both finish', {
    timeout: 60_000,
  }, async () => {
    await page.getByRole('button', { name: 'Répliquer dans des collectivités' }).click();
    await page.getByRole('checkbox', { name: /^Ville de Clermont-Ferrand/ }).check();
    await page.getByRole('checkbox', { name: /^Province Sud/ }).check();
    await expectNoAxeViolations(page, 'replicate form');
    await page.getByRole('button', { name: 'Lancer la réplication' }).click();

    await heading('Réplication de « Mentorat des agents »');
    await page
      .getByRole('status')
      .filter({ hasText: 'Réplication terminée : 2 collectivités sur 2 traitées.' })
      .waitFor({ timeout: 30_000 });
    const bar = page.getByRole('progressbar', { name: 'Progression' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('2');
    for (const name of ['Ville de Clermont-Ferrand', 'Province Sud']) {
      expect(await text(page.getByRole('row', { name: new RegExp(name) }))).toContain('Terminé');
    }
    await expectNoAxeViolations(page, 'replication done');
    const report = await page.request.get(
      `${app.url}${await page.getByRole('link', { name: 'Télécharger le rapport (CSV)' }).getAttribute('href')}`,
    );
    expect(report.status()).toBe(200);
    expect(await report.text()).toContain('Province Sud');
  });

  it('Province Sud shortens the duration of its copy', async () => {
    await as('jeunesse@province-sud.example');
    const adopted = await (await page.request.get(`${app.url}/api/t/province-sud/templates/adopted`)).json();
    const programId = adopted.items[0].program.id as string;
    const patched = await page.request.patch(
      `${app.url}/api/t/province-sud/mentoring/programs/${programId}`,
      {
        data: { durationMonths: 9 },
      },
    );
    expect(patched.status()).toBe(200);
  });

  it('the coordinator publishes version 2.0.0: a weight, the duration, a new convention article', async () => {
    await as('coordination@collectif-mentorat.example');
    await page.goto(`${app.url}${templatePath}`);
    await heading('Mentorat des agents');
    await page.getByRole('button', { name: 'Publier une nouvelle version' }).click();
    await page.getByLabel('Centres d’intérêt et métier', { exact: true }).fill('5');
    await page.getByLabel('Durée de l’accompagnement (mois)', { exact: true }).fill('12');
    await page.getByRole('button', { name: 'Ajouter un article' }).click();
    await page.keyboard.type('Données personnelles');
    await page
      .getByRole('group', { name: /^Article \d+$/ })
      .last()
      .getByLabel('Texte de l’article')
      .fill('Les données des jeunes sont traitées par {{collectivite}} selon le RGPD.');
    await page
      .getByLabel('Notes de version')
      .fill('Poids des centres d’intérêt relevé ; accompagnement porté à 12 mois ; article sur les données.');
    await expectNoAxeViolations(page, 'new version form');
    await page.getByRole('button', { name: 'Publier la version 2.0.0' }).click();
    await page.getByText(/La version 2\.0\.0 est publiée\./).waitFor();
    await page.getByText('Poids des centres d’intérêt relevé', { exact: false }).first().waitFor();
  });

  it('Province Sud applies the weight and the article and keeps its own duration', async () => {
    await as('jeunesse@province-sud.example');
    await nav().getByRole('link', { name: 'Modèles nationaux' }).click();
    await heading('Modèles nationaux');
    const row = page.getByRole('row', { name: /Mentorat des agents/ });
    expect(await text(row)).toContain('Mise à jour disponible : 2.0.0');
    expect(await text(row)).toContain('1 champ modifié');
    await expectNoAxeViolations(page, 'tenant: adopted templates');
    await row.getByRole('link', { name: 'Mentorat des agents' }).click();

    await heading('Mentorat des agents');
    const table = page.getByRole('table', { name: 'Changements de la version 2.0.0, champ par champ' });
    const duration = table.getByRole('row', { name: /Durée de l’accompagnement/ });
    expect(await text(duration)).toContain('Conflit : vous avez modifié ce champ, le modèle aussi.');
    expect(await duration.getByRole('radio', { name: 'Garder ma valeur' }).isChecked()).toBe(true);
    const weight = table.getByRole('row', { name: /centres d’intérêt et métier/ });
    expect(await weight.getByRole('radio', { name: 'Appliquer' }).isChecked()).toBe(true);
    const article = table.getByRole('row', { name: /Convention : article/ });
    expect(await text(article)).toContain('Données personnelles');
    expect(await article.getByRole('radio', { name: 'Appliquer' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'tenant: the three-way diff');

    await page.getByRole('button', { name: 'Passer à la version 2.0.0' }).click();
    const dialog = page.getByRole('dialog', { name: 'Passer à la version 2.0.0 ?' });
    expect(await text(dialog)).toMatch(
      /Ces champs gardent votre valeur :\s*Durée de l’accompagnement \(mois\)/,
    );
    await expectNoAxeViolations(page, 'tenant: confirm the update');
    await dialog.getByRole('button', { name: 'Appliquer mes choix' }).click();
    await page.getByText(/Votre programme suit désormais la version 2\.0\.0/).waitFor();
    await page.getByText('Votre programme suit la dernière version du modèle (2.0.0).').waitFor();

    // The program: the new weight, its own duration.
    const programLink = page.getByRole('link', { name: 'Agents mentors de lycéens professionnels' });
    const programPath = (await programLink.getAttribute('href')) ?? '';
    const program = await (
      await page.request.get(`${app.url}/api${programPath.replace('/mentorat/', '/mentoring/programs/')}`)
    ).json();
    expect(program).toMatchObject({ durationMonths: 9, weights: { interests: 5 } });
    await programLink.click();
    await heading('Agents mentors de lycéens professionnels');
    expect(await text(page.locator('.facts'))).toMatch(/Durée\s*9 mois/);
  });

  it('a region is onboarded from the template, step by step until it is ready', {
    timeout: 60_000,
  }, async () => {
    await as('coordination@collectif-mentorat.example');
    await page
      .getByRole('link', { name: 'Accueillir une collectivité avec des modèles de programmes' })
      .click();
    await heading('Accueillir une collectivité à partir de modèles');
    await page.getByLabel('Nom de la collectivité').fill('Région Bretagne');
    await page.getByLabel('Type de collectivité').selectOption('region');
    await page.getByLabel('Code de la région').fill('53');
    await page.getByLabel('Adresse électronique de la coordination').fill('jeunesse@bretagne.example');
    await page.getByRole('checkbox', { name: /Mentorat des agents/ }).check();
    await expectNoAxeViolations(page, 'onboarding from templates');
    await page.getByRole('button', { name: 'Lancer l’accueil' }).click();

    await heading(/Accueil de /);
    await page
      .getByRole('status')
      .filter({ hasText: 'Région Bretagne est prête.' })
      .waitFor({ timeout: 30_000 });
    const steps = page.getByRole('progressbar', { name: 'Étapes' });
    expect(await steps.getAttribute('aria-valuenow')).toBe(await steps.getAttribute('aria-valuemax'));
    await expectNoAxeViolations(page, 'onboarding ready');
    expect(await page.getByRole('link', { name: 'espace de Région Bretagne' }).getAttribute('href')).toBe(
      '/t/region-bretagne',
    );

    // The invited coordinator finds the program installed, following the latest version.
    await as('jeunesse@bretagne.example');
    await page.goto(`${app.url}/t/region-bretagne/modeles-de-programmes`);
    await heading('Modèles nationaux');
    const row = page.getByRole('row', { name: /Mentorat des agents/ });
    expect(await text(row)).toContain('2.0.0');
    expect(await text(row)).toContain('À jour');
    expect(await text(row)).toContain('Agents mentors de lycéens professionnels');
  });
});
