import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.ts';
import { serveDemoApp } from '../support/demo-app.ts';
import { MAGIC_LINK } from '../support/magic-link.ts';

const tenantSlug = 'ville-de-clermont-ferrand';
const adminEmail = 'mission.egalite@clermont-ferrand.example';

// The real API + SPA with demo data.
describe('organizations, end to end', () => {
  const app = serveDemoApp();
  let page: Page;

  beforeAll(async () => {
    page = await app.browser.newPage();
  });

  it('signs the tenant admin in through the magic link from the outbox', async () => {
    await page.goto(`${app.url}/connexion`);
    await expectNoAxeViolations(page, 'sign-in');
    await page.getByLabel('Adresse électronique').fill(adminEmail);
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await page.getByText(/un lien de connexion vient d’y être envoyé/).waitFor();
    await expectNoAxeViolations(page, 'sign-in confirmation');

    await page.goto(await app.mailedLink(adminEmail, MAGIC_LINK));
    await page.waitForURL(`${app.url}/t/${tenantSlug}`);
    await page.getByText('Coordination de la collectivité').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
    await expectNoAxeViolations(page, 'tenant home');
  });

  it('refuses a company with a wrong SIRET key, with a French message next to the field', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Organisations' }).click();
    await page.waitForURL(`${app.url}/t/${tenantSlug}/organisations`);
    await page.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await page.getByRole('status').first().waitFor();
    await expectNoAxeViolations(page, 'organizations');

    await page.getByRole('button', { name: 'Ajouter une organisation' }).click();
    await page.getByLabel('Type d’organisation').selectOption('company');
    await page.getByLabel('Nom', { exact: true }).fill('Boulangerie des Volcans');
    // 14 digits, so the client lets it through: the Luhn key is the server's to check.
    await page.getByLabel('Numéro SIRET').fill('12345678901234');
    await page.getByRole('button', { name: 'Créer l’organisation' }).click();

    const siret = page.getByLabel('Numéro SIRET');
    await page.locator('#organisation-siret[aria-invalid="true"]').waitFor();
    const errorId = (await siret.getAttribute('aria-describedby'))
      ?.split(' ')
      .find((id) => id.endsWith('-erreur'));
    const message = (await page.locator(`[id="${errorId}"]`).textContent()) ?? '';
    expect(message.replace('Erreur : ', '')).toMatch(/\p{L}{3,}/u);
    expect(message).not.toMatch(/\b(invalid|must|expected|required)\b/i);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await siret.inputValue()).toBe('12345678901234');
    await expectNoAxeViolations(page, 'organization form with a SIRET error');
  });

  it('creates a REP+ collège and shows it in the directory', async () => {
    await page.getByLabel('Type d’organisation').selectOption('school');
    await page.getByLabel('Nom', { exact: true }).fill('Collège des Dômes');
    await page.getByLabel('Code UAI').fill('0631234A');
    await page.getByLabel('Type d’établissement').selectOption('college');
    await page.getByLabel('Éducation prioritaire').selectOption('REP+');
    await page.getByRole('button', { name: 'Créer l’organisation' }).click();

    await page.getByText('« Collège des Dômes » est ajoutée.').waitFor();
    // The UAI is unique in a tenant; a demo school may share the name.
    const row = page.getByRole('row', { name: /UAI 0631234A/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('Collège des Dômes');
    expect(await row.textContent()).toContain('REP+');
    await expectNoAxeViolations(page, 'organizations after creating a school');
  });

  it('adds a business club with what it does and for whom, shown in the directory', async () => {
    await page.getByRole('button', { name: 'Ajouter une organisation' }).click();
    await page.getByLabel('Type d’organisation').selectOption('business_club');
    await page.getByLabel('Nom', { exact: true }).fill('Club des entreprises de Riom');
    await page.getByRole('button', { name: 'Créer l’organisation' }).click();
    // A club needs an RNA or a SIRET, like an association.
    await page.locator('#organisation-rna[aria-invalid="true"]').waitFor();
    expect(await page.locator('.error-summary').textContent()).toContain('club d’entreprises');

    await page.getByLabel('Numéro RNA').fill('W633000009');
    await page.getByLabel('Code INSEE de la commune').fill('63300');
    await page.getByLabel('Nom de la commune').fill('Riom');
    await page.getByLabel('Ce que fait l’organisation').fill('Visites d’entreprise et stages de 3e');
    await page.getByLabel('Pour qui').fill('Collégiens de Riom Limagne');
    await expectNoAxeViolations(page, 'organization form for a business club');
    await page.getByRole('button', { name: 'Créer l’organisation' }).click();
    await page.getByText('« Club des entreprises de Riom » est ajoutée.').waitFor();
    const row = page.getByRole('row', { name: /Club des entreprises de Riom/ });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Club d’entreprises');
    expect(text).toContain('Riom (63300)');
    expect(text).toContain('Visites d’entreprise et stages de 3e');
    expect(text).toContain('Pour : Collégiens de Riom Limagne');
  });
});
