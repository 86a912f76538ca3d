import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { CreateOrganization, missingIdentifiers } from './organization.ts';

function fieldsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.fields ?? {};
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('creating an organization', () => {
  it('keeps a valid school with its normalised UAI', () => {
    const org = parseInput(CreateOrganization, {
      kind: 'school',
      name: ' Collège Albert Camus ',
      uai: '0631234a',
      schoolKind: 'college',
      priorityEducation: 'REP+',
    });
    expect(org).toMatchObject({ name: 'Collège Albert Camus', uai: '0631234A', priorityEducation: 'REP+' });
  });

  it('names each bad field in French', () => {
    const fields = fieldsOf(() =>
      parseInput(CreateOrganization, { kind: 'company', name: '', siret: '12345678901234', email: 'nope' }),
    );
    expect(fields.name).toBe('Le nom est obligatoire.');
    expect(fields.siret).toMatch(/SIRET invalide/);
    expect(fields.email).toBe('Adresse e-mail invalide.');
  });

  it('says which identifier each kind needs', () => {
    expect(missingIdentifiers({ kind: 'company' })).toEqual({ siret: 'Une entreprise doit avoir un SIRET.' });
    expect(missingIdentifiers({ kind: 'association', siret: '73282932000074' })).toEqual({});
    expect(Object.keys(missingIdentifiers({ kind: 'school', uai: '0631234A' }))).toEqual(['schoolKind']);
    expect(missingIdentifiers({ kind: 'service' })).toEqual({});
  });
});

describe('updating an organization', () => {
  it('accepts an empty e-mail, which clears it, and still refuses a malformed one', async () => {
    const { UpdateOrganization } = await import('./organization.ts');
    expect(parseInput(UpdateOrganization, { email: '' })).toEqual({ email: '' });
    expect(fieldsOf(() => parseInput(UpdateOrganization, { email: 'pas-une-adresse' })).email).toBe(
      'Adresse e-mail invalide.',
    );
  });
});
