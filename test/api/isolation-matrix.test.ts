import { type TenantDb, tenantSchema } from '@passerelle/db';
import { newId, TENANT_ROLES, type TenantRole } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withLuhnKey } from '../../workers/api/src/demo/demo-data.ts';
import { insertConvention } from '../support/convention-fixtures.ts';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';
import { MATRIX_AREAS } from './isolation/areas.ts';
import type { RouteCase } from './isolation/route-case.ts';

// Made in `beforeAll`: partner actions need an active convention, written straight into each
// tenant DB until conventions have their own service.
const made = {
  conventionA: '',
  eventA: '',
  eventToCancelA: '',
  registrationA: '',
  schoolA: '',
  eventB: '',
  templateA: '',
  templateB: '',
  draftA: '',
  editableA: '',
  withdrawableA: '',
  signedA: '',
  conventionB: '',
  companyA: '',
  programA: '',
  mentorA: '',
  mentorB: '',
  youngA: '',
  youngB: '',
  programB: '',
  pairB: '',
  pairs: {} as Record<string, string>,
  discovery: {
    programA: '',
    programB: '',
    weekA: '',
    studentA: '',
    serviceA: '',
    move: {} as Record<string, unknown>,
  },
};

const ANY = TENANT_ROLES;
const TENANT_ROUTES: RouteCase[] = [
  { method: 'GET', path: '/api/t/:tenant', allowed: ANY },
  { method: 'GET', path: '/api/t/:tenant/organizations', allowed: ANY },
  {
    method: 'POST',
    path: '/api/t/:tenant/organizations',
    allowed: ['tenant_admin'],
    body: { kind: 'service', name: 'Service des sports' },
  },
  { method: 'GET', path: '/api/t/:tenant/organizations/:id', allowed: ANY },
  {
    method: 'PATCH',
    path: '/api/t/:tenant/organizations/:id',
    allowed: ['tenant_admin'],
    body: { name: 'Renommée' },
  },
  { method: 'POST', path: '/api/t/:tenant/organizations/:id/archive', allowed: ['tenant_admin'] },
  { method: 'POST', path: '/api/t/:tenant/organizations/:id/unarchive', allowed: ['tenant_admin'] },
  { method: 'GET', path: '/api/t/:tenant/partner-events', allowed: ANY },
  {
    method: 'POST',
    path: '/api/t/:tenant/partner-events',
    allowed: ['tenant_admin', 'partner_referent'],
    body: () => partnerEvent(made.conventionA),
  },
  {
    method: 'GET',
    path: '/api/t/:tenant/partner-events/:id',
    allowed: ANY,
    id: () => made.eventA,
    foreignId: () => made.eventB,
  },
  {
    method: 'POST',
    path: '/api/t/:tenant/partner-events/:id/registrations',
    allowed: ['tenant_admin', 'school_referent'],
    body: () => ({ schoolId: made.schoolA, firstName: 'Léa', level: '3e' }),
    id: () => made.eventA,
    foreignId: () => made.eventB,
  },
  {
    method: 'POST',
    path: '/api/t/:tenant/partner-events/:id/held',
    allowed: ['tenant_admin', 'partner_referent'],
    body: () => ({ attendance: [{ registrationId: made.registrationA, attended: true }] }),
    id: () => made.eventA,
    foreignId: () => made.eventB,
  },
  {
    method: 'POST',
    path: '/api/t/:tenant/partner-events/:id/cancel',
    allowed: ['tenant_admin', 'partner_referent'],
    id: () => made.eventToCancelA,
    foreignId: () => made.eventB,
  },
  ...templateRoutes(),
  ...conventionRoutes(),
  {
    method: 'POST',
    path: '/api/t/:tenant/schools/import',
    allowed: ['tenant_admin'],
    rawBody:
      'identifiant_de_l_etablissement;nom_etablissement;type_etablissement;code_commune;appartenance_education_prioritaire;nombre_d_eleves\n0630099Z;Collège de la matrice;Collège;63113;;300\n',
  },
  { method: 'GET', path: '/api/t/:tenant/fulfilment', allowed: ['tenant_admin'] },
  { method: 'GET', path: '/api/t/:tenant/fulfilment/export.csv', allowed: ['tenant_admin'] },
  ...mentorRoutes(),
  ...youngPeopleRoutes(),
  // Pairs before programs: a matching run replaces the unlocked proposals the pair routes act on.
  ...pairRoutes(),
  ...programRoutes(),
  { method: 'GET', path: '/api/t/:tenant/mentoring/me', allowed: ['mentor'], caller: 'mentorA' },
  ...discoveryRoutes(),
  ...MATRIX_AREAS.flatMap((a) => a.tenant),
];

