import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.ts';
import { freshPage, signInThroughOutbox } from '../support/browser-sign-in.ts';
import { serveDemoApp } from '../support/demo-app.ts';

const T = '/t/ville-de-clermont-ferrand';
const ADMIN = 'mission.egalite@clermont-ferrand.example';
// A tile host that exists nowhere: the test answers its requests itself, or refuses them.
const TILES = 'https://{s}.tuiles.passerelle.test/{z}/{x}/{y}.png';
const TILE_PATTERN = /^https:\/\/[abc]\.tuiles\.passerelle\.test\//;
// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

// Clermont-Ferrand's ecosystem in headless Chromium against the real server and its demo data:
// the diagnosis with its offline SVG map and commune list (no request leaves the app), the actors
// table filtered and exported, the tile source form, then Leaflet over tiles the test serves, and
// the fall-back to the SVG when the tiles cannot be reached.
describe('the ecosystem map and territorial diagnosis, end to end', () => {
  const app = serveDemoApp();
  let page: Page;
  const requests: string[] = [];

  const openEcosystem = async () => {
    await page.goto(`${app.url}${T}/ecosysteme`);
    await page.getByRole('heading', { level: 1, name: 'Écosystème et diagnostic du territoire' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Carte des communes' }).waitFor();
  };

  beforeAll(async () => {
    page = await freshPage({ browser: app.browser, context: { acceptDownloads: true } });
    page.on('request', (request: Request) => {
      requests.push(request.url());
    });
    await signInThroughOutbox({ page, app, email: ADMIN, landing: /\/t\// });
  });

  it('shows the diagnosis and the offline SVG map, with no request to a tile server', async () => {
    requests.length = 0;
    await page.getByRole('navigation').getByRole('link', { name: 'Écosystème' }).click();
    await page.getByRole('heading', { level: 1, name: 'Écosystème et diagnostic du territoire' }).waitFor();

    const figure = (name: string) => page.locator('.eco-figures > div', { hasText: name });
    expect(await figure('Établissements REP et REP+ sans programme').textContent()).toContain('1 sur 3');
    expect(await figure('Établissements touchés par un programme').textContent()).toContain('3 sur 4');
    const gaps = page.locator('section', { has: page.getByRole('heading', { name: /Où aucun programme/ }) });
    expect(await gaps.getByRole('listitem').first().textContent()).toMatch(/REP\s+Collège Roger-Quilliot/);

    // The SVG: one focusable symbol per placed commune, a gap drawn as a hatched diamond.
    await page.getByText('Carte dessinée sans connexion', { exact: false }).waitFor();
    const clermont = page.getByRole('button', { name: /^Clermont-Ferrand : / });
    expect(await clermont.getAttribute('aria-label')).toContain('1 établissement REP ou REP+ sans programme');
    expect(await page.locator('svg .eco-map__symbol rect.eco-symbol--gap').count()).toBe(1);
    expect(await page.locator('svg .eco-map__symbol').count()).toBe(2);
    await expectNoAxeViolations(page, 'ecosystem diagnosis (offline map)');

    // Keyboard: Tab reaches the symbols; the focused one shows its actors below the map.
    await clermont.focus();
    await page.keyboard.press('Tab');
    const details = page.locator('.eco-map__details');
    await details.getByRole('heading', { name: 'Cournon-d’Auvergne' }).waitFor();
    expect(await details.textContent()).toContain('Parrainage Auvergne Jeunes');
    await page.keyboard.press('Shift+Tab');
    await details.getByRole('heading', { name: 'Clermont-Ferrand' }).waitFor();
    expect(await details.textContent()).toContain('Les entreprises s’engagent – Puy-de-Dôme');

    // The list, the accessible alternative, has every commune.
    const list = page.getByRole('table', { name: 'Liste des communes' });
    expect(await list.getByRole('row', { name: /Cournon-d’Auvergne/ }).textContent()).toContain('Aucun');
    expect(await list.getByRole('row', { name: /Clermont-Ferrand/ }).textContent()).toContain('Pass’3e');

    const outside = requests.filter((url) => !url.startsWith(app.url));
    expect(outside).toEqual([]);
    expect(requests.filter((url) => /leaflet|tuiles|tile/i.test(url))).toEqual([]);
  });

  it('filters the actors by kind and engagement, and exports them as CSV', async () => {
    const table = page.getByRole('table', { name: 'Acteurs du territoire, par nom' });
    const rows = () => table.locator('tbody tr');
    const all = await rows().count();
    expect(all).toBeGreaterThan(8);

    await page.getByLabel('Type d’acteur').selectOption('business_club');
    await page.getByText('1 acteur avec ces filtres').waitFor();
    expect(await rows().count()).toBe(1);
    const club = await rows().first().textContent();
    expect(club).toContain('Les entreprises s’engagent – Puy-de-Dôme');
    expect(club).toContain('Club d’entreprises');
    expect(club).toContain('stages de 3e');
    expect(club).toContain('Entreprises du Puy-de-Dôme');

    await page.getByLabel('Type d’acteur').selectOption('');
    await page.getByLabel('Engagement').selectOption('engaged');
    await page.getByText(/acteurs avec ces filtres/).waitFor();
    const engaged = await table.locator('tbody').textContent();
    expect(engaged).toContain('Direction des Espaces verts');
    expect(engaged).toContain('Pass’3e (accueil de collégiens)');
    expect(engaged).not.toContain('Parrainage Auvergne Jeunes');
    await expectNoAxeViolations(page, 'ecosystem actors filtered');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exporter tous les acteurs (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('acteurs-ville-de-clermont-ferrand.csv');
    await page.getByLabel('Engagement').selectOption('');
  });

  it('validates the tile source form, then saves a source', async () => {
    await page.getByRole('link', { name: 'Choisir un fond de carte en ligne' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fond de carte de l’écosystème' }).waitFor();
    await page.getByText('dessinée sans connexion', { exact: false }).first().waitFor();
    await expectNoAxeViolations(page, 'map settings');

    await page.getByLabel('Adresse des tuiles').fill('http://tuiles.example.org/{z}/{x}/{y}.png');
    await page.getByRole('button', { name: 'Enregistrer le fond de carte' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      'Adresse des tuiles : L’adresse doit commencer par https://.',
    );
    expect(await summary.textContent()).toContain('Attribution : Indiquez l’attribution');
    expect(await page.getByLabel('Adresse des tuiles').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'map settings with errors');

    // Past the browser's checks, the server's rule answers in French next to the field.
    await page.getByLabel('Adresse des tuiles').fill('https://localhost/{z}/{x}/{y}.png');
    await page.getByLabel('Attribution').fill('Tuiles de test');
    await page.getByRole('button', { name: 'Enregistrer le fond de carte' }).click();
    await page
      .getByText(/Adresse de tuiles invalide : une adresse https/)
      .first()
      .waitFor();

    await page.getByLabel('Adresse des tuiles').fill(TILES);
    await page.getByLabel('Attribution').fill('© Tuiles <b>de test</b>');
    await page.getByRole('button', { name: 'Enregistrer le fond de carte' }).click();
    await page.getByText('Le fond de carte est enregistré').waitFor();
    await expectNoAxeViolations(page, 'map settings saved');
  });

  it('draws Leaflet over the chosen tiles, with keyboard markers and popups listing the actors', async () => {
    await page.route(TILE_PATTERN, (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: PNG }),
    );
    requests.length = 0;
    await openEcosystem();
    await page.locator('.leaflet-container').waitFor();
    await page.locator('img.leaflet-tile-loaded').first().waitFor();
    const markers = page.locator('.eco-marker');
    expect(await markers.count()).toBe(2);
    expect(await page.locator('.leaflet-control-attribution').textContent()).toContain(
      '© Tuiles <b>de test</b>',
    );
    expect(requests.some((url) => /leaflet-src/.test(url))).toBe(true);
    expect(requests.some((url) => TILE_PATTERN.test(url))).toBe(true);

    const clermont = page.locator('.eco-marker[data-commune="63113"]');
    await clermont.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content');
    await popup.waitFor();
    expect(await popup.textContent()).toContain('Mission Égalité des Droits');
    expect(await page.locator('.leaflet-popup-close-button').getAttribute('aria-label')).toBe('Fermer');
    // The commune list still follows the map.
    await page.getByRole('table', { name: 'Liste des communes' }).waitFor();
    await expectNoAxeViolations(page, 'ecosystem with the Leaflet map');
    await page.unroute(TILE_PATTERN);
  });

  it('falls back to the offline map when the tiles cannot be loaded', async () => {
    await page.route(TILE_PATTERN, (route) => route.abort('internetdisconnected'));
    await openEcosystem();
    await page.getByText('Le fond de carte choisi n’a pas pu être chargé').waitFor();
    expect(await page.locator('svg .eco-map__symbol').count()).toBe(2);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    await expectNoAxeViolations(page, 'ecosystem after the tiles failed');
    await page.unroute(TILE_PATTERN);
  });

  it('goes back to the offline map after a confirmation', async () => {
    await page
      .getByRole('link', { name: 'Changer le fond de carte' })
      .or(page.getByRole('link', { name: /Choisir un fond de carte/ }))
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Fond de carte de l’écosystème' }).waitFor();
    await page.getByRole('button', { name: 'Revenir à la carte sans connexion' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revenir à la carte sans connexion ?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'map settings: confirm going offline');
    await dialog.getByRole('button', { name: 'Retirer le fond de carte' }).click();
    await page
      .getByText('Aucun fond de carte : la carte de l’écosystème est dessinée sans connexion.')
      .waitFor();
    expect(await page.getByLabel('Adresse des tuiles').inputValue()).toBe('');

    requests.length = 0;
    await openEcosystem();
    await page.locator('svg .eco-map__symbol').first().waitFor();
    expect(requests.filter((url) => !url.startsWith(app.url))).toEqual([]);
  });
});
