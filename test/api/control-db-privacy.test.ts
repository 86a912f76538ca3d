import { controlSchema, tenantSchema } from '@passerelle/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

// Adults who sign in (staff, partners, mentors, tutors) are identities with their own name and
// e-mail, by design; a tutor called Hugo is no leak of a pupil called Hugo. Those two columns are
// checked for full names, birth dates and e-mails, not for a lone first name or surname.
const ADULTS_OWN_NAMES = new Set(['identities.name', 'identities.email']);

type Needle = { kind: string; text: string; pattern: RegExp; alone?: boolean };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a whole word, accents and case folded: "Inès" is found in "ines" but not in "Inèsa". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
const word = (kind: string, text: string, alone = false): Needle => ({
  kind,
  text,
  alone,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(fold(text))}(?![\\p{L}\\p{N}])`, 'u'),
});
const literal = (kind: string, text: string): Needle => ({
  kind,
  text,
  pattern: new RegExp(escapeRegExp(fold(text)), 'u'),
});

/** A first name and a surname alone, and the full name either way round. */
const names = (p: { firstName: string; lastName: string }) => [
  word('prénom', p.firstName, true),
  word('nom', p.lastName, true),
  word('nom complet', `${p.firstName} ${p.lastName}`),
  word('nom complet', `${p.lastName} ${p.firstName}`),
];

/**
 * Everything that identifies a young person, read from every tenant database: first and last
 * names, birth dates (ISO and French), guardians' e-mails and names.
 */
async function youngPeopleNeedles(t: TestApp, slugs: readonly string[]): Promise<Needle[]> {
  const needles: Needle[] = [];
  for (const slug of slugs) {
    const db = await t.tenantDb(slug);
    for (const y of await db.select().from(tenantSchema.youngPeople)) {
      const [year, month, day] = y.birthDate.split('-');
      needles.push(
        ...names(y),
        literal('date de naissance', y.birthDate),
        literal('date de naissance', `${day}/${month}/${year}`),
        literal('e-mail du représentant légal', y.guardianEmail),
      );
    }
    for (const s of await db.select().from(tenantSchema.discoveryStudents)) {
      needles.push(...names(s), literal('e-mail du représentant légal', s.guardianEmail));
    }
    for (const r of await db.select().from(tenantSchema.eventRegistrations))
      needles.push(word('prénom', r.firstName, true));
    for (const table of [tenantSchema.guardianAuthorisations, tenantSchema.discoveryAuthorisations]) {
      for (const a of await db.select({ name: table.guardianName }).from(table)) {
        if (a.name) needles.push(literal('nom du représentant légal', a.name));
      }
    }
  }
  return needles;
}

describe('the control database holds no personal data of young people', () => {
  let t: TestApp;
  let templatesPublished = false;
  const slugs = ['ville-de-clermont-ferrand', 'ville-de-suresnes', 'province-sud'] as const;

  beforeAll(async () => {
    t = await startTestApp();
    const national = await t.signIn(DEMO.national);
    // Seeding pushed each tenant's indicators; push once more through the route, as an admin would.
    for (const [slug, email] of [
      ['ville-de-suresnes', DEMO.suresnesAdmin],
      ['ville-de-clermont-ferrand', DEMO.clermontAdmin],
    ] as const) {
      const cookie = await t.signIn(email);
      const pushed = await t.request(`/api/t/${slug}/indicators/push`, { method: 'POST', cookie });
      expect(pushed.status).toBe(200);
    }
    // Templates published from each tenant's program, once the replication routes exist.
    const canPublish = t.app.routes.some((r) => r.method === 'POST' && r.path === '/api/national/templates');
    if (canPublish) {
      for (const [slug, kind] of [
        ['ville-de-suresnes', 'mentoring'],
        ['ville-de-clermont-ferrand', 'discovery'],
      ] as const) {
        const programs = await (
          await t.request(`/api/national/tenants/${slug}/programs`, { cookie: national })
        ).json();
        const program = programs.items.find((p: { kind: string }) => p.kind === kind);
        const published = await t.request('/api/national/templates', {
          method: 'POST',
          cookie: national,
          body: JSON.stringify({
            tenant: slug,
            programKind: kind,
            programId: program.id,
            slug: `modele-${slug}`,
            name: `Modèle de ${slug}`,
            changelog: 'Première version',
          }),
        });
        expect(published.status).toBe(201);
      }
      templatesPublished = true;
    }
  });
  afterAll(() => t.close());

  it('has no first name, last name, birth date or guardian e-mail of any tenant’s young people in any text column', async () => {
    const { leaks, scanned, tables } = await scanControlDb(t, slugs);
    expect(tables).toEqual(
      expect.arrayContaining(['indicator_cells', 'indicator_pushes', 'national_audit_log']),
    );
    // The published templates' definitions were scanned too.
    if (templatesPublished)
      expect(await t.control.$count(controlSchema.programTemplateVersions)).toBeGreaterThanOrEqual(2);
    expect(scanned).toBeGreaterThan(100);
    expect(leaks).toEqual([]);
  });

  // Last, since it writes: the scan finds a pupil's name where one should never be.
  it('would notice a name written into the control database', async () => {
    const [tenant] = await t.control.select().from(controlSchema.tenants).limit(1);
    await t.control.insert(controlSchema.indicatorCells).values({
      tenantId: tenant!.id,
      period: '2000-01',
      scope: 'all',
      indicator: 'young_people',
      dimension: 'level:Yanis',
      value: 7,
      pushedAt: new Date().toISOString(),
    });
    const { leaks } = await scanControlDb(t, slugs);
    expect(leaks).toEqual(['indicator_cells.dimension: prénom « Yanis »']);
  });
});

async function scanControlDb(t: TestApp, slugs: readonly string[]) {
  const needles = await youngPeopleNeedles(t, slugs);
  expect(needles.length).toBeGreaterThan(50);
  const client = t.control.$client;
  const tables = (
    await client.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
  ).rows.map((r) => String(r.name));

  const leaks: string[] = [];
  let scanned = 0;
  for (const table of tables) {
    const columns = (await client.execute(`pragma table_info("${table}")`)).rows;
    // Text, JSON and untyped columns: anything a name could be written into.
    const textual = columns
      .filter((c) => !/^(INTEGER|REAL|NUMERIC|BLOB)$/i.test(String(c.type)))
      .map((c) => String(c.name));
    if (!textual.length) continue;
    const rows = (await client.execute(`select ${textual.map((c) => `"${c}"`).join(', ')} from "${table}"`))
      .rows;
    for (const row of rows) {
      for (const column of textual) {
        const value = row[column];
        if (typeof value !== 'string') continue;
        scanned++;
        const folded = fold(value);
        const adult = ADULTS_OWN_NAMES.has(`${table}.${column}`);
        for (const needle of needles) {
          if (adult && needle.alone) continue;
          if (needle.pattern.test(folded))
            leaks.push(`${table}.${column}: ${needle.kind} « ${needle.text} »`);
        }
      }
    }
  }
  return { leaks: [...new Set(leaks)], scanned, tables };
}