// Pass'3e: program A is set up and planned in `beforeAll` (one pupil, one group); the plan move is
// a no-op (the group's own host), the week is reopened rather than closed, so no route breaks
// another's precondition. Re-running groups and plan comes after the routes that read them.
function discoveryRoutes(): RouteCase[] {
  const admin: TenantRole[] = ['tenant_admin'];
  const base = '/api/t/:tenant/discovery/programs';
  const program = { id: () => made.discovery.programA, foreignId: () => made.discovery.programB };
  return [
    { method: 'GET', path: base, allowed: ANY },
    {
      method: 'POST',
      path: base,
      allowed: admin,
      body: { name: 'Pass’3e matrice', season: '2027-2028', totalPlaces: 10, weeks: ['2028-01-10'] },
    },
    { method: 'GET', path: `${base}/:id`, allowed: ANY, ...program },
    { method: 'PATCH', path: `${base}/:id`, allowed: admin, body: { name: 'Pass’3e renommé' }, ...program },
    {
      method: 'PATCH',
      path: `${base}/:id/weeks/:weekId`,
      allowed: admin,
      body: { closed: false },
      params: () => ({ weekId: made.discovery.weekA }),
      ...program,
    },
    { method: 'GET', path: `${base}/:id/hosts`, allowed: ANY, ...program },
    {
      method: 'POST',
      path: `${base}/:id/hosts`,
      allowed: admin,
      body: () => discoveryHost(made.discovery.serviceA, 'tuteur.matrice.bis@clermont.example'),
      ...program,
    },
    { method: 'POST', path: `${base}/:id/quotas`, allowed: admin, ...program },
    { method: 'GET', path: `${base}/:id/quotas`, allowed: ['tenant_admin', 'school_referent'], ...program },
    { method: 'GET', path: `${base}/:id/students`, allowed: ['tenant_admin', 'school_referent'], ...program },
    {
      method: 'POST',
      path: `${base}/:id/students`,
      allowed: ['tenant_admin', 'school_referent'],
      body: () => discoveryNomination(made.schoolA, 'Maël'),
      ...program,
    },
    {
      method: 'GET',
      path: `${base}/:id/students/:studentId/booklet`,
      allowed: ['tenant_admin', 'school_referent', 'mentor'],
      params: () => ({ studentId: made.discovery.studentA }),
      ...program,
    },
    {
      method: 'POST',
      path: `${base}/:id/students/:studentId/convention`,
      allowed: admin,
      params: () => ({ studentId: made.discovery.studentA }),
      body: {
        schoolHead: {
          name: 'Principale',
          title: 'Cheffe d’établissement',
          email: 'principale@matrice.example',
        },
      },
      ...program,
    },
    {
      method: 'POST',
      path: `${base}/:id/booklet-links`,
      allowed: admin,
      body: () => ({ studentId: made.discovery.studentA }),
      ...program,
    },
    { method: 'GET', path: `${base}/:id/groups`, allowed: admin, ...program },
    { method: 'GET', path: `${base}/:id/plan`, allowed: ['tenant_admin', 'mentor'], ...program },
    {
      method: 'PATCH',
      path: `${base}/:id/plan`,
      allowed: admin,
      body: () => made.discovery.move,
      ...program,
    },
    {
      method: 'POST',
      path: `${base}/:id/attendance`,
      allowed: ['tenant_admin', 'mentor'],
      body: () => ({ dayIndex: 1, records: [{ studentId: made.discovery.studentA, present: true }] }),
      ...program,
    },
    { method: 'POST', path: `${base}/:id/groups`, allowed: admin, ...program },
    { method: 'POST', path: `${base}/:id/plan`, allowed: admin, ...program },
    { method: 'GET', path: `${base}/:id/summary`, allowed: admin, ...program },
    { method: 'GET', path: `${base}/:id/summary.pdf`, allowed: admin, ...program },
    { method: 'GET', path: `${base}/:id/surveys/export.csv`, allowed: admin, ...program },
  ];
}

const discoveryHost = (organizationId: string, email: string) => ({
  organizationId,
  name: `Service ${email.split('@')[0]}`,
  jobFamily: 'administration',
  capacityGroupsPerDay: 1,
  tutors: [{ name: 'Tuteur matrice', email }],
});

