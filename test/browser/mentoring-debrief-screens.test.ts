import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiError, fixtureId, recordingStub, signedIn } from '../support/api-stub.ts';
import { expectNoAxeViolations } from '../support/browser.ts';
import { screenQueries } from '../support/screen-queries.ts';
import { serveStubbedSpa } from '../support/stubbed-spa.ts';

// The end-of-year debrief on screen, against a stub answering docs/api-mentoring.md's shapes: the
// mentor answers (and then reads its answer), the coordinator reads the program's figures and types
// a young person's paper questionnaire, the school referent reads its pupils' ratings.

const admin = 'ville-exemple';
const school = 'ville-ecole';
const mentorTenant = 'ville-mentor';
const roles: Record<string, string[]> = {
  [admin]: ['tenant_admin'],
  [school]: ['school_referent'],
  [mentorTenant]: ['mentor'],
};

const ids = {
  program: fixtureId('mpg', 1),
  school: fixtureId('org', 3),
  lina: fixtureId('pai', 1),
  noah: fixtureId('pai', 2),
  malo: fixtureId('pai', 3),
  ines: fixtureId('pai', 4),
};

const program = {
  id: ids.program,
  name: 'Mentorat collégiens 2026-2027',
  audienceLevels: ['4e', '3e'],
  eligibility: {
    mode: 'any',
    scholarship: true,
    priorityEducation: true,
    priorityNeighbourhood: false,
    custom: [],
  },
  season: '2026-2027',
  durationMonths: 10,
  defaultCapacity: 1,
  weights: { interests: 5, distance: 3, availability: 4, preferences: 2, language: 1 },
  maxDistanceKm: 15,
  operator: null,
  agentHoursAllowance: 0,
  noMeetingReminderWeeks: 4,
  status: 'active',
};

const answered = (extra: Record<string, unknown> = {}) => ({
  satisfaction: 4,
  usefulness: 3,
  wouldContinue: true,
  comment: null,
  submittedAt: '2027-06-10T09:00:00Z',
  ...extra,
});

const mentee = (firstName: string, level: string) => ({
  firstName,
  level,
  schoolName: 'Collège Jules-Ferry',
  interests: ['environnement'],
  communeCode: '63113',
});

type Debrief = ReturnType<typeof answered> | null;

// The pupil the school referent proposed, as its list shows it (docs/api-mentoring.md's YoungPerson).
const pupil = {
  id: fixtureId('yng', 1),
  programId: ids.program,
  firstName: 'Lina',
  lastName: 'Moreau',
  birthDate: '2012-04-02',
  level: '4e',
  school: { id: ids.school, name: 'Collège Jules-Ferry' },
  communeCode: '63113',
  interests: ['environnement'],
  availability: ['wed_pm'],
  languages: ['fr'],
  reason: 'orientation',
  reasonDetail: null,
  scholarship: true,
  priorityNeighbourhood: false,
  eligible: true,
  eligibility: { eligible: true, reasons: [] },
  authorisation: 'given',
  guardianEmail: 'famille.moreau@example.org',
  pairStatus: 'active',
};

const summary = {
  pairs: 21,
  answers: 3,
  satisfaction: 4.3,
  usefulness: 3.7,
  wouldContinuePercent: 67,
  byRespondent: {
    mentor: { answers: 2, satisfaction: 4.5, usefulness: 3.5, wouldContinuePercent: 50 },
    mentee: { answers: 1, satisfaction: 4, usefulness: 4, wouldContinuePercent: 100 },
  },
};

const boardPair = (
  n: number,
  debriefs: { mentor: Debrief; mentee: Debrief },
  extra: Record<string, unknown> = {},
) => ({
  id: fixtureId('pai', 100 + n),
  status: 'active',
  closeOutcome: null,
  mentor: { id: fixtureId('mnt', n), name: `Mentor ${n}`, organizationName: 'Ville d’Exemple' },
  youngPerson: {
    id: fixtureId('yng', n),
    firstName: `Jeune ${n}`,
    level: '3e',
    schoolName: 'Collège Jules-Ferry',
  },
  debriefs,
  ...extra,
});

