import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, startTestApp, type TestApp } from '../support/test-app.ts';

const sample = readFileSync(new URL('../fixtures/annuaire-education-sample.csv', import.meta.url), 'utf8');
const URL_IMPORT = '/api/t/ville-de-clermont-ferrand/schools/import';

describe('importing the schools directory', () => {
  let t: TestApp;
  let admin: string;
  const schools = async () =>
    (
      await (
        await t.request('/api/t/ville-de-clermont-ferrand/organizations?kind=school&pageSize=100', {
          cookie: admin,
        })
      ).json()
    ).items as {
      uai: string;
      name: string;
      enrolment3e: number | null;
      priorityEducation: string;
      communeCode: string;
      communeName: string | null;
    }[];
  const post = (query: string, body = sample) =>
    t.request(`${URL_IMPORT}${query}`, {
      method: 'POST',
      cookie: admin,
      headers: { 'content-type': 'text/csv' },
      body,
    });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(DEMO.clermontAdmin);
  });
  afterAll(() => t.close());

  it('imports nothing when a line is bad, and says which line and field', async () => {
    const before = await schools();
    const response = await post('');
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error.message).toBe('2 ligne(s) à corriger : rien n’a été importé.');
    expect(error.fields).toEqual({
      'lignes.8.identifiant_de_l_etablissement': 'UAI « 063000G » invalide : 7 chiffres suivis d’une lettre.',
      'lignes.9.appartenance_education_prioritaire': 'Valeur « REP++ » inconnue : REP, REP+ ou vide.',
    });
    expect(await schools()).toEqual(before);
  });

  it('previews, then imports the good lines on request, and a re-import changes nothing', async () => {
    const preview = await (await post('?dryRun=1&partial=1')).json();
    expect(preview).toMatchObject({
      dryRun: true,
      created: 2,
      updated: 3,
      unchanged: 0,
      outsideTerritory: 1,
      duplicates: 1,
    });
    expect((await schools()).some((s) => s.uai === '0630004D')).toBe(false);

    const report = await (await post('?partial=1')).json();
    expect(report).toMatchObject({
      dryRun: false,
      created: 2,
      updated: 3,
      rejected: [{ line: 8 }, { line: 9 }],
    });
    const after = await schools();
    expect(after.find((s) => s.uai === '0630003C')).toMatchObject({
      name: 'Collège Lucie-Aubrac (mise à jour)',
      enrolment3e: 155,
    });
    expect(after.find((s) => s.uai === '0630004D')).toMatchObject({
      priorityEducation: 'REP+',
      enrolment3e: null,
      communeCode: '63113',
      communeName: 'Clermont-Ferrand',
    });
    expect(after.some((s) => s.uai === '0630006F')).toBe(false);

    expect(await (await post('?partial=1')).json()).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
  });

  it('keeps a 3e enrolment entered by hand when the file has none', async () => {
    const { id } = (
      await (
        await t.request('/api/t/ville-de-clermont-ferrand/organizations?q=0630004D', { cookie: admin })
      ).json()
    ).items[0];
    await t.request(`/api/t/ville-de-clermont-ferrand/organizations/${id}`, {
      method: 'PATCH',
      cookie: admin,
      body: JSON.stringify({ enrolment3e: 96 }),
    });
    await post('?partial=1');
    expect((await schools()).find((s) => s.uai === '0630004D')?.enrolment3e).toBe(96);
  });

  it('refuses a file with a missing column or an empty body', async () => {
    const noColumn = await post('', sample.replace('nom_etablissement', 'nom'));
    expect((await noColumn.json()).error.fields.file).toBe('Colonne(s) manquante(s) : nom_etablissement.');
    expect((await post('', '   ')).status).toBe(422);
  });
});
