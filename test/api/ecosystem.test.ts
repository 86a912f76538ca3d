import { readAuditTrail, tenantSchema } from '@passerelle/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

type Json = Awaited<ReturnType<Response['json']>>;
const CLERMONT = '/api/t/ville-de-clermont-ferrand';

describe('ecosystem map and territorial diagnosis', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const get = async (path: string, cookie = cookies.clermontAdmin) => {
    const response = await t.request(path, { cookie: cookie! });
    expect(response.status).toBe(200);
    return (await response.json()) as Json;
  };
  const put = (body: unknown) =>
    t.request(`${CLERMONT}/ecosystem/map-settings`, {
      method: 'PUT',
      cookie: cookies.clermontAdmin!,
      body: JSON.stringify(body),
    });
  const actorsOf = (d: Json): Json[] => d.actorGroups.flatMap((g: Json) => g.actors);

  beforeAll(async () => {
    t = await startTestApp();
    for (const key of ['clermontAdmin', 'clermontSchool', 'suresnesAdmin', 'provinceAdmin'] as const)
      cookies[key] = await t.signIn(DEMO[key]);
  });
  afterAll(() => t.close());

  it('Clermont: Pass’3e reaches the REP+ collège; a REP collège reached by nothing is a gap', async () => {
    const d = await get(`${CLERMONT}/ecosystem`);
    const school = (name: string) => d.schools.find((s: Json) => s.name === name);
    expect(school('Collège Albert-Camus')).toMatchObject({
      priorityEducation: 'REP+',
      communeName: 'Clermont-Ferrand',
      programs: [{ kind: 'discovery', name: 'Pass’3e' }],
    });
    expect(school('Collège Roger-Quilliot')).toMatchObject({ priorityEducation: 'REP', programs: [] });
    expect(d.gaps.prioritySchools.map((s: Json) => s.name)).toEqual(['Collège Roger-Quilliot']);
    expect(d.summary).toMatchObject({
      programs: 1,
      schools: 4,
      schoolsCovered: 3,
      prioritySchools: 3,
      prioritySchoolsWithoutProgram: 1,
      communesWithSchoolsWithoutProgram: 0,
    });
    expect(d.programs).toEqual([
      { id: expect.any(String), kind: 'discovery', name: 'Pass’3e', season: '2026-2027' },
    ]);
  });

  it('Clermont: lists the actors by kind with what they do, for whom, where, and their programs', async () => {
    const d = await get(`${CLERMONT}/ecosystem`);
    expect(d.actorGroups.map((g: Json) => g.kind)).toEqual([
      'association',
      'business_club',
      'school',
      'service',
    ]);
    const actor = (name: string) => actorsOf(d).find((a) => a.name === name);
    expect(actor('Les entreprises s’engagent – Puy-de-Dôme')).toMatchObject({
      kind: 'business_club',
      communeCode: '63113',
      communeName: 'Clermont-Ferrand',
      activities: expect.stringContaining('stages de 3e'),
      audience: expect.stringContaining('Entreprises du Puy-de-Dôme'),
      programs: [],
      conventions: [],
    });
    expect(actor('Direction des Espaces verts')).toMatchObject({
      activities: expect.stringContaining('paysage'),
      programs: [{ kind: 'discovery', name: 'Pass’3e', roles: ['host'] }],
    });
    expect(actor('Collège Jules-Vallès').programs).toEqual([
      expect.objectContaining({ name: 'Pass’3e', roles: ['pupils'] }),
    ]);
    // Club, association and the coordinating mission itself take part in no program yet.
    expect(
      actorsOf(d)
        .filter((a) => a.kind !== 'school' && !a.programs.length)
        .map((a) => a.name),
    ).toEqual([
      'Parrainage Auvergne Jeunes',
      'Les entreprises s’engagent – Puy-de-Dôme',
      'Mission Égalité des Droits',
    ]);
    expect(d.summary.actorsNotEngaged).toBe(3);
    expect(d.summary.actorsByKind).toMatchObject({ business_club: 1, association: 1, school: 4 });
  });

  it('Clermont: places its communes, counts their actors and schools, says which programs cover them', async () => {
    const d = await get(`${CLERMONT}/ecosystem`);
    const clermont = d.communes.find((c: Json) => c.code === '63113');
    expect(clermont).toMatchObject({
      name: 'Clermont-Ferrand',
      lat: expect.closeTo(45.78, 1),
      lon: expect.closeTo(3.09, 1),
      schools: 4,
      rep: 2,
      repPlus: 1,
      prioritySchoolsWithoutProgram: 1,
      programs: [{ kind: 'discovery', name: 'Pass’3e' }],
    });
    expect(d.communes.find((c: Json) => c.code === '63124')).toMatchObject({
      name: 'Cournon-d’Auvergne',
      actors: 1,
      schools: 0,
      programs: [],
    });
  });

  it('lists a school in a commune it cannot place, by name, as a commune without program', async () => {
    const created = await t.request(`${CLERMONT}/organizations`, {
      method: 'POST',
      cookie: cookies.clermontAdmin!,
      body: JSON.stringify({
        kind: 'school',
        name: 'Collège des Hauts',
        uai: '0630077Z',
        schoolKind: 'college',
        priorityEducation: 'REP+',
        communeCode: '63999',
        communeName: 'Hauts-de-Loire',
      }),
    });
    expect(created.status).toBe(201);
    const archived = await t.request(`${CLERMONT}/organizations`, {
      method: 'POST',
      cookie: cookies.clermontAdmin!,
      body: JSON.stringify({ kind: 'service', name: 'Service fermé', communeCode: '63113' }),
    });
    const { id } = await archived.json();
    await t.request(`${CLERMONT}/organizations/${id}/archive`, {
      method: 'POST',
      cookie: cookies.clermontAdmin!,
    });

    const d = await get(`${CLERMONT}/ecosystem`);
    expect(d.communes.find((c: Json) => c.code === '63999')).toMatchObject({
      name: 'Hauts-de-Loire',
      lat: null,
      lon: null,
      schools: 1,
      repPlus: 1,
    });
    expect(d.gaps.communes).toEqual([{ code: '63999', name: 'Hauts-de-Loire', schools: 1 }]);
    expect(d.gaps.prioritySchools.map((s: Json) => s.name)).toEqual([
      'Collège des Hauts',
      'Collège Roger-Quilliot',
    ]);
    // An archived organization is no longer an actor of the territory.
    expect(actorsOf(d).some((a) => a.name === 'Service fermé')).toBe(false);
  });

  it('Suresnes: the mentoring program covers the lycée and the city through its pupils and agents', async () => {
    const d = await get('/api/t/ville-de-suresnes/ecosystem', cookies.suresnesAdmin);
    const actor = (name: string) => actorsOf(d).find((a) => a.name === name);
    expect(actor('C’Possible')).toMatchObject({
      communeName: 'Paris',
      programs: [{ kind: 'mentoring', roles: ['operator'] }],
    });
    expect(actor('Direction des ressources humaines').programs[0].roles).toEqual(['mentor_organization']);
    expect(actor('Lycée professionnel Louis-Blériot').programs[0].roles).toEqual(['pupils']);
    expect(d.communes.find((c: Json) => c.code === '92073').programs).toHaveLength(1);
    // The operator's head office is not where the young people are: Paris is not covered.
    expect(d.communes.find((c: Json) => c.code === '75056').programs).toEqual([]);
    expect(actor('Les entreprises s’engagent – Hauts-de-Seine')).toMatchObject({
      kind: 'business_club',
      communeName: 'Nanterre',
    });
  });

  it('Province Sud: convention partners are engaged; the REP+ collège and Nouméa have no program yet', async () => {
    const d = await get('/api/t/province-sud/ecosystem', cookies.provinceAdmin);
    const actor = (name: string) => actorsOf(d).find((a) => a.name === name);
    expect(actor('Calédonienne des Eaux').conventions).toEqual([
      expect.objectContaining({ status: 'active', role: 'partner' }),
    ]);
    expect(actor('BCI').conventions).toEqual([expect.objectContaining({ status: 'sent', role: 'partner' })]);
    expect(actor('MEDEF-NC')).toMatchObject({ kind: 'business_club', communeName: 'Nouméa' });
    expect(d.gaps.prioritySchools.map((s: Json) => s.name)).toEqual(['Collège Jean-Mariotti']);
    expect(d.gaps.communes).toEqual([{ code: '98818', name: 'Nouméa', schools: 1 }]);
  });

  it('answers organizations and counts only: no young person, tutor, mentor or guardian', async () => {
    for (const [path, cookie] of [
      [`${CLERMONT}/ecosystem`, cookies.clermontAdmin],
      [`${CLERMONT}/ecosystem/export.csv`, cookies.clermontAdmin],
      ['/api/t/ville-de-suresnes/ecosystem', cookies.suresnesAdmin],
    ] as const) {
      const text = await (await t.request(path, { cookie: cookie! })).text();
      for (const personal of [
        'Inès',
        'Yanis',
        'Maëlys',
        'Démo',
        'parents.example',
        'Karim Haddad',
        'k.haddad',
        'Haddad',
        'Traoré',
        'Benali',
        'agent.mentor',
        'example.org',
      ])
        expect(text, `${path} mentions ${personal}`).not.toContain(personal);
    }
  });

  it('exports the actors table as a French spreadsheet (BOM, semicolons)', async () => {
    const response = await t.request(`${CLERMONT}/ecosystem/export.csv`, { cookie: cookies.clermontAdmin! });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="acteurs-ville-de-clermont-ferrand.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM: Excel reads the accents right
    const [header, ...lines] = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(header).toBe('Type;Nom;Commune;Code commune;Ce qu’il fait;Pour qui;Programmes;Conventions');
    expect(lines.find((l) => l.includes('Puy-de-Dôme'))).toMatch(
      /^Club d’entreprises;Les entreprises s’engagent – Puy-de-Dôme;Clermont-Ferrand;63113;Club départemental/,
    );
    expect(
      lines.find((l) => l.startsWith('Service de la collectivité;Direction des Espaces verts')),
    ).toContain('Pass’3e (accueil de collégiens)');
  });

  it('keeps the map offline until a valid tile source is set, then clears it', async () => {
    expect(await get(`${CLERMONT}/ecosystem/map-settings`)).toEqual({ tileUrl: null, attribution: null });

    const plain = await put({
      tileUrl: 'http://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: 'OSM',
    });
    expect(plain.status).toBe(422);
    expect((await plain.json()).error.fields.tileUrl).toMatch(
      /^Adresse de tuiles invalide : une adresse https/,
    );
    const unattributed = await put({ tileUrl: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png' });
    expect(unattributed.status).toBe(422);
    expect((await unattributed.json()).error.fields).toEqual({
      attribution: expect.stringMatching(/^Indiquez l’attribution/),
    });
    expect(await get(`${CLERMONT}/ecosystem/map-settings`)).toEqual({ tileUrl: null, attribution: null });

    const osm = {
      tileUrl: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '© les contributeurs d’OpenStreetMap',
    };
    const saved = await put(osm);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual(osm);
    expect(await get(`${CLERMONT}/ecosystem/map-settings`)).toEqual(osm);
    // Another tenant keeps its own (offline) default.
    expect(await get('/api/t/province-sud/ecosystem/map-settings', cookies.provinceAdmin)).toEqual({
      tileUrl: null,
      attribution: null,
    });

    expect((await put({ tileUrl: null, attribution: 'reste' })).status).toBe(200);
    expect(await get(`${CLERMONT}/ecosystem/map-settings`)).toEqual({ tileUrl: null, attribution: null });
    const trail = await readAuditTrail(await t.tenantDb('ville-de-clermont-ferrand'), tenantSchema.auditLog);
    expect(trail.filter((e) => e.action === 'ecosystem.map_settings.saved')).toHaveLength(2);
  });

  it('is the coordination’s: a school referent is refused', async () => {
    const response = await t.request(`${CLERMONT}/ecosystem`, { cookie: cookies.clermontSchool! });
    expect(response.status).toBe(403);
  });
});
