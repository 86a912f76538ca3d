import { controlSchema, TENANT_SCHEMA_VERSION } from '@passerelle/db';
import type { TenantRole } from '@passerelle/domain';
import { eq } from 'drizzle-orm';
import type { MatrixArea, MatrixContext } from './route-case.ts';

// The replication routes of the isolation matrix (see route-case.ts). Made in `setup`: templates
// published from Suresnes (never from tenant B, whose name would then show in A's catalogue), one
// copied into A and B with a newer version to apply, proposals of A and of B, a run left with a
// failed tenant, an onboarding left failed.
const made = {
  template: '',
  adoptable: '',
  adoptedA: '',
  adoptedB: '',
  apply: {} as Record<string, unknown>,
  proposalA: '',
  proposalB: '',
  run: '',
  failedRun: '',
  onboarding: '',
  programA: '',
  programSuresnes: '',
};

const admin: TenantRole[] = ['tenant_admin'];
const base = '/api/t/:tenant/templates';

export const replicationArea: MatrixArea = {
  tenant: [
    { method: 'GET', path: `${base}/catalogue`, allowed: admin },
    {
      method: 'GET',
      path: `${base}/catalogue/:id`,
      allowed: admin,
      id: () => made.template,
      foreignId: () => made.proposalB,
    },
    {
      method: 'POST',
      path: `${base}/catalogue/:id/adopt`,
      allowed: admin,
      id: () => made.adoptable,
      foreignId: () => made.proposalB,
    },
    { method: 'GET', path: `${base}/adopted`, allowed: admin },
    {
      method: 'GET',
      path: `${base}/adopted/:id`,
      allowed: admin,
      id: () => made.adoptedA,
      foreignId: () => made.adoptedB,
    },
    {
      method: 'POST',
      path: `${base}/adopted/:id/apply`,
      allowed: admin,
      body: () => made.apply,
      id: () => made.adoptedA,
      foreignId: () => made.adoptedB,
    },
    {
      method: 'POST',
      path: `${base}/proposals`,
      allowed: admin,
      body: () => ({ programKind: 'discovery', programId: made.programA, name: 'Proposition de la matrice' }),
    },
  ],
  national: [
    { method: 'GET', path: '/api/national/tenants/:tenant/programs', allowed: [] },
    { method: 'GET', path: '/api/national/templates', allowed: [] },
    {
      method: 'POST',
      path: '/api/national/templates',
      allowed: [],
      body: () => ({
        tenant: 'ville-de-clermont-ferrand',
        programKind: 'discovery',
        programId: made.programA,
        slug: 'matrice-publication',
        name: 'Publication de la matrice',
      }),
    },
    { method: 'GET', path: '/api/national/templates/:id', allowed: [], id: () => made.template },
    {
      method: 'POST',
      path: '/api/national/templates/:id/versions',
      allowed: [],
      id: () => made.adoptable,
      body: () => ({
        bump: 'patch',
        changelog: 'Relu.',
        fromProgram: { tenant: 'ville-de-suresnes', programId: made.programSuresnes },
      }),
    },
    { method: 'POST', path: '/api/national/templates/:id/publish', allowed: [], id: () => made.proposalA },
    {
      method: 'POST',
      path: '/api/national/replications',
      allowed: [],
      body: () => ({ templateId: made.template, tenants: ['ville-de-suresnes'] }),
    },
    { method: 'GET', path: '/api/national/replications', allowed: [] },
    { method: 'GET', path: '/api/national/replications/:id', allowed: [], id: () => made.run },
    { method: 'POST', path: '/api/national/replications/:id/retry', allowed: [], id: () => made.failedRun },
    { method: 'GET', path: '/api/national/replications/:id/report.csv', allowed: [], id: () => made.run },
    {
      method: 'POST',
      path: '/api/national/onboardings',
      allowed: [],
      body: {
        slug: 'region-de-la-matrice',
        name: 'Région de la matrice',
        kind: 'region',
        code: '84',
        adminEmail: 'admin@region-matrice.example',
        templateIds: [],
      },
    },
    { method: 'GET', path: '/api/national/onboardings/:id', allowed: [], id: () => made.onboarding },
    { method: 'POST', path: '/api/national/onboardings/:id/retry', allowed: [], id: () => made.onboarding },
  ],
  setup: setupReplication,
};