const extraQuestions = [
  { label: 'Note de l’atelier « découverte des métiers »', kind: 'scale' },
  { label: 'Une idée pour l’an prochain ?', kind: 'text' },
];

function debriefStub() {
  // What the server holds, as the screens change it.
  const mentorAnswers: Record<string, Debrief> = {
    [ids.ines]: answered({ comment: 'Inès a trouvé son stage de 3e.' }),
  };
  let linaMentee: Debrief = null;

  const board = () => [
    boardPair(
      1,
      { mentor: answered({ satisfaction: 5, comment: 'Très bonne année.' }), mentee: linaMentee },
      {
        mentor: {
          id: fixtureId('mnt', 1),
          name: 'Sophie Garnier',
          organizationName: 'Direction des espaces verts',
        },
        youngPerson: {
          id: fixtureId('yng', 1),
          firstName: 'Lina',
          level: '4e',
          schoolName: 'Collège Jules-Ferry',
        },
      },
    ),
    boardPair(
      2,
      { mentor: null, mentee: answered({ comment: 'Contente.' }) },
      {
        status: 'closed',
        closeOutcome: 'completed',
        mentor: {
          id: fixtureId('mnt', 2),
          name: 'Karim Benali',
          organizationName: 'Ateliers du Puy-de-Dôme',
        },
        youngPerson: {
          id: fixtureId('yng', 2),
          firstName: 'Noah',
          level: '3e',
          schoolName: 'Collège Jules-Ferry',
        },
      },
    ),
    ...Array.from({ length: 19 }, (_, i) => boardPair(10 + i, { mentor: null, mentee: null })),
  ];

  return recordingStub(({ method, path, query, body }) => {
    if (path === '/api/me') {
      return signedIn({
        identity: { id: 'idt_1', email: 'sophie@ville.example', name: 'Sophie Garnier' },
        memberships: Object.entries(roles).map(([slug, r]) => ({
          tenant: { slug, name: 'Ville d’Exemple' },
          role: r[0]!,
        })),
      });
    }
    const match = /^\/api\/t\/([^/]+)(\/.*)?$/.exec(path);
    if (!match) return undefined;
    const [, slug = '', rest = ''] = match;
    const tenantRoles = roles[slug];
    if (!tenantRoles) return apiError(404, 'NOT_FOUND', 'Collectivité introuvable.');
    if (rest === '') {
      return {
        status: 200,
        json: {
          slug,
          name: 'Ville d’Exemple',
          kind: 'commune',
          brandColor: '#0b5394',
          role: tenantRoles[0],
          roles: tenantRoles,
          organizations:
            slug === school ? [{ id: ids.school, name: 'Collège Jules-Ferry', kind: 'school' }] : [],
        },
      };
    }
    const m = '/mentoring';
    const programPath = `${m}/programs/${ids.program}`;
    if (rest === `${m}/programs`) return { status: 200, json: { items: [program] } };
    if (rest === programPath) {
      return {
        status: 200,
        json: {
          ...program,
          counts: { mentors: 2, youngPeople: 3, authorised: 3, pairsByStatus: { active: 1 } },
        },
      };
    }
    if (rest === `${m}/me`) {
      const pair = (id: string, status: string, firstName: string, canDebrief: boolean) => ({
        id,
        status,
        programName: program.name,
        mentee: mentee(firstName, '4e'),
        meetings: canDebrief ? 5 : 0,
        lastMeeting: canDebrief ? '2027-05-20' : null,
        canDebrief,
        debrief: mentorAnswers[id] ?? null,
        // Noah's program was adopted from a template that asks two questions of its own.
        extraQuestions: id === ids.noah ? extraQuestions : [],
      });
      return {
        status: 200,
        json: {
          mentors: [
            {
              id: fixtureId('mnt', 1),
              programId: ids.program,
              programName: program.name,
              charterSignedAt: '2026-10-05T10:00:00Z',
              onWorkTime: false,
              managerApproval: 'not_needed',
              hoursAllowance: 0,
              honorabilityValid: true,
            },
          ],
          pairs: [
            pair(ids.lina, 'active', 'Lina', true),
            pair(ids.malo, 'accepted', 'Malo', false),
            pair(ids.noah, 'closed', 'Noah', true),
            pair(ids.ines, 'closed', 'Inès', true),
          ],
          hours: null,
        },
      };
    }
    const debrief = new RegExp(`^${m}/pairs/([^/]+)/debrief$`).exec(rest);
    if (debrief && method === 'POST') {
      const pairId = debrief[1]!;
      if (typeof body?.comment === 'string' && body.comment.length > 200) {
        // As a server with a shorter limit would answer: the words go next to the field.
        return apiError(422, 'VALIDATION', 'Vérifiez les champs signalés.', {
          comment: 'Commentaire trop long (200 caractères).',
        });
      }
      if (pairId === ids.lina && body?.respondent === 'mentor') {
        // Answered meanwhile from another tab: the server keeps the first answer.
        mentorAnswers[ids.lina] = answered({ satisfaction: 5, usefulness: 5 });
        return apiError(
          409,
          'CONFLICT',
          'Vous avez déjà répondu à ce bilan : votre réponse est enregistrée et ne se modifie plus.',
        );
      }
      const { respondent: _, extraAnswers: given = [], ...rest } = body ?? {};
      const answers = {
        ...rest,
        extraAnswers: (given as { label: string; answer: unknown }[]).map((a) => ({
          ...a,
          kind: extraQuestions.find((q) => q.label === a.label)?.kind,
        })),
      };
      const stored = { ...answered(), comment: null, ...answers, submittedAt: '2027-06-12T09:00:00Z' };
      if (body?.respondent === 'mentee') linaMentee = stored as Debrief;
      else mentorAnswers[pairId] = stored as Debrief;
      return { status: 201, json: { id: fixtureId('dbf', 9), respondent: body?.respondent, ...stored } };
    }
    if (rest === `${programPath}/debriefs`) {
      const waiting = query.get('waiting');
      const page = Number(query.get('page') ?? 1);
      const pageSize = Number(query.get('pageSize') ?? 20);
      const all = board().filter((p) => !waiting || p.debriefs[waiting as 'mentor' | 'mentee'] === null);
      return {
        status: 200,
        json: {
          summary,
          items: all.slice((page - 1) * pageSize, page * pageSize),
          page,
          pageSize,
          total: all.length,
        },
      };
    }
    if (rest === `${programPath}/young-people`) {
      return { status: 200, json: { items: [pupil] } };
    }
    if (rest === `${programPath}/school-debriefs`) {
      const ratings = ({ comment: _, ...kept }: ReturnType<typeof answered>) => kept;
      return {
        status: 200,
        json: {
          summary: { ...summary, pairs: 2 },
          items: [
            {
              pairId: ids.lina,
              status: 'active',
              youngPerson: { firstName: 'Lina', level: '4e', schoolName: 'Collège Jules-Ferry' },
              debriefs: { mentor: ratings(answered({ satisfaction: 5 })), mentee: null },
            },
            {
              pairId: ids.noah,
              status: 'closed',
              youngPerson: { firstName: 'Noah', level: '3e', schoolName: 'Collège Jules-Ferry' },
              debriefs: { mentor: null, mentee: ratings(answered({ wouldContinue: false })) },
            },
          ],
          page: 1,
          pageSize: 20,
          total: 2,
        },
      };
    }
    return undefined;
  });
}

