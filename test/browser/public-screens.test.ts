import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError } from '../support/api-stub.ts';
import { expectNoAxeViolations } from '../support/browser.ts';
import type { ApiStub } from '../support/serve-dist.ts';
import { serveStubbedSpa } from '../support/stubbed-spa.ts';

// The public screens against a stub answering docs/api-conventions.md's shapes. The journey
// against the real backend lives elsewhere; these tests pin what each screen shows.
const tenant = 'ville-de-clermont';
const sentSha = 'a3f1c2d4e5b6a7980123456789abcdef0123456789abcdef0123456789abcdef';
const finalSha = 'f00dfeed0123456789abcdef0123456789abcdef0123456789abcdef01234567';
const siret = '73282932000074';
const consentText =
  'J’ai lu la convention et j’accepte de la signer électroniquement au nom de Ateliers du Puy-de-Dôme.';

type Posted = { path: string; contentType: string | undefined; body: string };
let posted: Posted[] = [];

const engagement = {
  tenant: { name: 'Ville de Clermont-Ferrand', brandColor: '#0b5394' },
  programs: [
    {
      templateId: 'ctp_01hzy0000000000000000000aa',
      name: 'Parrainage des collégiens',
      description: 'Des salariés accompagnent des élèves de 4e et 3e pendant une année scolaire.',
      commitmentTypes: ['volunteer_mentors', 'site_visits', 'internship_places_3e'],
      durationMonths: 36,
    },
    {
      templateId: 'ctp_01hzy0000000000000000000bb',
      name: 'Découverte des métiers',
      description: null,
      commitmentTypes: ['job_discovery_days', 'inspiring_meetings'],
      durationMonths: 12,
    },
  ],
};

const signing = {
  convention: {
    id: 'cnv_01hzy0000000000000000000cc',
    title: 'Convention de parrainage — Ateliers du Puy-de-Dôme',
    tenantName: 'Ville de Clermont-Ferrand',
    partnerName: 'Ateliers du Puy-de-Dôme',
    startDate: '2026-09-01',
    endDate: '2029-08-31',
    commitments: [
      { type: 'volunteer_mentors', quantityPerYear: 3, note: null },
      { type: 'site_visits', quantityPerYear: 2, note: null },
    ],
    signers: [
      { label: 'Pour le partenaire', name: 'Claire Martin', status: 'pending' },
      { label: 'Pour la collectivité', name: 'Olivier Bianchi', status: 'pending' },
    ],
  },
  signer: {
    label: 'Pour le partenaire',
    name: 'Claire Martin',
    title: 'Directrice générale',
    status: 'pending',
  },
  finalAvailable: false,
  documentSha256: sentSha,
  consentText,
};

const verified = (verdict: string, extra: Record<string, unknown>) => ({
  status: 200,
  json: {
    verdict,
    sha256: finalSha,
    ...extra,
  },
});
const knownConvention = {
  reference: 'CF-2026-0042',
  title: 'Convention de parrainage — Ateliers du Puy-de-Dôme',
  tenantName: 'Ville de Clermont-Ferrand',
  partnerName: 'Ateliers du Puy-de-Dôme',
  status: 'active',
  signedAt: '2026-06-15T09:30:00Z',
};

