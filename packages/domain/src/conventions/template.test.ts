import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { renderClauses, TemplateVersionInput, unknownPlaceholders } from './template.ts';

describe('convention templates', () => {
  it('fills placeholders and names a missing value instead of leaving a blank', () => {
    const clauses = [{ heading: 'Objet', body: 'Entre {{collectivite}} et {{ partenaire }}.' }];
    expect(renderClauses(clauses, { collectivite: 'la province Sud', partenaire: 'la CDE' })[0]!.body).toBe(
      'Entre la province Sud et la CDE.',
    );
    expect(() => renderClauses(clauses, { collectivite: 'la province Sud' })).toThrow(DomainError);
  });

  it('catches a misspelt placeholder and requires the authority to sign', () => {
    expect(unknownPlaceholders([{ heading: 'x', body: '{{collectivite}} {{partenaire}}' }])).toEqual([]);
    expect(unknownPlaceholders([{ heading: 'x', body: '{{colectivite}}' }])).toEqual(['colectivite']);
    try {
      parseInput(TemplateVersionInput, {
        title: 'T',
        clauses: [{ heading: 'x', body: '{{colectivite}}' }],
        commitmentTypes: ['site_visits'],
        signatories: [
          { role: 'partner_representative', label: 'A' },
          { role: 'operator', label: 'B' },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).fields).toEqual({
        signatories: 'La collectivité doit signer.',
        clauses: 'Un article cite un champ inconnu entre {{ }}.',
      });
    }
  });
});
