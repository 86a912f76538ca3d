import { describe, expect, it } from 'vitest';
import sample from '../../../../test/fixtures/annuaire-education-sample.csv?raw';
import { readSchoolsExport, territoryFilter } from './school-import.ts';

// The sample is made to the format of the national "Annuaire de l'éducation" export.
// Loaded as text by the test runner (no file system in the domain package).
const clermont = territoryFilter({ kind: 'commune', code: '63113' });

describe('reading the schools export', () => {
  it('keeps the territory, collapses duplicate UAIs and reports each bad line with its field', () => {
    const result = readSchoolsExport({ text: sample, inTerritory: clermont });
    if (!result.ok) throw new Error(result.fatal);
    expect(result.schools.map((s) => s.uai)).toEqual([
      '0630001A',
      '0630002B',
      '0630003C',
      '0630004D',
      '0630005E',
    ]);
    expect(result.schools.find((s) => s.uai === '0630003C')).toMatchObject({
      name: 'Collège Lucie-Aubrac (mise à jour)',
      enrolment3e: 155,
      line: 10,
    });
    expect(result.schools.find((s) => s.uai === '0630004D')).toMatchObject({
      priorityEducation: 'REP+',
      enrolment3e: null,
      communeCode: '63113',
      communeName: 'Clermont-Ferrand',
    });
    expect(result.schools.find((s) => s.uai === '0630005E')?.schoolKind).toBe('lycee_professionnel');
    expect(result.rejected).toEqual([
      {
        line: 8,
        field: 'identifiant_de_l_etablissement',
        message: 'UAI « 063000G » invalide : 7 chiffres suivis d’une lettre.',
      },
      {
        line: 9,
        field: 'appartenance_education_prioritaire',
        message: 'Valeur « REP++ » inconnue : REP, REP+ ou vide.',
      },
    ]);
    expect(result).toMatchObject({ outsideTerritory: 1, duplicates: 1 });
  });

  it('reads the commune’s name when the file has it, and does without it', () => {
    const withoutName = sample.replace('nom_commune', 'autre_colonne');
    const result = readSchoolsExport({ text: withoutName, inTerritory: clermont });
    if (!result.ok) throw new Error(result.fatal);
    expect(result.schools.every((s) => s.communeName === null)).toBe(true);
  });

  it('refuses a file with a missing column or a wrong encoding, as a whole', () => {
    const noPriority = sample.replace('appartenance_education_prioritaire', 'autre_colonne');
    expect(readSchoolsExport({ text: noPriority, inTerritory: clermont })).toEqual({
      ok: false,
      fatal: 'Colonne(s) manquante(s) : appartenance_education_prioritaire.',
    });
    // What a Latin-1 file looks like once read as UTF-8: every é became Ã©.
    const latin1ReadAsUtf8 = sample.replaceAll('é', 'Ã©');
    expect(readSchoolsExport({ text: latin1ReadAsUtf8, inTerritory: clermont })).toMatchObject({
      ok: false,
      fatal: expect.stringContaining('UTF-8'),
    });
  });

  it('maps a tenant to its communes', () => {
    expect(territoryFilter({ kind: 'departement', code: '63' })('63075')).toBe(true);
    expect(territoryFilter({ kind: 'province', code: '988' })('63113')).toBe(false);
    expect(territoryFilter({ kind: 'region', code: '84' })('63113')).toBe(true);
  });
});
