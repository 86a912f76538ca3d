import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError } from '../support/api-stub.ts';
import { expectNoAxeViolations } from '../support/browser.ts';
import { screenQueries } from '../support/screen-queries.ts';
import type { ApiStub } from '../support/serve-dist.ts';
import { serveStubbedSpa } from '../support/stubbed-spa.ts';

// The links mentoring mails to people without an account — a guardian, an agent's manager —
// against a stub answering docs/api-mentoring.md's shapes.
const tenant = 'ville-exemple';
const base = `/api/public/t/${tenant}/mentoring`;

type Posted = { path: string; body: unknown };
let posted: Posted[] = [];

const authorisation = (decision: string | null) => ({
  firstName: 'Inès',
  programName: 'Mentorat collégiens 2026-2027',
  schoolName: 'Collège Jules-Ferry',
  tenantName: 'Ville d’Exemple',
  scopes: {
    share_profile: 'Partager le prénom, le niveau, l’établissement et les centres d’intérêt avec le mentor',
    meetings: 'Participer à des rencontres avec le mentor, y compris sur son lieu de travail',
    contact: 'Être contacté·e par le mentor via la coordination du programme',
  },
  decision,
});

const approval = {
  mentorName: 'Sophie Garnier',
  programName: 'Mentorat collégiens 2026-2027',
  tenantName: 'Ville d’Exemple',
  hoursAllowance: 20,
};

const stub: ApiStub = (request, raw) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  const body = raw ? JSON.parse(raw) : null;
  if (method === 'POST') posted.push({ path: pathname, body });
  if (pathname === '/api/me') return apiError(401, 'UNAUTHENTICATED', 'Connectez-vous pour continuer.');

  if (pathname === `${base}/authorisations/lien-valide`) {
    if (method === 'GET') return { status: 200, json: authorisation(null) };
    if (body.guardianName === 'Erreur Serveur') {
      return apiError(422, 'VALIDATION', 'Vérifiez les champs signalés.', {
        guardianName: 'Indiquez vos nom et prénom tels qu’ils figurent au dossier scolaire.',
      });
    }
    return { status: 200, json: { decision: 'given' } };
  }
  if (pathname === `${base}/authorisations/lien-valide/refuse`) return { status: 200, json: {} };
  if (pathname === `${base}/authorisations/deja-donnee`) return { status: 200, json: authorisation('given') };
  if (pathname === `${base}/authorisations/lien-expire`) {
    return apiError(409, 'CONFLICT', 'Ce lien d’autorisation a expiré le 3 octobre 2026.');
  }

  if (pathname === `${base}/approvals/lien-valide`) {
    if (method === 'GET') return { status: 200, json: approval };
    return { status: 200, json: { decision: body.decision } };
  }
  if (pathname === `${base}/approvals/lien-utilise`) {
    return apiError(409, 'CONFLICT', 'Une décision a déjà été prise avec ce lien.');
  }
  return undefined;
};