describe('mentoring debrief screens', () => {
  const { stub, writes } = debriefStub();
  const spa = serveStubbedSpa({ tempPrefix: 'passerelle-debrief-', stub });
  let page: Page;
  const at = (rest: string, slug: string) => `${spa.url}/t/${slug}${rest}`;
  const { expectHeading, focusedId, isFocused, text, shot } = screenQueries(() => page);
  const lastWrite = (suffix: string) => writes.findLast((w) => w.path.endsWith(suffix));
  /** The error tied to a radio group: its fieldset says it, as a screen reader reads the legend. */
  const groupError = async (legend: string) => {
    const group = page.getByRole('group', { name: legend });
    const described = ((await group.getAttribute('aria-describedby')) ?? '').split(' ');
    const errorId = described.find((value) => value.endsWith('-erreur'));
    return errorId ? text(page.locator(`[id="${errorId}"]`)) : null;
  };

  beforeEach(async () => {
    writes.length = 0;
    page = await spa.newPage();
    return () => page.close();
  });

  it('lets a mentor answer the debrief of a closed pair, then shows the answer instead of the form', async () => {
    await page.goto(at('/mon-mentorat', mentorTenant));
    await expectHeading('Mon mentorat');
    // A pair given its answer shows it, read only, with the comment for the coordination.
    const ines = page.locator('section.pair-card', { hasText: 'Inès, 4e' });
    await ines.getByRole('heading', { name: 'Votre bilan de fin d’année' }).waitFor();
    expect(await text(ines)).toMatch(/Satisfaction\s*4 \/ 5 — Satisfait·e/);
    expect(await text(ines)).toContain('Inès a trouvé son stage de 3e.');
    // A pair that has not started has no debrief; a living one keeps it behind a button.
    const malo = page.locator('section.pair-card', { hasText: 'Malo, 4e' });
    expect(await malo.getByText(/bilan/i).count()).toBe(0);
    await page.getByRole('button', { name: 'Remplir le bilan de fin d’année avec Lina' }).waitFor();
    await expectNoAxeViolations(page, 'mentor page with debriefs');

    const noah = page.locator('form', { hasText: 'Bilan de fin d’année avec Noah' });
    await noah.getByRole('button', { name: 'Envoyer mon bilan' }).click();
    const summary = noah.locator('.error-summary');
    await expect.poll(() => text(summary)).toContain('Le formulaire contient 3 erreurs');
    await expect.poll(() => isFocused(summary)).toBe(true);
    expect(await groupError('Êtes-vous satisfait·e de l’accompagnement ?')).toContain(
      'Choisissez une note de 1 à 5.',
    );
    expect(await groupError('Souhaitez-vous continuer l’an prochain ?')).toContain(
      'Répondez par oui ou par non.',
    );
    await expectNoAxeViolations(page, 'mentor debrief with errors');
    expect(writes).toHaveLength(0);

    await summary.getByRole('link', { name: /Souhait de continuer/ }).click();
    await expect.poll(focusedId).toBe(`bilan-${ids.noah}-wouldContinue`);
    await noah.getByLabel('4 — Satisfait·e').check();
    await noah.getByLabel('5 — Très utiles').check();
    await noah.getByLabel('Non', { exact: true }).check();
    const comment = noah.getByLabel(/Un commentaire pour la coordination/);
    await comment.fill('Noah a déménagé en cours d’année. '.repeat(8));
    expect(await text(noah.locator(`[id="bilan-${ids.noah}-comment-compteur"]`))).toMatch(
      /Il reste 7\d\d caractères sur 1\s000\./,
    );
    await noah.getByRole('button', { name: 'Envoyer mon bilan' }).click();
    // The server's words, next to the field; nothing chosen is lost.
    await expect.poll(() => comment.getAttribute('aria-invalid')).toBe('true');
    await noah.getByText('Commentaire trop long (200 caractères).').first().waitFor();
    expect(await noah.getByLabel('4 — Satisfait·e').isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'mentor debrief with the server’s error');
    await shot('debrief-mentor-error');

    await comment.fill('Noah a déménagé en cours d’année ; bonne relation jusque-là.');
    // The template's own questions, after the built-in ones, optional.
    const workshop = noah.getByRole('group', { name: /Note de l’atelier « découverte des métiers »/ });
    await workshop.getByLabel('4', { exact: true }).check();
    await noah.getByLabel(/Une idée pour l’an prochain/).fill('Plus de visites.');
    await noah.getByRole('button', { name: 'Envoyer mon bilan' }).click();
    await page.getByText('Merci : votre bilan de l’accompagnement de Noah est enregistré.').waitFor();
    expect(lastWrite('/debrief')).toMatchObject({
      path: `/api/t/${mentorTenant}/mentoring/pairs/${ids.noah}/debrief`,
      body: {
        respondent: 'mentor',
        satisfaction: 4,
        usefulness: 5,
        wouldContinue: false,
        comment: 'Noah a déménagé en cours d’année ; bonne relation jusque-là.',
        extraAnswers: [
          { label: 'Note de l’atelier « découverte des métiers »', answer: 4 },
          { label: 'Une idée pour l’an prochain ?', answer: 'Plus de visites.' },
        ],
      },
    });
    const noahCard = page.locator('section.pair-card', { hasText: 'Noah, 4e' });
    await noahCard.getByRole('heading', { name: 'Votre bilan de fin d’année' }).waitFor();
    expect(await text(noahCard)).toMatch(/Utilité des rencontres\s*5 \/ 5 — Très utiles/);
    expect(await text(noahCard)).toMatch(/Note de l’atelier « découverte des métiers »\s*4 \/ 5/);
    expect(await text(noahCard)).toContain('Plus de visites.');
    expect(await noahCard.getByRole('button', { name: 'Envoyer mon bilan' }).count()).toBe(0);
    await shot('debrief-mentor-answered');
  });

  it('tells a mentor who already answered elsewhere, and shows the answer kept', async () => {
    await page.goto(at('/mon-mentorat', mentorTenant));
    await page.getByRole('button', { name: 'Remplir le bilan de fin d’année avec Lina' }).click();
    await expect.poll(focusedId).toBe(`bilan-${ids.lina}-titre`);
    const lina = page.locator('form', { hasText: 'Bilan de fin d’année avec Lina' });
    await lina.getByLabel('3 — Moyennement satisfait·e').check();
    await lina.getByLabel('3 — Moyennement utiles').check();
    await lina.getByLabel('Oui', { exact: true }).check();
    await lina.getByRole('button', { name: 'Envoyer mon bilan' }).click();
    await page.getByText(/Vous avez déjà répondu à ce bilan/).waitFor();
    const card = page.locator('section.pair-card', { hasText: 'Lina, 4e' });
    await card.getByRole('heading', { name: 'Votre bilan de fin d’année' }).waitFor();
    expect(await text(card)).toMatch(/Satisfaction\s*5 \/ 5 — Très satisfait·e/);
  });

  it('gives the coordinator the program’s figures and the pairs, and records a young person’s paper answers', async () => {
    await page.goto(at(`/mentorat/${ids.program}?onglet=bilans`, admin));
    await page.getByRole('heading', { name: 'Bilans de fin d’année' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Bilans' }).getAttribute('aria-selected')).toBe('true');
    await page.getByText(/3 réponses pour 21 binômes concernés/).waitFor();
    const figures = page.getByRole('table', { name: 'Bilans du programme, par répondant' });
    expect(await text(figures.getByRole('row', { name: /Mentors/ }))).toMatch(
      /2\s*4,5 \/ 5\s*3,5 \/ 5\s*50\s%/,
    );
    expect(await text(figures.getByRole('row', { name: /Ensemble/ }))).toMatch(
      /3\s*4,3 \/ 5\s*3,7 \/ 5\s*67\s%/,
    );
    expect(await page.getByRole('link', { name: 'Exporter les bilans (CSV)' }).getAttribute('href')).toBe(
      `/api/t/${admin}/mentoring/programs/${ids.program}/debriefs/export.csv`,
    );
    const lina = page.getByRole('row', { name: /Sophie Garnier et Lina/ });
    expect(await text(lina)).toMatch(/Satisfaction : 5 \/ 5.*« Très bonne année\. ».*Pas encore saisi/);
    const noah = page.getByRole('row', { name: /Karim Benali et Noah/ });
    expect(await text(noah)).toMatch(/Mené à son terme.*Pas encore de réponse.*« Contente\. »/);
    await page.getByText('Page 1 sur 2').waitFor();
    await expectNoAxeViolations(page, 'program debriefs');
    await shot('debrief-program');

    await page
      .getByRole('button', { name: 'Saisir les réponses de Lina (binôme avec Sophie Garnier)' })
      .click();
    await expect.poll(focusedId).toBe('bilan-jeune-titre');
    const form = page.locator('form', { hasText: 'Réponses de Lina au questionnaire papier' });
    expect(await text(form)).toContain('les jeunes n’ont pas de compte');
    await form.getByRole('button', { name: 'Enregistrer les réponses de Lina' }).click();
    await expect
      .poll(() => text(form.locator('.error-summary')))
      .toContain('Le formulaire contient 3 erreurs');
    expect(await groupError('Satisfaction de Lina quant à l’accompagnement')).toContain(
      'Choisissez une note',
    );
    await expectNoAxeViolations(page, 'young person’s paper answers with errors');
    await shot('debrief-mentee-form');

    await form.getByLabel('5 — Très satisfait·e').check();
    await form.getByLabel('4 — Utiles').check();
    await form.getByLabel('Oui', { exact: true }).check();
    await form.getByLabel('Commentaire de Lina, recopié du questionnaire').fill('J’ai découvert les serres.');
    await form.getByRole('button', { name: 'Enregistrer les réponses de Lina' }).click();
    const notice = page.getByText('Les réponses de Lina au bilan sont enregistrées.');
    await notice.waitFor();
    expect(lastWrite('/debrief')).toMatchObject({
      path: `/api/t/${admin}/mentoring/pairs/${fixtureId('pai', 101)}/debrief`,
      body: {
        respondent: 'mentee',
        satisfaction: 5,
        usefulness: 4,
        wouldContinue: true,
        comment: 'J’ai découvert les serres.',
      },
    });
    await expect.poll(() => text(lina)).toContain('« J’ai découvert les serres. »');
    expect(await form.count()).toBe(0);

    // Only the pairs still waiting for the young person's answer, and the next page.
    await page.getByLabel('Afficher').selectOption('mentee');
    await expect.poll(() => lina.count()).toBe(0);
    expect(await noah.count()).toBe(0);
    await page.getByLabel('Afficher').selectOption('');
    await page.getByRole('button', { name: /Page suivante/ }).click();
    await page.getByText('Page 2 sur 2').waitFor();
    await page.getByRole('row', { name: /Mentor 28 et Jeune 28/ }).waitFor();
  });

  it('shows a school referent its pupils’ ratings, without the comments', async () => {
    await page.goto(at('/mes-eleves', school));
    await expectHeading('Mes élèves');
    const table = page.getByRole('table', { name: /Bilan de chacun de vos élèves/ });
    const lina = table.getByRole('row', { name: /Lina/ });
    expect(await text(lina)).toMatch(/4e, Collège Jules-Ferry.*Pas encore saisi.*Satisfaction : 5 \/ 5/);
    const noah = table.getByRole('row', { name: /Noah/ });
    expect(await text(noah)).toMatch(/Continuer : non.*Pas encore de réponse/);
    await page
      .getByText('les commentaires libres restent à la coordination du programme', { exact: false })
      .waitFor();
    await expectNoAxeViolations(page, 'school debriefs');
    await shot('debrief-school');
  });
});
