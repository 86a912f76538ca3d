import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError } from '../support/api-stub.ts';
import { expectNoAxeViolations } from '../support/browser.ts';
import type { ApiStub } from '../support/serve-dist.ts';
import { serveStubbedSpa } from '../support/stubbed-spa.ts';

// The shell alone, against a stub that only knows "nobody is signed in": no backend here.
const stub: ApiStub = (request, body) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/api/me') return apiError(401, 'UNAUTHENTICATED', 'Connectez-vous pour continuer.');
  if (pathname === '/api/auth/csrf') return { status: 200, json: { csrfToken: 'csrf-test' } };
  if (pathname === '/api/auth/signin/email' && request.method === 'POST') {
    const form = new URLSearchParams(body);
    if (form.get('csrfToken') !== 'csrf-test') return { status: 403, json: {} };
    if (form.get('email') === 'trop.souvent@ville.example') {
      return apiError(429, 'RATE_LIMITED', 'Trop de demandes de lien. Réessayez dans 10 minutes.');
    }
    return {
      status: 200,
      json: { url: 'http://localhost/api/auth/verify-request?provider=email&type=email' },
    };
  }
  return undefined;
};

describe('SPA shell', () => {
  const spa = serveStubbedSpa({ tempPrefix: 'passerelle-web-', stub });
  let page: Page;

  beforeEach(async () => {
    page = await spa.newPage();
    return () => page.close();
  });

  it('sends a signed-out visitor from / to the French sign-in page', async () => {
    await page.goto(`${spa.url}/`);
    await page.waitForURL(`${spa.url}/connexion`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Connexion');
    expect(await page.title()).toBe('Connexion · Passerelle');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    const email = page.getByLabel('Adresse électronique');
    expect(await email.getAttribute('type')).toBe('email');
    expect(await email.getAttribute('autocomplete')).toBe('email');
    await expectNoAxeViolations(page, 'sign-in page');
  });

  it('offers the skip link first to keyboard users, and it leads to the main content', async () => {
    await page.goto(`${spa.url}/connexion`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Aller au contenu');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('main').count()).toBe(1);
  });

  it('explains an empty or malformed address next to the field, and focuses the summary', async () => {
    await page.goto(`${spa.url}/connexion`);
    const email = page.getByLabel('Adresse électronique');
    await email.fill('prenom.nom');
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.textContent()).resolves.toContain('Le formulaire contient une erreur');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).toContain(
      'Saisissez une adresse électronique valide',
    );
    expect(await email.inputValue()).toBe('prenom.nom');
    await expectNoAxeViolations(page, 'sign-in page with an error');
  });

  it('confirms that a magic link is on its way', async () => {
    await page.goto(`${spa.url}/connexion`);
    await page.getByLabel('Adresse électronique').fill('referente@college.example');
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await page
      .getByText(
        'Si referente@college.example a été invitée sur Passerelle, un lien de connexion vient d’y être envoyé.',
      )
      .waitFor();
    await expectNoAxeViolations(page, 'sign-in confirmation');
  });

  it('shows the API’s own message when sign-in is rate limited', async () => {
    await page.goto(`${spa.url}/connexion`);
    await page.getByLabel('Adresse électronique').fill('trop.souvent@ville.example');
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await page.getByText('Trop de demandes de lien. Réessayez dans 10 minutes.').waitFor();
    expect(await page.getByLabel('Adresse électronique').inputValue()).toBe('trop.souvent@ville.example');
  });

  it('answers an unknown address with a French 404 page', async () => {
    await page.goto(`${spa.url}/nulle-part/ici`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page introuvable');
    expect(await page.title()).toBe('Page introuvable · Passerelle');
    await expectNoAxeViolations(page, '404 page');
  });

  it('sends a signed-out visitor of a tenant page to sign in, remembering where they were going', async () => {
    await page.goto(`${spa.url}/t/ville-de-clermont-ferrand/organisations`);
    await page.waitForURL(/\/connexion\?retour=/);
    expect(new URL(page.url()).searchParams.get('retour')).toBe('/t/ville-de-clermont-ferrand/organisations');
  });
});