const discoveryNomination = (schoolId: string, firstName: string) => ({
  schoolId,
  firstName,
  lastName: 'Matrice',
  gender: 'F',
  interests: ['administration'],
  reason: 'Sans réseau',
  guardianEmail: `parent.${firstName.toLowerCase()}@parents.example`,
});

function programRoutes(): RouteCase[] {
  const admin: TenantRole[] = ['tenant_admin'];
  const program = { id: () => made.programA, foreignId: () => made.programB };
  const base = '/api/t/:tenant/mentoring/programs';
  return [
    { method: 'GET', path: base, allowed: TENANT_ROLES },
    {
      method: 'POST',
      path: base,
      allowed: admin,
      body: {
        name: 'Nouveau programme',
        audienceLevels: ['3e'],
        eligibility: {},
        season: '2027-2028',
        weights: {},
      },
    },
    { method: 'GET', path: `${base}/:id`, allowed: TENANT_ROLES, ...program },
    { method: 'PATCH', path: `${base}/:id`, allowed: admin, body: { noMeetingReminderWeeks: 6 }, ...program },
    { method: 'POST', path: `${base}/:id/match-runs`, allowed: admin, ...program },
    { method: 'GET', path: `${base}/:id/match-runs/latest`, allowed: admin, ...program },
    { method: 'GET', path: `${base}/:id/pairs`, allowed: admin, ...program },
    { method: 'GET', path: `${base}/:id/pairs/export.csv`, allowed: admin, ...program },
    { method: 'GET', path: `${base}/:id/agent-hours`, allowed: admin, ...program },
    { method: 'GET', path: `${base}/:id/debriefs`, allowed: admin, ...program },
    { method: 'GET', path: `${base}/:id/debriefs/export.csv`, allowed: admin, ...program },
    {
      method: 'GET',
      path: `${base}/:id/school-debriefs`,
      allowed: ['school_referent'],
      caller: 'clermontSchool',
      ...program,
    },
  ];
}

// Each pair route acts on its own pair (written in `beforeAll`), so one route's change cannot
// break another's precondition.
function pairRoutes(): RouteCase[] {
  const base = '/api/t/:tenant/mentoring/pairs';
  const on = (key: string) => ({ id: () => made.pairs[key]!, foreignId: () => made.pairB });
  const admin: TenantRole[] = ['tenant_admin'];
  const both: TenantRole[] = ['tenant_admin', 'mentor'];
  const meeting = { date: '2026-11-20', durationMinutes: 60, kind: 'in_person' };
  return [
    { method: 'GET', path: `${base}/:id`, allowed: admin, ...on('read') },
    { method: 'POST', path: `${base}/:id/lock`, allowed: admin, ...on('lock') },
    { method: 'POST', path: `${base}/:id/unlock`, allowed: admin, ...on('unlock') },
    { method: 'POST', path: `${base}/:id/reject`, allowed: admin, ...on('reject') },
    { method: 'POST', path: `${base}/:id/accept`, allowed: ['mentor'], caller: 'mentorA', ...on('accept') },
    {
      method: 'POST',
      path: `${base}/:id/introduce`,
      allowed: both,
      body: { date: '2026-11-20' },
      ...on('introduce'),
    },
    { method: 'POST', path: `${base}/:id/meetings`, allowed: both, body: meeting, ...on('meet') },
    { method: 'GET', path: `${base}/:id/meetings`, allowed: both, ...on('meet') },
    {
      method: 'POST',
      path: `${base}/:id/close`,
      allowed: admin,
      body: { outcome: 'completed', reason: 'Fin' },
      ...on('close'),
    },
    {
      method: 'POST',
      path: `${base}/:id/debrief`,
      allowed: both,
      body: { respondent: 'mentee', satisfaction: 4, usefulness: 4, wouldContinue: true },
      ...on('debrief'),
    },
    { method: 'GET', path: `${base}/:id/debriefs`, allowed: admin, ...on('debrief') },
    // The debrief pair's young person is at the school of tenant A's school referent.
    {
      method: 'GET',
      path: `${base}/:id/school-debrief`,
      allowed: ['school_referent'],
      caller: 'clermontSchool',
      ...on('debrief'),
    },
  ];
}

async function insertPair(
  db: TenantDb,
  input: { programId: string; mentorId: string; youngPersonId: string; status: string },
) {
  const id = newId('pai');
  const at = new Date().toISOString();
  await db.insert(tenantSchema.pairs).values({
    id,
    ...input,
    proposedAt: at,
    updatedAt: at,
    ...(input.status === 'proposed' ? {} : { acceptedAt: at }),
  });
  return id;
}