async function setupReplication({ t, cookies, A, B }: MatrixContext) {
  const call = async (path: string, cookie: string, body?: unknown) => {
    const response = await t.request(path, {
      cookie,
      ...(body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) }),
    });
    if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const national = cookies.national!;
  const suresnes = (await call('/api/national/tenants/ville-de-suresnes/programs', national)).items.find(
    (p: { kind: string }) => p.kind === 'mentoring',
  );
  made.programSuresnes = suresnes.id;
  made.programA = (await call(`/api/national/tenants/${A}/programs`, national)).items.find(
    (p: { kind: string }) => p.kind === 'discovery',
  ).id;
  const publish = async (slug: string) =>
    (
      await call('/api/national/templates', national, {
        tenant: 'ville-de-suresnes',
        programKind: 'mentoring',
        programId: suresnes.id,
        slug,
        name: `Mentorat ${slug}`,
      })
    ).id as string;
  made.template = await publish('matrice-mentorat');
  made.adoptable = await publish('matrice-adoptable');

  // Copied into A and B, then a newer version for A to apply.
  made.run = (
    await call('/api/national/replications', national, { templateId: made.template, tenants: [A, B] })
  ).id;
  await t.drain();
  const adoptedOf = async (slug: string, cookie: string) =>
    (await call(`/api/t/${slug}/templates/adopted`, cookie)).items.find(
      (a: { template: { id: string } }) => a.template.id === made.template,
    ).id as string;
  made.adoptedA = await adoptedOf(A, cookies.clermontAdmin!);
  made.adoptedB = await adoptedOf(B, cookies.provinceAdmin!);
  const detail = await call(`/api/national/templates/${made.template}`, national);
  const definition = structuredClone(detail.definition);
  definition.mentoring.weights.interests = 4;
  definition.mentoring.durationMonths = 11;
  await call(`/api/national/templates/${made.template}/versions`, national, {
    bump: 'minor',
    changelog: 'Intérêts mieux pondérés.',
    definition,
  });
  const update = (await call(`/api/t/${A}/templates/adopted/${made.adoptedA}`, cookies.clermontAdmin!))
    .update;
  made.apply = {
    version: update.version,
    apply: update.changes.map((c: { path: string }) => c.path),
    skip: [],
  };

  // Proposals: A's is published by the national route; B's is the id A cannot reach.
  made.proposalA = (
    await call(`/api/t/${A}/templates/proposals`, cookies.clermontAdmin!, {
      programKind: 'discovery',
      programId: made.programA,
      name: 'Pass’3e proposé par la matrice',
    })
  ).id;
  const programB = (await call(`/api/t/${B}/mentoring/programs`, cookies.provinceAdmin!)).items[0].id;
  made.proposalB = (
    await call(`/api/t/${B}/templates/proposals`, cookies.provinceAdmin!, {
      programKind: 'mentoring',
      programId: programB,
      name: 'Mentorat proposé par B',
    })
  ).id;

  // A run with a failed tenant: B's database said to be behind while it ran.
  const { tenants, onboardings } = controlSchema;
  await t.control
    .update(tenants)
    .set({ schemaVersion: TENANT_SCHEMA_VERSION - 1 })
    .where(eq(tenants.slug, B));
  made.failedRun = (
    await call('/api/national/replications', national, { templateId: made.adoptable, tenants: [B] })
  ).id;
  await t.drain();
  await t.control.update(tenants).set({ schemaVersion: TENANT_SCHEMA_VERSION }).where(eq(tenants.slug, B));

  // An onboarding left failed at its last step.
  made.onboarding = (
    await call('/api/national/onboardings', national, {
      slug: 'region-matrice-echec',
      name: 'Région en échec',
      kind: 'region',
      code: '93',
      adminEmail: 'admin@region-echec.example',
    })
  ).id;
  await t.drain();
  const [row] = await t.control.select().from(onboardings).where(eq(onboardings.id, made.onboarding));
  const steps = (row!.steps as { key: string; status: string; admin?: unknown }[]).map((s) =>
    s.key === 'invited' ? { ...s, status: 'failed', admin: { email: 'admin@region-echec.example' } } : s,
  );
  await t.control
    .update(onboardings)
    .set({ steps, status: 'failed', error: 'Envoi impossible.' })
    .where(eq(onboardings.id, made.onboarding));
}