const stub: ApiStub = (request, body) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const method = request.method ?? 'GET';
  if (method === 'POST') posted.push({ path: pathname, contentType: request.headers['content-type'], body });
  if (pathname === '/api/me') return apiError(401, 'UNAUTHENTICATED', 'Connectez-vous pour continuer.');

  const base = `/api/public/t/${tenant}`;
  if (pathname === `${base}/engagement` && method === 'GET') return { status: 200, json: engagement };
  if (pathname.startsWith(`${base}/engagement/sirene/`)) {
    const asked = pathname.split('/').at(-1);
    if (asked === siret) {
      const found = {
        siret,
        name: 'ATELIERS DU PUY-DE-DOME',
        address: '8 place de Jaude, 63000 Clermont-Ferrand',
      };
      return { status: 200, json: { ...found, nafCode: '25.62B', active: true } };
    }
    if (asked === '12345678901234') {
      return apiError(422, 'VALIDATION', 'Requête invalide.', { siret: 'Ce numéro SIRET n’est pas valide.' });
    }
    return apiError(404, 'NOT_FOUND', 'Ressource introuvable.');
  }
  if (pathname === `${base}/engagement` && method === 'POST') {
    const input = JSON.parse(body);
    if (String(input.signatory.email).endsWith('@jetable.example')) {
      return apiError(422, 'VALIDATION', 'Requête invalide.', {
        'signatory.email': 'Les adresses jetables ne sont pas acceptées.',
      });
    }
    if (input.commitments[1].quantityPerYear > 50) {
      return apiError(422, 'VALIDATION', 'Requête invalide.', {
        'commitments.1.quantityPerYear': 'Au plus 50 visites par an pour ce programme.',
      });
    }
    return { status: 201, json: { conventionId: 'cnv_01hzy0000000000000000000dd', message: '' } };
  }

  if (pathname === `${base}/signing/lien-valide` && method === 'GET') return { status: 200, json: signing };
  if (pathname === `${base}/signing/lien-expire`) {
    return apiError(409, 'CONFLICT', 'Ce lien de signature a expiré le 3 mars 2026.');
  }
  if (pathname === `${base}/signing/lien-valide/sign`) {
    const input = JSON.parse(body);
    if (input.consent !== true || input.documentSha256 !== sentSha) {
      return apiError(409, 'CONFLICT', 'Le document a changé.');
    }
    return { status: 200, json: { status: 'sent', finalAvailable: false } };
  }
  if (pathname === `${base}/signing/lien-valide/decline`)
    return { status: 200, json: { status: 'declined' } };

  if (pathname === '/api/public/verify') {
    if (request.headers['content-type'] === 'application/pdf') {
      if (body.includes('AUTHENTIQUE'))
        return verified('authentic', { kind: 'final', convention: knownConvention });
      if (body.includes('ALTERE')) return verified('altered', { convention: knownConvention });
      return verified('unknown', {});
    }
    const { sha256 } = JSON.parse(body);
    if (sha256 === sentSha) {
      return verified('authentic', {
        kind: 'sent',
        convention: { ...knownConvention, status: 'sent', signedAt: null },
      });
    }
    return verified('unknown', {});
  }
  return undefined;
};

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeClass = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');