function mentorRoutes(): RouteCase[] {
  const namers: TenantRole[] = ['tenant_admin', 'partner_referent'];
  const mentor = { id: () => made.mentorA, foreignId: () => made.mentorB };
  const program = '/api/t/:tenant/mentoring/programs/:programId/mentors';
  return [
    { method: 'GET', path: program, allowed: namers },
    {
      method: 'POST',
      path: program,
      allowed: namers,
      body: () => mentorBody(made.companyA, 'nouveau.mentor@pneus.example'),
    },
    { method: 'GET', path: '/api/t/:tenant/mentoring/mentors/:id', allowed: namers, ...mentor },
    {
      method: 'POST',
      path: '/api/t/:tenant/mentoring/mentors/:id/honorability',
      allowed: ['tenant_admin'],
      body: { verified: true, checkedOn: '2026-09-01', expiresOn: '2029-09-01', verifiedBy: 'Service RH' },
      ...mentor,
    },
    {
      method: 'POST',
      path: '/api/t/:tenant/mentoring/mentors/:id/charter',
      allowed: ['mentor'],
      body: { accepted: true },
      caller: 'mentorA',
      ...mentor,
    },
  ];
}

function youngPeopleRoutes(): RouteCase[] {
  const schools: TenantRole[] = ['tenant_admin', 'school_referent'];
  const program = '/api/t/:tenant/mentoring/programs/:programId/young-people';
  return [
    { method: 'GET', path: program, allowed: schools },
    { method: 'POST', path: program, allowed: schools, body: () => nominationBody(made.schoolA, 'Yanis') },
    {
      method: 'GET',
      path: '/api/t/:tenant/mentoring/young-people/:id',
      allowed: schools,
      id: () => made.youngA,
      foreignId: () => made.youngB,
    },
  ];
}

const mentorBody = (organizationId: string, email: string) => ({
  firstName: 'Claire',
  lastName: 'Fabre',
  email,
  organizationId,
  jobFamily: 'industrie',
  jobTitle: 'Ingénieure procédés',
  availability: ['wed_pm'],
});

const nominationBody = (schoolId: string, firstName: string) => ({
  firstName,
  lastName: 'Morel',
  birthDate: '2012-05-04',
  level: '3e',
  schoolId,
  interests: ['industrie'],
  availability: ['wed_pm'],
  reason: 'orientation',
  guardianEmail: `parent.${firstName.toLowerCase()}@parents.example`,
});

// The programs API is another engineer's: a program is written straight into each tenant DB.
async function insertProgram(db: TenantDb): Promise<string> {
  const id = newId('mpg');
  await db.insert(tenantSchema.mentoringPrograms).values({
    id,
    name: 'Programme de mentorat',
    audienceLevels: ['3e'],
    eligibility: {
      mode: 'any',
      scholarship: false,
      priorityEducation: false,
      priorityNeighbourhood: false,
      custom: [],
    },
    season: '2026-2027',
    durationMonths: 10,
    defaultCapacity: 1,
    weights: { interests: 1, distance: 1, availability: 1, preferences: 1, language: 1 },
    updatedAt: new Date().toISOString(),
  });
  return id;
}

function templateRoutes(): RouteCase[] {
  const template = { id: () => made.templateA, foreignId: () => made.templateB };
  const version = {
    title: 'Convention v2',
    clauses: [{ heading: 'Article 1', body: 'Entre {{collectivite}} et {{partenaire}}.' }],
    commitmentTypes: ['site_visits'],
    signatories: [
      { role: 'partner_representative', label: 'Pour le partenaire' },
      { role: 'tenant_representative', label: 'Pour la ville' },
    ],
  };
  return [
    { method: 'GET', path: '/api/t/:tenant/convention-templates', allowed: ['tenant_admin'] },
    {
      method: 'POST',
      path: '/api/t/:tenant/convention-templates',
      allowed: ['tenant_admin'],
      body: { name: 'Modèle', version },
    },
    {
      method: 'GET',
      path: '/api/t/:tenant/convention-templates/:id',
      allowed: ['tenant_admin'],
      ...template,
    },
    {
      method: 'PATCH',
      path: '/api/t/:tenant/convention-templates/:id',
      allowed: ['tenant_admin'],
      body: { description: 'Mise à jour' },
      ...template,
    },
    {
      method: 'POST',
      path: '/api/t/:tenant/convention-templates/:id/versions',
      allowed: ['tenant_admin'],
      body: version,
      ...template,
    },
  ];
}

