import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { assertNoSmallCells } from './guard.ts';

const cell = (over: Partial<Parameters<typeof assertNoSmallCells>[0][number]>) => ({
  scope: 'mentoring',
  indicator: 'young_people',
  dimension: '',
  value: 12,
  suppressed: false,
  ...over,
});

describe('assertNoSmallCells, the last guard before the control database', () => {
  it('lets through counts of zero or five and more, hidden cells, shares and partner counts', () => {
    expect(() =>
      assertNoSmallCells([
        cell({ value: 0 }),
        cell({ value: 5, dimension: 'level:3e' }),
        cell({ value: null, suppressed: true, dimension: 'level:4e' }),
        cell({ value: 6, dimension: 'level:other', scope: 'template:tpl_01jd0000000000000000000000' }),
        cell({ indicator: 'scholarship_share', value: 0.42 }),
        cell({ indicator: 'partner_conventions', scope: 'all', value: 2 }),
      ]),
    ).not.toThrow();
  });

  it('refuses a count of one to four people, naming the cell in French', () => {
    const run = () => assertNoSmallCells([cell({}), cell({ dimension: 'level:3e', value: 3 })]);
    expect(run).toThrow(DomainError);
    expect(run).toThrow(
      'Envoi des indicateurs refusé : la case « Jeunes accompagnés — Niveau scolaire : 3e (Mentorat) » compte 3 personnes, moins de 5 : elle doit être masquée (secret statistique). Rien n’a été enregistré.',
    );
    try {
      run();
    } catch (error) {
      expect((error as DomainError).code).toBe('VALIDATION');
      expect(Object.keys((error as DomainError).fields!)).toEqual(['cells.1']);
    }
  });

  it('refuses a hidden cell that still carries its value, and an unknown indicator', () => {
    expect(() => assertNoSmallCells([cell({ suppressed: true, value: 3 })])).toThrow(/masquée mais porte/);
    expect(() => assertNoSmallCells([cell({ indicator: 'birth_dates' })])).toThrow(/indicateur inconnu/);
  });

  it('refuses free text where the framework has a closed list: a scope, a dimension', () => {
    expect(() => assertNoSmallCells([cell({ dimension: 'level:Yanis' })])).toThrow(
      'Envoi des indicateurs refusé : une dimension inconnue pour l’indicateur « Jeunes accompagnés ». Rien n’a été enregistré.',
    );
    expect(() => assertNoSmallCells([cell({ dimension: 'gender:F', indicator: 'mentors_active' })])).toThrow(
      /dimension inconnue/,
    );
    expect(() => assertNoSmallCells([cell({ scope: 'Lycée Louis-Blériot' })])).toThrow(/périmètre inconnu/);
  });
});