describe('mentoring public links', () => {
  const spa = serveStubbedSpa({ tempPrefix: 'passerelle-mentoring-public-', stub });
  let page: Page;
  const at = (rest: string) => `${spa.url}/t/${tenant}${rest}`;
  const { expectHeading, isFocused, errorOf } = screenQueries(() => page);

  beforeEach(async () => {
    posted = [];
    page = await spa.newPage();
    return () => page.close();
  });

  it('lets a guardian authorise, with errors next to their fields and nothing lost', async () => {
    await page.goto(at('/autorisation/lien-valide'));
    await expectHeading('Autoriser Inès à participer au mentorat');
    await page.getByText('Ville d’Exemple', { exact: true }).first().waitFor();
    await page.getByText(/Collège Jules-Ferry, de participer au programme « Mentorat collégiens/).waitFor();
    await expectNoAxeViolations(page, 'guardian authorisation');

    await page.getByRole('button', { name: 'Donner mon autorisation' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary.textContent()).resolves.toContain('Le formulaire contient 4 erreurs');
    await expect.poll(() => isFocused(summary)).toBe(true);
    const shareProfile = page.getByLabel(/Partager le prénom, le niveau/);
    expect(await shareProfile.getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf(page.getByLabel('Vos nom et prénom'))).toContain('Saisissez vos nom et prénom.');
    await expectNoAxeViolations(page, 'guardian authorisation with errors');

    // The optional scope alone is not enough: the two the mentoring needs are asked for.
    await page.getByLabel(/Être contacté·e par le mentor/).check();
    await page.getByLabel('Vos nom et prénom').fill('Erreur Serveur');
    await page.getByLabel('Votre lien avec Inès').selectOption('mere');
    await page.getByLabel(/Je suis titulaire de l’autorité parentale sur Inès/).check();
    await page.getByRole('button', { name: 'Donner mon autorisation' }).click();
    await page
      .getByText('Le mentorat demande au moins le partage du profil et les rencontres.')
      .first()
      .waitFor();
    expect(posted).toHaveLength(0);

    await shareProfile.check();
    await page.getByLabel(/Participer à des rencontres/).check();
    await page.getByRole('button', { name: 'Donner mon autorisation' }).click();
    // The server's message sits next to its field; what was typed and ticked stays.
    const name = page.getByLabel('Vos nom et prénom');
    await expect.poll(() => errorOf(name)).toContain('tels qu’ils figurent au dossier scolaire');
    expect(await name.inputValue()).toBe('Erreur Serveur');
    expect(await page.getByLabel(/Être contacté·e par le mentor/).isChecked()).toBe(true);
    expect(await page.getByLabel('Votre lien avec Inès').inputValue()).toBe('mere');

    await name.fill('Amina Benali');
    await page.getByRole('button', { name: 'Donner mon autorisation' }).click();
    await expectHeading('Autorisation enregistrée');
    await page
      .getByText('Merci. Inès peut participer au programme « Mentorat collégiens 2026-2027 ».')
      .waitFor();
    await expect.poll(() => isFocused(page.locator('.notice'))).toBe(true);
    expect(posted.at(-1)).toEqual({
      path: `${base}/authorisations/lien-valide`,
      body: {
        guardianName: 'Amina Benali',
        relationship: 'mere',
        scope: ['share_profile', 'meetings', 'contact'],
        consent: true,
      },
    });
    await expectNoAxeViolations(page, 'guardian authorisation given');
  });

  it('lets a guardian refuse with the keyboard, after a confirmation', async () => {
    await page.goto(at('/autorisation/lien-valide'));
    await page.getByRole('button', { name: 'Refuser', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Refuser la participation ?' });
    await dialog.waitFor();
    // The safe choice has the focus; Escape closes without refusing.
    await expect
      .poll(() => isFocused(dialog.getByRole('button', { name: 'Revenir au formulaire' })))
      .toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(posted).toHaveLength(0);

    await page.getByRole('button', { name: 'Refuser', exact: true }).click();
    await expectNoAxeViolations(page, 'guardian refusal dialog');
    await dialog.getByRole('button', { name: 'Refuser la participation' }).focus();
    await page.keyboard.press('Enter');
    await expectHeading('Refus enregistré');
    await page.getByText(/Aucune information sur votre enfant n’est transmise/).waitFor();
    expect(posted).toEqual([{ path: `${base}/authorisations/lien-valide/refuse`, body: {} }]);
  });

  it('says when the guardian has already answered, and when the link has expired', async () => {
    await page.goto(at('/autorisation/deja-donnee'));
    await expectHeading('Autorisation enregistrée');
    expect(await page.getByRole('button', { name: 'Donner mon autorisation' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'guardian authorisation already given');

    await page.goto(at('/autorisation/lien-expire'));
    await expectHeading('Ce lien d’autorisation n’est plus valable');
    await page.getByText('Ce lien d’autorisation a expiré le 3 octobre 2026.').waitFor();
    await expectNoAxeViolations(page, 'expired guardian link');

    await page.goto(at('/autorisation/inconnu'));
    await expectHeading('Lien d’autorisation introuvable');
  });

  it('lets a manager approve an agent’s mentoring on work time', async () => {
    await page.goto(at('/accord-responsable/lien-valide'));
    await expectHeading('Accord pour du mentorat sur le temps de travail');
    await page.getByText('20 heures par an').waitFor();
    await expectNoAxeViolations(page, 'manager approval');
    await page.getByRole('button', { name: 'Donner mon accord' }).click();
    await expectHeading('Accord enregistré');
    await page.getByText(/Sophie Garnier peut consacrer jusqu’à 20 heures par an/).waitFor();
    expect(posted).toEqual([{ path: `${base}/approvals/lien-valide`, body: { decision: 'approved' } }]);

    await page.goto(at('/accord-responsable/lien-valide'));
    await page.getByRole('button', { name: 'Refuser', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Refuser la demande' }).click();
    await expectHeading('Refus enregistré');
    expect(posted.at(-1)?.body).toEqual({ decision: 'refused' });

    await page.goto(at('/accord-responsable/lien-utilise'));
    await expectHeading('Ce lien d’accord n’est plus valable');
    await expectNoAxeViolations(page, 'used manager link');
  });
});