function conventionRoutes(): RouteCase[] {
  const readers: TenantRole[] = ['tenant_admin', 'partner_referent'];
  const signed = { id: () => made.signedA, foreignId: () => made.conventionB };
  const base = '/api/t/:tenant/conventions';
  return [
    { method: 'GET', path: base, allowed: readers },
    { method: 'GET', path: `${base}/export.csv`, allowed: ['tenant_admin'] },
    {
      method: 'POST',
      path: base,
      allowed: ['tenant_admin'],
      body: () => conventionBody(made.templateA, made.companyA),
    },
    { method: 'GET', path: `${base}/:id`, allowed: readers, ...signed },
    {
      method: 'POST',
      path: `${base}/:id/send`,
      allowed: ['tenant_admin'],
      id: () => made.draftA,
      foreignId: () => made.conventionB,
    },
    {
      method: 'PATCH',
      path: `${base}/:id`,
      allowed: ['tenant_admin'],
      body: { title: 'Convention corrigée' },
      id: () => made.editableA,
      foreignId: () => made.conventionB,
    },
    {
      method: 'POST',
      path: `${base}/:id/withdraw`,
      allowed: ['tenant_admin'],
      body: { reason: 'Faite en double' },
      id: () => made.withdrawableA,
      foreignId: () => made.conventionB,
    },
    { method: 'GET', path: `${base}/:id/document.pdf`, allowed: readers, ...signed },
    { method: 'GET', path: `${base}/:id/final.pdf`, allowed: readers, ...signed },
    { method: 'GET', path: `${base}/:id/ledger`, allowed: readers, ...signed },
    {
      method: 'POST',
      path: `${base}/:id/deliveries`,
      allowed: ['tenant_admin'],
      body: { type: 'site_visits', year: 1, quantity: 1 },
      ...signed,
    },
    { method: 'POST', path: `${base}/:id/renew`, allowed: ['tenant_admin'], ...signed },
    {
      method: 'POST',
      path: `${base}/:id/terminate`,
      allowed: ['tenant_admin'],
      body: { reason: 'Fin' },
      ...signed,
    },
  ];
}

const conventionBody = (templateId: string, partnerOrganizationId: string) => ({
  templateId,
  partnerOrganizationId,
  startDate: '2026-09-01',
  commitments: [{ type: 'site_visits', quantityPerYear: 2 }],
  signers: [
    { role: 'partner_representative', name: 'Anne Martin', title: 'Gérante', email: 'gerante@pneus.example' },
    {
      role: 'tenant_representative',
      name: 'Paul Roux',
      title: 'Adjoint au maire',
      email: 'adjoint@clermont.example',
    },
  ],
});

const PLATFORM_NATIONAL_ROUTES: RouteCase[] = [
  { method: 'GET', path: '/api/national/tenants', allowed: [] },
  {
    method: 'POST',
    path: '/api/national/tenants',
    allowed: [],
    body: {
      slug: 'ville-de-roubaix',
      name: 'Ville de Roubaix',
      kind: 'commune',
      code: '59512',
      adminEmail: 'cite.educative@roubaix.example',
    },
  },
];

const NATIONAL_ROUTES: RouteCase[] = [
  ...PLATFORM_NATIONAL_ROUTES,
  ...MATRIX_AREAS.flatMap((a) => a.national),
];

const partnerEvent = (conventionId: string) => ({
  conventionId,
  kind: 'site_visit',
  title: 'Visite de site',
  date: '2027-03-10',
  place: 'Sur site',
  capacity: 10,
  audienceLevels: ['3e'],
});

// Tenant A is Clermont-Ferrand (an admin and a school referent); tenant B is Province Sud.
const A = 'ville-de-clermont-ferrand';
const B = 'province-sud';

