import { controlSchema, tenantSchema } from '@passerelle/db';
import {
  DomainError,
  INDICATORS,
  isIndicatorKey,
  newId,
  STATISTICAL_SECRET_THRESHOLD,
} from '@passerelle/domain';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeIndicatorPush } from '../../workers/api/src/services/indicators/write-indicator-push.ts';
import { runIndicatorsJob } from '../../workers/jobs/src/indicators-job.ts';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const { indicatorCells, indicatorPushes, nationalAuditLog } = controlSchema;
// The app's clock stops at the end of today (UTC): the demo rows, written on the wall clock while
// seeding, are all before it, and the months are this one and the two before.
const wall = new Date();
const NOW = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), 23, 59, 0));
const month = (offset: number) =>
  new Date(Date.UTC(NOW.getUTCFullYear(), NOW.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
const [M0, M1, M2, NEXT] = [month(0), month(-1), month(-2), month(1)];
const CLERMONT = 'ville-de-clermont-ferrand';
const SURESNES = 'ville-de-suresnes';

type Cell = { indicator: string; dimension: string; value: number | null; suppressed: boolean };
type TableRow = { tenant: { slug: string; name: string }; pushedAt: string | null; cells: Cell[] };
type Median = { indicator: string; dimension: string; value: number | null; tenants: number };

const cellOf = (cells: Cell[], indicator: string, dimension = '') =>
  cells.find((c) => c.indicator === indicator && c.dimension === dimension);

// The demo tenants push their indicators when seeded (this month and the two before, as of
// their last day); the clock is fixed so the months are known.
describe('shared indicators', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const get = async (path: string, cookie = cookies.national) => {
    const response = await t.request(path, { ...(cookie ? { cookie } : {}) });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    t = await startTestApp({ now: () => NOW });
    cookies.national = await t.signIn(DEMO.national);
    cookies.suresnes = await t.signIn(DEMO.suresnesAdmin);
    cookies.clermont = await t.signIn(DEMO.clermontAdmin);
  });
  afterAll(() => t.close());

  it('never stores a count of one to four people, nor a hidden cell with its value (every row scanned)', async () => {
    const rows = await t.control.select().from(indicatorCells);
    expect(rows.length).toBeGreaterThan(30);
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set([M2, M1, M0]));
    for (const row of rows) {
      expect(isIndicatorKey(row.indicator), row.indicator).toBe(true);
      if (row.suppressed) expect(row.value, `${row.indicator} ${row.dimension}`).toBeNull();
      const definition = INDICATORS[row.indicator as keyof typeof INDICATORS];
      if (definition.subject === 'people' && definition.unit === 'count' && row.value !== null) {
        expect(
          row.value === 0 || row.value >= STATISTICAL_SECRET_THRESHOLD,
          `${row.scope} ${row.indicator} ${row.dimension} = ${row.value}`,
        ).toBe(true);
      }
    }
    // Suresnes' four students and three mentors are all under the threshold.
    const [suresnes] = await t.control
      .select()
      .from(controlSchema.tenants)
      .where(eq(controlSchema.tenants.slug, SURESNES));
    const own = rows.filter((r) => r.tenantId === suresnes!.id && r.period === M0);
    expect(
      own.find((r) => r.scope === 'mentoring' && r.indicator === 'young_people' && !r.dimension),
    ).toMatchObject({
      value: null,
      suppressed: true,
    });
  });

  it('refuses a push with a cell under the threshold, clearly, and writes nothing', async () => {
    const tenant = await t.tenantRecord(CLERMONT);
    const before = {
      cells: await t.control.select().from(indicatorCells).where(eq(indicatorCells.tenantId, tenant.id)),
      pushes: await t.control.select().from(indicatorPushes),
      audit: await t.control.select().from(nationalAuditLog),
    };
    const push = writeIndicatorPush({
      control: t.control,
      tenantId: tenant.id,
      period: M0,
      cells: [
        { scope: 'all', indicator: 'young_people', dimension: '', value: 23, suppressed: false },
        { scope: 'discovery', indicator: 'young_people', dimension: 'gender:X', value: 1, suppressed: false },
      ],
      now: NOW,
      actorId: null,
      requestId: 'test',
    });
    await expect(push).rejects.toThrow(DomainError);
    await expect(push).rejects.toThrow(
      'Envoi des indicateurs refusé : la case « Jeunes accompagnés — Genre : Autre ou non précisé (Stages de découverte) » compte 1 personne, moins de 5 : elle doit être masquée (secret statistique). Rien n’a été enregistré.',
    );
    expect(
      await t.control.select().from(indicatorCells).where(eq(indicatorCells.tenantId, tenant.id)),
    ).toEqual(before.cells);
    expect(await t.control.select().from(indicatorPushes)).toEqual(before.pushes);
    expect(await t.control.select().from(nationalAuditLog)).toEqual(before.audit);
  });

  it('lets a tenant admin push now: the month is replaced, the push recorded and audited', async () => {
    const response = await t.request(`/api/t/${SURESNES}/indicators/push`, {
      method: 'POST',
      cookie: cookies.suresnes,
    });
    expect(response.status).toBe(200);
    const summary = await response.json();
    expect(summary).toMatchObject({ period: M0, pushedAt: NOW.toISOString() });
    expect(summary.suppressedCells).toBeGreaterThan(0);
    expect(summary.cells).toBeGreaterThan(summary.suppressedCells);
    const tenant = await t.tenantRecord(SURESNES);
    const cells = await t.control.select().from(indicatorCells).where(eq(indicatorCells.tenantId, tenant.id));
    // Replaced, not added to: as many cells for the month as the push says.
    expect(cells.filter((c) => c.period === M0)).toHaveLength(summary.cells);
    const [audit] = await t.control
      .select()
      .from(nationalAuditLog)
      .orderBy(desc(nationalAuditLog.seq))
      .limit(1);
    expect(audit).toMatchObject({ action: 'indicators.pushed', entityId: tenant.id });
    expect(JSON.parse(audit!.data!)).toEqual({
      period: M0,
      cells: summary.cells,
      suppressedCells: summary.suppressedCells,
    });
  });

  it('gives the national coordination tenants × indicators for the latest month, with the median', async () => {
    const { status, body } = await get('/api/national/indicators');
    expect(status).toBe(200);
    expect(body.period).toBe(M0);
    expect(body.periods).toEqual([M0, M1, M2]);
    expect(body.scope).toEqual({ key: 'all', label: 'Tous les programmes' });
    expect(body.indicators.find((i: { key: string }) => i.key === 'young_people')).toMatchObject({
      label: 'Jeunes accompagnés',
      unit: 'count',
    });
    const rows = body.tenants as TableRow[];
    expect(rows.map((r) => r.tenant.slug).sort()).toEqual(['province-sud', CLERMONT, SURESNES].sort());
    const row = (slug: string) => rows.find((r) => r.tenant.slug === slug)!;
    // Clermont's Pass'3e: 24 pupils proposed, one refused by the guardian; 22 placed in a group.
    expect(cellOf(row(CLERMONT).cells, 'young_people')).toEqual({
      indicator: 'young_people',
      dimension: '',
      value: 23,
      suppressed: false,
    });
    expect(cellOf(row(CLERMONT).cells, 'discovery_students')?.value).toBe(22);
    expect(cellOf(row(SURESNES).cells, 'young_people')).toMatchObject({ value: null, suppressed: true });
    expect(cellOf(row('province-sud').cells, 'young_people')?.value).toBe(0);
    // Median of the shown values only: Clermont 23 and Province Sud 0; Suresnes is hidden.
    const median = (body.median as Median[]).find(
      (m) => m.indicator === 'young_people' && m.dimension === '',
    );
    expect(median).toMatchObject({ value: 11.5, tenants: 2 });
  });

  it('compares one scope across tenants and answers an empty month for a scope nobody has', async () => {
    const { body } = await get(`/api/national/indicators?scope=discovery&period=${M0}`);
    const rows = body.tenants as TableRow[];
    expect(rows.find((r) => r.tenant.slug === CLERMONT)!.cells.length).toBeGreaterThan(0);
    expect(rows.find((r) => r.tenant.slug === SURESNES)).toMatchObject({ cells: [], pushedAt: null });
    const empty = await get('/api/national/indicators?scope=template:tpl_01jd0000000000000000000000');
    expect(empty.body.tenants.every((r: TableRow) => r.cells.length === 0)).toBe(true);
  });

  it('draws a time series per tenant with the median of each month', async () => {
    const { status, body } = await get('/api/national/indicators/series?indicator=young_people&scope=all');
    expect(status).toBe(200);
    expect(body.periods).toEqual([M2, M1, M0]);
    const clermont = body.tenants.find((s: { tenant: { slug: string } }) => s.tenant.slug === CLERMONT);
    // Demo pupils were all registered this month: the earlier months, computed from the same
    // data as of their last day, count none.
    expect(clermont.points.map((p: { value: number | null }) => p.value)).toEqual([0, 0, 23]);
    expect(body.median).toEqual([
      { period: M2, value: 0 },
      { period: M1, value: 0 },
      { period: M0, value: 11.5 },
    ]);
  });

  it('lists the scopes the dashboards offer', async () => {
    const { body } = await get('/api/national/indicators/scopes');
    expect(body.items.slice(0, 3)).toEqual([
      { key: 'all', kind: 'all', label: 'Tous les programmes', hasData: true },
      { key: 'mentoring', kind: 'kind', label: 'Mentorat', hasData: true },
      { key: 'discovery', kind: 'kind', label: 'Stages de découverte', hasData: true },
    ]);
  });

  it('exports every cell as a French spreadsheet, hidden cells written as the statistical secret', async () => {
    const response = await t.request(`/api/national/indicators/export.csv?period=${M0}`, {
      cookie: cookies.national,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain(`indicateurs-nationaux-${M0}.csv`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads the accents right
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('Collectivité;Période;Périmètre;Indicateur;Dimension;Valeur;Unité\r\n')).toBe(
      true,
    );
    expect(text).toContain(
      `Ville de Clermont-Ferrand;${M0};Tous les programmes;Jeunes accompagnés;Ensemble;23;nombre`,
    );
    expect(text).toContain(
      `Ville de Suresnes;${M0};Mentorat;Jeunes accompagnés;Ensemble;secret statistique (< 5);nombre`,
    );
    expect(text).toContain(
      `Ville de Clermont-Ferrand;${M0};Tous les programmes;Part en REP ou REP+;Ensemble;69,6;%`,
    );
    expect(text).not.toContain(`;${M1};`);
  });

  it('answers a bad query with a French message naming the field', async () => {
    const period = await get('/api/national/indicators?period=2026-13');
    expect(period.status).toBe(422);
    expect(period.body.error.fields.period).toMatch(/AAAA-MM/);
    const series = await get('/api/national/indicators/series?indicator=birth_dates');
    expect(series.status).toBe(422);
    expect(series.body.error.fields.indicator).toBe('Indicateur inconnu.');
    const scope = await get('/api/national/indicators?scope=people');
    expect(scope.body.error.fields.scope).toMatch(/Périmètre inconnu/);
  });

  it('shows a tenant its own figures, small ones included, marked as hidden nationally, next to the median', async () => {
    const { status, body } = await get(`/api/t/${SURESNES}/indicators`, cookies.suresnes);
    expect(status).toBe(200);
    expect(body).toMatchObject({ period: M0, medianPeriod: M0 });
    expect(body.lastPush).toMatchObject({ period: M0, pushedAt: NOW.toISOString() });
    expect(body.scopes).toEqual([
      { key: 'all', label: 'Tous les programmes' },
      { key: 'mentoring', label: 'Mentorat' },
    ]);
    const mine = (scope: string, indicator: string, dimension = '') =>
      body.cells.find(
        (c: { scope: string; indicator: string; dimension: string }) =>
          c.scope === scope && c.indicator === indicator && c.dimension === dimension,
      );
    // Its four students: its own data, so shown to it, but hidden from the national level.
    expect(mine('all', 'young_people')).toMatchObject({
      value: 4,
      suppressed: true,
      reason: 'small',
      median: { value: 11.5, tenants: 2 },
    });
    // 4 scholarship holders out of 4: a share hidden as fewer than five.
    expect(mine('mentoring', 'scholarship_share')).toMatchObject({ value: 1, base: 4, suppressed: true });
  });

  it('exports the tenant view as a spreadsheet', async () => {
    const response = await t.request(`/api/t/${SURESNES}/indicators/export.csv`, {
      cookie: cookies.suresnes,
    });
    expect(response.headers.get('content-disposition')).toContain(`indicateurs-${SURESNES}.csv`);
    const text = await response.text();
    expect(text).toContain(
      `Période;Périmètre;Indicateur;Dimension;Valeur;Unité;Diffusion nationale;Médiane nationale (${M0})`,
    );
    expect(text).toContain(
      `${M0};Tous les programmes;Jeunes accompagnés;Ensemble;4;nombre;masquée : moins de 5 personnes;11,5`,
    );
  });

  it('names a template’s scope after the template its programs came from', async () => {
    const db = await t.tenantDb(SURESNES);
    const [program] = await db.select().from(tenantSchema.mentoringPrograms);
    const templateId = newId('tpl');
    await db.insert(tenantSchema.adoptedTemplates).values({
      id: newId('adp'),
      templateId,
      templateSlug: 'agents-mentors',
      templateName: 'Agents mentors',
      kind: 'mentoring',
      version: '1.0.0',
      baseDefinition: {},
      extras: {},
      programId: program!.id,
      skippedFields: {},
      updatedAt: NOW.toISOString(),
    });
    const { body } = await get(`/api/t/${SURESNES}/indicators`, cookies.suresnes);
    expect(body.scopes).toContainEqual({ key: `template:${templateId}`, label: 'Modèle « Agents mentors »' });
    await t.request(`/api/t/${SURESNES}/indicators/push`, { method: 'POST', cookie: cookies.suresnes });
    const national = await get(`/api/national/indicators?scope=template:${templateId}`);
    const row = (national.body.tenants as TableRow[]).find((r) => r.tenant.slug === SURESNES)!;
    expect(cellOf(row.cells, 'young_people')).toMatchObject({ suppressed: true, value: null });
  });

  it('pushes from the daily job at most once a day per tenant', async () => {
    const today = await runIndicatorsJob({ deps: t.deps, now: NOW });
    expect(today.pushed).toEqual([]);
    expect(today.skipped.sort()).toEqual(['province-sud', CLERMONT, SURESNES].sort());
    const tomorrow = new Date(NOW.getTime() + 3 * 3600_000);
    const next = await runIndicatorsJob({ deps: t.deps, now: tomorrow });
    expect(next.pushed.sort()).toEqual(['province-sud', CLERMONT, SURESNES].sort());
    expect(next.failed).toEqual([]);
    expect((await runIndicatorsJob({ deps: t.deps, now: tomorrow })).pushed).toEqual([]);
    // The first run of a later month starts a new month of the series.
    const later = new Date(`${NEXT}-15T02:00:00.000Z`);
    expect((await runIndicatorsJob({ deps: t.deps, now: later })).pushed).toHaveLength(3);
    expect((await get('/api/national/indicators')).body.period).toBe(NEXT);
  });
});
