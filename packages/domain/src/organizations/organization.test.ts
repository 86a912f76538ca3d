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

describe('the ecosystem fields', () => {
  it('keeps what an actor does, for whom and its commune name, trimmed, and bounds their length', async () => {
    const { UpdateOrganization } = await import('./organization.ts');
    const club = parseInput(CreateOrganization, {
      kind: 'business_club',
      name: 'MEDEF-NC',
      rna: 'W988000003',
      communeCode: '98818',
      communeName: ' Nouméa ',
      activities: ' Fédère les entreprises ; relaie les offres de stage ',
      audience: 'Entreprises de Nouvelle-Calédonie',
    });
    expect(club).toMatchObject({
      kind: 'business_club',
      communeName: 'Nouméa',
      activities: 'Fédère les entreprises ; relaie les offres de stage',
    });
    const fields = fieldsOf(() =>
      parseInput(UpdateOrganization, { activities: 'x'.repeat(501), audience: 'y'.repeat(301) }),
    );
    expect(fields.activities).toBe('Ce que fait l’organisation ne peut dépasser 500 caractères.');
    expect(fields.audience).toBe('Le public visé ne peut dépasser 300 caractères.');
    expect(parseInput(UpdateOrganization, { activities: '' })).toEqual({ activities: '' });
  });

  it('asks a business club for an RNA or a SIRET, like an association', () => {
    expect(missingIdentifiers({ kind: 'business_club' })).toEqual({
      rna: 'Un club d’entreprises doit avoir un numéro RNA ou un SIRET.',
    });
    expect(missingIdentifiers({ kind: 'business_club', rna: 'W988000003' })).toEqual({});
  });
});