/** The text of what a field's aria-describedby points at: where its error is read from. */
async function descriptionOf(page: Page, label: string): Promise<string> {
  const ids = (await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

describe('public screens', () => {
  const spa = serveStubbedSpa({ tempPrefix: 'passerelle-public-', stub });
  let page: Page;

  beforeEach(async () => {
    posted = [];
    page = await spa.newPage();
    return () => page.close();
  });

  const stepHeading = () => page.locator('#etape-titre');
  const next = (name = 'Continuer') => page.getByRole('button', { name, exact: true }).click();

  /** Up to the review step, through the screens' own buttons. */
  async function fillEngagement(options: { signatoryEmail?: string; siteVisits?: string } = {}) {
    await page.goto(`${spa.url}/t/${tenant}/engager`);
    await page.getByLabel('Parrainage des collégiens').check();
    await next();
    await page.getByLabel('Numéro SIRET').fill('732 829 320 00074');
    await next('Rechercher l’établissement');
    await next('Oui, c’est ma structure : continuer');
    await page.getByLabel('Nom et prénom du ou de la signataire').fill('Claire Martin');
    await page.getByLabel('Qualité du ou de la signataire').fill('Directrice générale');
    await page
      .getByLabel('Adresse électronique du ou de la signataire')
      .fill(options.signatoryEmail ?? 'direction@ateliers.example');
    await page.getByLabel('Nom et prénom du ou de la référente').fill('Karim Benali');
    await page.getByLabel('Adresse électronique du ou de la référente').fill('rse@ateliers.example');
    await next();
    await page.getByLabel('Mentors bénévoles parmi les salariés').fill('3');
    await page.getByLabel('Visites de sites').fill(options.siteVisits ?? '2');
    await page.getByLabel('Places de stage d’observation de 3e').fill('4');
    await page.getByLabel('Date de début de la convention').fill('2030-09-01');
    await next();
    await stepHeading().filter({ hasText: 'Vérification et envoi' }).waitFor();
  }

  it('walks a company through the engagement path, keeps what it typed on a server error, and confirms', async () => {
    await page.goto(`${spa.url}/t/${tenant}/engager`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'S’engager aux côtés de Ville de Clermont-Ferrand',
    );
    expect(await page.title()).toBe(
      'Programme — S’engager aux côtés de Ville de Clermont-Ferrand · Passerelle',
    );
    const current = page.locator('[aria-current="step"]');
    expect(await current.textContent()).toContain('Étape 1 : Programme');
    await expectNoAxeViolations(page, 'engagement, program step');

    await next();
    await expect.poll(() => activeClass(page)).toContain('error-summary');
    expect(await descriptionOf(page, 'Parrainage des collégiens')).toContain('Choisissez un programme.');
    await expectNoAxeViolations(page, 'engagement, program step with an error');

    await page.getByLabel('Parrainage des collégiens').check();
    await next();
    await page.waitForURL(/\?etape=2$/);
    await expect.poll(() => activeId(page)).toBe('etape-titre');
    expect(await stepHeading().textContent()).toContain('Étape 2 sur 5');

    const siretField = page.getByLabel('Numéro SIRET');
    await siretField.fill('12345678901234');
    await next('Rechercher l’établissement');
    await page.getByText('Ce numéro SIRET n’est pas valide.', { exact: false }).first().waitFor();
    expect(await descriptionOf(page, 'Numéro SIRET')).toContain('Ce numéro SIRET n’est pas valide.');
    expect(await siretField.getAttribute('aria-invalid')).toBe('true');
    await siretField.fill('73282932000075');
    await next('Rechercher l’établissement');
    await expect
      .poll(() => descriptionOf(page, 'Numéro SIRET'))
      .toContain('Aucun établissement ne porte ce numéro');
    await expectNoAxeViolations(page, 'engagement, unknown SIRET');

    await siretField.fill('732 829 320 00074');
    await next('Rechercher l’établissement');
    await page.getByText('ATELIERS DU PUY-DE-DOME').waitFor();
    await page.getByText('8 place de Jaude, 63000 Clermont-Ferrand').waitFor();
    expect(await siretField.getAttribute('aria-invalid')).toBeNull();
    await expectNoAxeViolations(page, 'engagement, establishment found');
    await next('Oui, c’est ma structure : continuer');

    await page.getByLabel('Nom et prénom du ou de la signataire').fill('Claire Martin');
    await page.getByLabel('Qualité du ou de la signataire').fill('Directrice générale');
    await page.getByLabel('Adresse électronique du ou de la signataire').fill('claire@jetable.example');
    await page.getByLabel('Nom et prénom du ou de la référente').fill('Karim Benali');
    await page.getByLabel('Adresse électronique du ou de la référente').fill('rse@ateliers.example');
    await expectNoAxeViolations(page, 'engagement, people step');
    await next();

    await page.getByLabel('Mentors bénévoles parmi les salariés').fill('3');
    await page.getByLabel('Visites de sites').fill('2');
    await page.getByLabel('Places de stage d’observation de 3e').fill('4');
    await page.getByLabel('Date de début de la convention').fill('2030-09-01');
    await expectNoAxeViolations(page, 'engagement, commitments step');
    await next();

    const review = page.locator('form.step');
    await expect(review.textContent()).resolves.toContain('Visites de sites : 2 visites par an');
    await expect(review.textContent()).resolves.toContain('À partir du 1er septembre 2030');
    await expectNoAxeViolations(page, 'engagement, review step');
    await next('Envoyer la convention pour signature');

    // The server refuses the signatory's address: back to that step, error next to the field.
    await page.waitForURL(/\?etape=3$/);
    const email = page.getByLabel('Adresse électronique du ou de la signataire');
    await expect
      .poll(() => descriptionOf(page, 'Adresse électronique du ou de la signataire'))
      .toContain('Les adresses jetables ne sont pas acceptées.');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => activeClass(page)).toContain('error-summary');
    expect(await email.inputValue()).toBe('claire@jetable.example');
    expect(await page.getByLabel('Nom et prénom du ou de la référente').inputValue()).toBe('Karim Benali');
    await expectNoAxeViolations(page, 'engagement, server field error');

    // Nothing lost on the other steps either.
    await page.getByRole('link', { name: /Étape 2 : Votre structure/ }).click();
    expect(await page.getByLabel('Numéro SIRET').inputValue()).toBe('732 829 320 00074');
    await page.getByText('ATELIERS DU PUY-DE-DOME').waitFor();
    await page.getByRole('link', { name: /Étape 4 : Engagements/ }).click();
    expect(await page.getByLabel('Visites de sites').inputValue()).toBe('2');
    expect(await page.getByLabel('Date de début de la convention').inputValue()).toBe('2030-09-01');
    await page.goBack();
    await page.goBack();
    await email.fill('direction@ateliers.example');
    await next();
    await next();
    await next('Envoyer la convention pour signature');

    const notice = page.getByRole('status').filter({ hasText: 'La convention a été envoyée' });
    await expect(notice.textContent()).resolves.toContain(
      'La convention a été envoyée à direction@ateliers.example pour signature',
    );
    await expect.poll(() => activeClass(page)).toContain('notice');
    expect(new URL(page.url()).search).toBe('');
    await expectNoAxeViolations(page, 'engagement, confirmation');

    const sent = posted.filter((p) => p.path === `/api/public/t/${tenant}/engagement`).at(-1)!;
    expect(JSON.parse(sent.body)).toEqual({
      templateId: 'ctp_01hzy0000000000000000000aa',
      siret,
      signatory: { name: 'Claire Martin', title: 'Directrice générale', email: 'direction@ateliers.example' },
      referent: { name: 'Karim Benali', email: 'rse@ateliers.example' },
      startDate: '2030-09-01',
      commitments: [
        { type: 'volunteer_mentors', quantityPerYear: 3 },
        { type: 'site_visits', quantityPerYear: 2 },
        { type: 'internship_places_3e', quantityPerYear: 4 },
      ],
    });
  });

  it('shows a server error about one commitment next to that commitment', async () => {
    await fillEngagement({ siteVisits: '60' });
    await next('Envoyer la convention pour signature');
    await page.waitForURL(/\?etape=4$/);
    await expect
      .poll(() => descriptionOf(page, 'Visites de sites'))
      .toContain('Au plus 50 visites par an pour ce programme.');
    expect(await page.getByLabel('Visites de sites').inputValue()).toBe('60');
    expect(
      await page.getByLabel('Mentors bénévoles parmi les salariés').getAttribute('aria-invalid'),
    ).toBeNull();
    const summaryLink = page.locator('.error-summary a');
    expect(await summaryLink.textContent()).toBe(
      'Visites de sites : Au plus 50 visites par an pour ce programme.',
    );
    await summaryLink.click();
    expect(await activeId(page)).toBe('engager-quantity-site_visits');
  });

  it('can be operated with the keyboard alone, stepper included', async () => {
    await page.goto(`${spa.url}/t/${tenant}/engager`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const tabUntil = async (id: string) => {
      for (let i = 0; i < 25 && (await activeId(page)) !== id; i++) await page.keyboard.press('Tab');
      expect(await activeId(page)).toBe(id);
    };
    await tabUntil('engager-templateId');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Continuer');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?etape=2$/);
    await expect.poll(() => activeId(page)).toBe('etape-titre');

    await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('engager-siret');
    await page.keyboard.type(siret);
    await page.keyboard.press('Enter');
    await page.getByText('ATELIERS DU PUY-DE-DOME').waitFor();
    // The answer takes the focus; the confirm button is next.
    await expect.poll(() => activeClass(page)).toContain('establishment');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?etape=3$/);
    await expect.poll(() => activeId(page)).toBe('etape-titre');

    // Back through the stepper: the previous step is the focusable item just before the heading.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Votre structure');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?etape=2$/);
    await expect.poll(() => activeId(page)).toBe('etape-titre');
    expect(await page.getByLabel('Numéro SIRET').inputValue()).toBe(siret);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Signataire et référent',
    );
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Programme');
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('Votre structure');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.search === '');
    expect(await page.getByLabel('Parrainage des collégiens').isChecked()).toBe(true);
  });

  it('requires an explicit consent before signing, then confirms the signature', async () => {
    await page.goto(`${spa.url}/t/${tenant}/signer/lien-valide`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Signature de la convention',
    );
    const main = page.locator('main');
    await expect(main.textContent()).resolves.toContain('Convention de parrainage — Ateliers du Puy-de-Dôme');
    await expect(main.textContent()).resolves.toContain('Du 1er septembre 2026 au 31 août 2029');
    await expect(main.textContent()).resolves.toContain(
      'Mentors bénévoles parmi les salariés : 3 mentors par an',
    );
    await expect(main.textContent()).resolves.toContain('Olivier Bianchi');
    const pdf = page.getByRole('link', { name: /Lire la convention .* \(PDF\)/ });
    expect(await pdf.getAttribute('href')).toBe(`/api/public/t/${tenant}/signing/lien-valide/document.pdf`);
    const fingerprint = page.locator('pre.fingerprint');
    expect(await fingerprint.textContent()).toBe(sentSha);
    expect(await fingerprint.evaluate((node) => getComputedStyle(node).fontFamily)).toContain('monospace');
    await expectNoAxeViolations(page, 'signing page');

    await page.getByRole('button', { name: 'Signer la convention' }).click();
    await expect.poll(() => activeClass(page)).toContain('error-summary');
    expect(await descriptionOf(page, consentText)).toContain('Cochez la case pour confirmer votre accord.');
    expect(posted).toHaveLength(0);
    await expectNoAxeViolations(page, 'signing page without consent');

    await page.getByLabel(consentText).check();
    await page.getByRole('button', { name: 'Signer la convention' }).click();
    await page.getByRole('heading', { level: 1, name: 'Convention signée' }).waitFor();
    await expect(page.locator('.notice').textContent()).resolves.toContain(
      'Merci Claire Martin, votre signature de « Convention de parrainage — Ateliers du Puy-de-Dôme » est enregistrée.',
    );
    expect(JSON.parse(posted[0]!.body)).toEqual({ consent: true, documentSha256: sentSha });
    await expectNoAxeViolations(page, 'signing success');
  });

  it('asks a reason and a confirmation before declining', async () => {
    await page.goto(`${spa.url}/t/${tenant}/signer/lien-valide`);
    await page.getByRole('button', { name: 'Refuser de signer' }).click();
    await expect.poll(() => activeId(page)).toBe('refus-titre');
    await page.getByRole('button', { name: 'Refuser la convention' }).click();
    expect(await descriptionOf(page, 'Motif du refus')).toContain(
      'Indiquez pourquoi vous refusez de signer.',
    );
    await page
      .getByLabel('Motif du refus')
      .fill('Nos effectifs ne permettent pas ces engagements cette année.');
    await page.getByRole('button', { name: 'Refuser la convention' }).click();
    const dialog = page.getByRole('dialog', { name: 'Refuser définitivement cette convention ?' });
    await dialog.waitFor();
    expect(posted).toHaveLength(0);
    await expectNoAxeViolations(page, 'decline confirmation dialog');
    await dialog.getByRole('button', { name: 'Confirmer le refus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Convention refusée' }).waitFor();
    expect(JSON.parse(posted[0]!.body)).toEqual({
      reason: 'Nos effectifs ne permettent pas ces engagements cette année.',
    });
    await expectNoAxeViolations(page, 'declined');
  });

  it('explains what to do with an expired or unknown signing link', async () => {
    await page.goto(`${spa.url}/t/${tenant}/signer/lien-expire`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Ce lien de signature n’est plus valable',
    );
    await page.getByText('Ce lien de signature a expiré le 3 mars 2026.').waitFor();
    await page.getByText(/contactez la collectivité qui vous a adressé la convention/).waitFor();
    await expectNoAxeViolations(page, 'expired signing link');

    await page.goto(`${spa.url}/t/${tenant}/signer/lien-inconnu`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Lien de signature introuvable',
    );
    await expectNoAxeViolations(page, 'unknown signing link');
  });

  it('gives each verification verdict clearly', async () => {
    await page.goto(`${spa.url}/verifier`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Vérifier une convention',
    );
    expect(await page.getByLabel('Fichier PDF de la convention').getAttribute('accept')).toContain(
      'application/pdf',
    );
    await expectNoAxeViolations(page, 'verify page');

    const verdict = page.locator('.verdict');
    const upload = async (name: string, content: string) => {
      await page.getByLabel('Fichier PDF de la convention').setInputFiles({
        name,
        mimeType: 'application/pdf',
        buffer: Buffer.from(`%PDF-1.7\n${content}\n%%EOF`),
      });
      await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    };

    await upload('convention-signee.pdf', 'AUTHENTIQUE');
    await verdict.filter({ hasText: 'Document authentique' }).waitFor();
    await expect.poll(() => activeId(page)).toBe('verdict-titre');
    expect(await verdict.getAttribute('class')).toContain('verdict--authentic');
    await expect(verdict.textContent()).resolves.toContain('Il s’agit du document signé avec certificat');
    await expect(verdict.textContent()).resolves.toContain('Ateliers du Puy-de-Dôme');
    await expect(verdict.textContent()).resolves.toContain('Active');
    await expect(verdict.textContent()).resolves.toContain('15 juin 2026');
    const upload1 = posted.at(-1)!;
    expect(upload1.contentType).toBe('application/pdf');
    expect(upload1.body).toBe('%PDF-1.7\nAUTHENTIQUE\n%%EOF');
    await expectNoAxeViolations(page, 'verdict authentic');

    await upload('convention-retouchee.pdf', 'ALTERE');
    await verdict.filter({ hasText: 'Document modifié' }).waitFor();
    expect(await verdict.getAttribute('class')).toContain('verdict--altered');
    await expect(verdict.textContent()).resolves.toContain(
      'Ce fichier se présente comme la convention « Convention de parrainage — Ateliers du Puy-de-Dôme » (référence CF-2026-0042), mais il a été modifié.',
    );
    await expectNoAxeViolations(page, 'verdict altered');

    const sha = page.getByLabel('Empreinte SHA-256', { exact: true });
    await sha.fill('pas une empreinte');
    await page.getByRole('button', { name: 'Vérifier l’empreinte' }).click();
    expect(await descriptionOf(page, 'Empreinte SHA-256')).toContain('64 caractères');

    await sha.fill(finalSha.replace('f00d', 'beef'));
    await page.getByRole('button', { name: 'Vérifier l’empreinte' }).click();
    await verdict.filter({ hasText: 'Document inconnu' }).waitFor();
    expect(await verdict.getAttribute('class')).toContain('verdict--unknown');
    await expectNoAxeViolations(page, 'verdict unknown');

    await sha.fill(sentSha.toUpperCase());
    await page.getByRole('button', { name: 'Vérifier l’empreinte' }).click();
    await verdict.filter({ hasText: 'Document authentique' }).waitFor();
    await expect(verdict.textContent()).resolves.toContain('Il s’agit du document envoyé pour signature');
    expect(JSON.parse(posted.at(-1)!.body)).toEqual({ sha256: sentSha });
  });
});