describe('tenant isolation matrix', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let orgA: string;
  let orgB: { id: string; name: string };
  let tenantBNames: string[];

  beforeAll(async () => {
    t = await startTestApp();
    for (const [key, email] of Object.entries(DEMO)) cookies[key] = await t.signIn(email);
    const listA = await (
      await t.request(`/api/t/${A}/organizations`, { cookie: cookies.clermontAdmin })
    ).json();
    orgA = listA.items[0].id;
    const listB = await (
      await t.request(`/api/t/${B}/organizations`, { cookie: cookies.provinceAdmin })
    ).json();
    orgB = listB.items[0];
    tenantBNames = listB.items.map((o: { name: string }) => o.name);

    const post = async (path: string, cookie: string | undefined, body: unknown) =>
      (
        await t.request(path, { method: 'POST', ...(cookie ? { cookie } : {}), body: JSON.stringify(body) })
      ).json();
    const company = await post(`/api/t/${A}/organizations`, cookies.clermontAdmin, {
      kind: 'company',
      name: 'Manufacture de pneumatiques',
      siret: withLuhnKey('6300000010001'),
    });
    made.conventionA = await insertConvention(await t.tenantDb(A), { partnerOrganizationId: company.id });
    made.companyA = company.id;

    // Conventions made through the API: a draft and a fully signed one in A, a draft in B.
    const templates = async (tenant: string, cookie: string | undefined) =>
      (
        await (
          await t.request(`/api/t/${tenant}/convention-templates`, { ...(cookie ? { cookie } : {}) })
        ).json()
      ).items[0].id;
    made.templateA = await templates(A, cookies.clermontAdmin);
    made.templateB = await templates(B, cookies.provinceAdmin);
    made.draftA = (
      await post(`/api/t/${A}/conventions`, cookies.clermontAdmin, conventionBody(made.templateA, company.id))
    ).id;
    // Drafts of their own for the correction and the withdrawal, so no other route loses its draft.
    for (const key of ['editableA', 'withdrawableA'] as const) {
      made[key] = (
        await post(
          `/api/t/${A}/conventions`,
          cookies.clermontAdmin,
          conventionBody(made.templateA, company.id),
        )
      ).id;
    }
    made.signedA = (
      await post(`/api/t/${A}/conventions`, cookies.clermontAdmin, conventionBody(made.templateA, company.id))
    ).id;
    await post(`/api/t/${A}/conventions/${made.signedA}/send`, cookies.clermontAdmin, {});
    for (const signer of ['gerante@pneus.example', 'adjoint@clermont.example']) {
      const token = (await t.latestMailTo(signer))?.text.match(/signer\/([\w-]+)/)?.[1];
      const opened = await (await t.request(`/api/public/t/${A}/signing/${token}`)).json();
      await post(`/api/public/t/${A}/signing/${token}/sign`, undefined, {
        consent: true,
        documentSha256: opened.documentSha256,
      });
    }
    const cdeB = (
      await (
        await t.request(`/api/t/${B}/organizations?q=caledonienne`, { cookie: cookies.provinceAdmin })
      ).json()
    ).items[0].id;
    made.conventionB = (
      await post(`/api/t/${B}/conventions`, cookies.provinceAdmin, {
        ...conventionBody(made.templateB, cdeB),
        commitments: [{ type: 'site_visits', quantityPerYear: 1 }],
      })
    ).id;
    const schoolsA = await (
      await t.request(`/api/t/${A}/organizations?kind=school`, { cookie: cookies.clermontAdmin })
    ).json();
    made.schoolA = schoolsA.items[0].id;
    made.eventA = (
      await post(`/api/t/${A}/partner-events`, cookies.clermontAdmin, partnerEvent(made.conventionA))
    ).id;
    made.eventToCancelA = (
      await post(`/api/t/${A}/partner-events`, cookies.clermontAdmin, partnerEvent(made.conventionA))
    ).id;
    made.registrationA = (
      await post(`/api/t/${A}/partner-events/${made.eventA}/registrations`, cookies.clermontAdmin, {
        schoolId: made.schoolA,
        firstName: 'Inès',
        level: '3e',
      })
    ).id;
    const conventionB = await insertConvention(await t.tenantDb(B), { partnerOrganizationId: orgB.id });
    made.eventB = (
      await post(`/api/t/${B}/partner-events`, cookies.provinceAdmin, partnerEvent(conventionB))
    ).id;

    // Mentoring: a program in each tenant, a mentor and a young person in each; tenant A's mentor
    // signs in to act for itself.
    made.programA = await insertProgram(await t.tenantDb(A));
    const programB = await insertProgram(await t.tenantDb(B));
    const mentorsOf = (tenant: string, program: string) =>
      `/api/t/${tenant}/mentoring/programs/${program}/mentors`;
    const youngOf = (tenant: string, program: string) =>
      `/api/t/${tenant}/mentoring/programs/${program}/young-people`;
    made.mentorA = (
      await post(
        mentorsOf(A, made.programA),
        cookies.clermontAdmin,
        mentorBody(made.companyA, 'mentor.matrice@pneus.example'),
      )
    ).id;
    cookies.mentorA = await t.signIn('mentor.matrice@pneus.example');
    made.mentorB = (
      await post(
        mentorsOf(B, programB),
        cookies.provinceAdmin,
        mentorBody(orgB.id, 'mentor.matrice@province.example'),
      )
    ).id;
    made.youngA = (
      await post(youngOf(A, made.programA), cookies.clermontAdmin, nominationBody(made.schoolA, 'Lou'))
    ).youngPerson.id;
    const schoolB = await post(`/api/t/${B}/organizations`, cookies.provinceAdmin, {
      kind: 'school',
      name: 'Collège de Rivière-Salée',
      uai: '9830001A',
      schoolKind: 'college',
    });
    made.youngB = (
      await post(youngOf(B, programB), cookies.provinceAdmin, nominationBody(schoolB.id, 'Kenji'))
    ).youngPerson.id;
    made.programB = programB;

    // Pairs: tenant A's mentor is made able to mentor (check, room for every pair below; it signs
    // the charter itself through its route, which runs earlier),
    // its young person authorised; tenant B gets one pair to be reached for.
    const dbA = await t.tenantDb(A);
    await dbA
      .update(tenantSchema.mentors)
      .set({
        honorabilityVerified: true,
        honorabilityExpiresOn: '2099-01-01',
        capacity: 5,
      })
      .where(eq(tenantSchema.mentors.id, made.mentorA));
    await dbA
      .update(tenantSchema.youngPeople)
      .set({ authorisation: 'given' })
      .where(eq(tenantSchema.youngPeople.id, made.youngA));
    const pairA = (status: string) =>
      insertPair(dbA, {
        programId: made.programA,
        mentorId: made.mentorA,
        youngPersonId: made.youngA,
        status,
      });
    for (const key of ['read', 'lock', 'unlock', 'reject', 'accept'])
      made.pairs[key] = await pairA('proposed');
    for (const key of ['introduce', 'meet']) made.pairs[key] = await pairA('accepted');
    for (const key of ['close', 'debrief']) made.pairs[key] = await pairA('active');
    await dbA
      .update(tenantSchema.pairs)
      .set({ locked: true })
      .where(eq(tenantSchema.pairs.id, made.pairs.unlock!));
    made.pairB = await insertPair(await t.tenantDb(B), {
      programId: programB,
      mentorId: made.mentorB,
      youngPersonId: made.youngB,
      status: 'proposed',
    });

    // Pass'3e: a program in each tenant; A's is planned, its one pupil authorised in the DB.
    const discoveryA = `/api/t/${A}/discovery/programs`;
    const programBody = { name: 'Pass’3e', season: '2026-2027', totalPlaces: 20, weeks: ['2027-03-08'] };
    made.discovery.programB = (
      await post(`/api/t/${B}/discovery/programs`, cookies.provinceAdmin, programBody)
    ).id;
    const programA = await post(discoveryA, cookies.clermontAdmin, programBody);
    made.discovery.programA = programA.id;
    made.discovery.weekA = programA.weeks[0].id;
    for (const n of [1, 2, 3]) {
      const service = await post(`/api/t/${A}/organizations`, cookies.clermontAdmin, {
        kind: 'service',
        name: `Service matrice ${n}`,
      });
      made.discovery.serviceA = service.id;
      await post(
        `${discoveryA}/${programA.id}/hosts`,
        cookies.clermontAdmin,
        discoveryHost(service.id, `tuteur.matrice${n}@clermont.example`),
      );
    }
    await t.request(`/api/t/${A}/organizations/${made.schoolA}`, {
      method: 'PATCH',
      cookie: cookies.clermontAdmin,
      body: JSON.stringify({ enrolment3e: 90 }),
    });
    await post(`${discoveryA}/${programA.id}/quotas`, cookies.clermontAdmin, {});
    made.discovery.studentA = (
      await post(
        `${discoveryA}/${programA.id}/students`,
        cookies.clermontAdmin,
        discoveryNomination(made.schoolA, 'Lise'),
      )
    ).id;
    await dbA
      .update(tenantSchema.discoveryStudents)
      .set({ authorisation: 'given' })
      .where(eq(tenantSchema.discoveryStudents.id, made.discovery.studentA));
    await post(`${discoveryA}/${programA.id}/groups`, cookies.clermontAdmin, {});
    await post(`${discoveryA}/${programA.id}/plan`, cookies.clermontAdmin, {});
    const plan = await (
      await t.request(`${discoveryA}/${programA.id}/plan`, { cookie: cookies.clermontAdmin })
    ).json();
    const hostDay = plan.weeks[0].days[1].hosts[0];
    made.discovery.move = { groupId: hostDay.groups[0].id, dayIndex: 1, hostId: hostDay.host.id };

    for (const area of MATRIX_AREAS) await area.setup?.({ t, cookies, A, B });
  });
  afterAll(() => t.close());

  const call = (route: RouteCase, input: { tenant?: string; id?: string; cookie?: string }) => {
    const body = typeof route.body === 'function' ? route.body() : route.body;
    return t.request(
      route.path
        .replace(':tenant', input.tenant ?? A)
        .replace(':programId', made.programA)
        .replace(/:(weekId|studentId)/g, (_, name: string) => route.params?.()[name] ?? '')
        .replace(':id', input.id ?? route.id?.() ?? orgA),
      {
        method: route.method,
        ...(input.cookie ? { cookie: input.cookie } : {}),
        ...(route.rawBody !== undefined
          ? { body: route.rawBody }
          : body !== undefined || route.method !== 'GET'
            ? { body: JSON.stringify(body ?? {}) }
            : {}),
      },
    );
  };

  it('covers every tenant and national route of the app', () => {
    const declared = new Set([...TENANT_ROUTES, ...NATIONAL_ROUTES].map((r) => `${r.method} ${r.path}`));
    const actual = t.app.routes
      .filter((r) => r.method !== 'ALL' && /^\/api\/(t|national)\//.test(r.path))
      .map((r) => `${r.method} ${r.path.replace(/\/$/, '')}`);
    expect(actual.length).toBeGreaterThanOrEqual(declared.size);
    expect(new Set(actual)).toEqual(declared);
  });

  for (const route of TENANT_ROUTES) {
    describe(`${route.method} ${route.path}`, () => {
      it('answers 401 to an anonymous caller', async () => {
        const response = await call(route, {});
        expect(response.status).toBe(401);
        expect((await response.json()).error.code).toBe('UNAUTHENTICATED');
      });

      // Routes open to every tenant role have no wrong tenant role; outsiders are covered below.
      it.skipIf(route.allowed.includes('school_referent'))(
        'answers 403 to a member whose role is not allowed',
        async () => {
          const response = await call(route, { cookie: cookies.clermontSchool });
          expect(response.status).toBe(403);
          expect((await response.json()).error.code).toBe('FORBIDDEN');
        },
      );

      it('answers 404 to a member of another tenant, and to a national admin without membership', async () => {
        for (const cookie of [cookies.provinceAdmin, cookies.national]) {
          const response = await call(route, { cookie });
          expect(response.status).toBe(404);
          const text = await response.text();
          expect(text).not.toContain('Clermont');
        }
      });

      if (route.path.includes(':id')) {
        it('answers 404 to an id that belongs to another tenant, and leaves it untouched', async () => {
          const foreignId = route.foreignId?.() ?? orgB.id;
          const resource = `${route.path.slice(0, route.path.indexOf(':id')).replace(':tenant', B)}${foreignId}`;
          const readB = async () => (await t.request(resource, { cookie: cookies.provinceAdmin })).json();
          const before = await readB();
          const response = await call(route, {
            cookie: cookies[route.caller ?? 'clermontAdmin'],
            id: foreignId,
          });
          expect(response.status).toBe(404);
          expect(await readB()).toEqual(before);
          if (!route.foreignId)
            expect(before).toMatchObject({ id: orgB.id, name: orgB.name, status: 'active' });
          else expect(before).toMatchObject({ id: foreignId });
        });
      }

      it('answers the allowed roles with tenant A data only', async () => {
        const response = await call(route, { cookie: cookies[route.caller ?? 'clermontAdmin'] });
        expect(response.status).toBeLessThan(300);
        const text = await response.text();
        for (const name of tenantBNames) expect(text).not.toContain(name);
        expect(text).not.toContain(orgB.id);
      });
    });
  }

  for (const route of NATIONAL_ROUTES) {
    describe(`${route.method} ${route.path}`, () => {
      it('answers 401 anonymous, 403 to a tenant admin, and serves the national admin', async () => {
        expect((await call(route, {})).status).toBe(401);
        expect((await call(route, { cookie: cookies.clermontAdmin })).status).toBe(403);
        const response = await call(route, { cookie: cookies.national });
        expect(response.status).toBeLessThan(300);
      });
    });
  }
});
