import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { type DraftSnapshot, draftChanges, EditConventionInput, WithdrawInput } from './convention-input.ts';

const draft: DraftSnapshot = {
  title: 'Convention de partenariat — Calédonienne des Eaux',
  startDate: '2026-12-01',
  operatorOrganizationId: null,
  commitments: [
    { type: 'volunteer_mentors', quantityPerYear: 2, note: null },
    { type: 'site_visits', quantityPerYear: 1, note: null },
  ],
  signers: [
    {
      role: 'partner_representative',
      label: 'Pour le partenaire',
      name: 'Hélène Wamytan',
      title: 'Directrice générale',
      email: 'dg@cde.example',
    },
    {
      role: 'tenant_representative',
      label: 'Pour la collectivité',
      name: 'Gil Brial',
      title: 'Vice-président',
      email: 'vp@province-sud.example',
    },
  ],
};

const fieldsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.fields;
    throw error;
  }
  return undefined;
};

describe('correcting a draft', () => {
  it('names the fields that changed, never their values', () => {
    const after: DraftSnapshot = {
      ...draft,
      startDate: '2027-01-01',
      commitments: [...draft.commitments].reverse(),
      signers: [{ ...draft.signers[0]!, email: 'direction@cde.example' }, draft.signers[1]!],
    };
    const changes = draftChanges(draft, after);
    expect(changes).toEqual([
      { path: 'startDate', label: 'date de début' },
      {
        path: 'signers.partner_representative.email',
        label: 'adresse électronique de « Pour le partenaire »',
      },
    ]);
    expect(JSON.stringify(changes)).not.toContain('direction@cde.example');
  });

  it('sees a commitment’s quantity or note change, and nothing when nothing changed (a 0 promises nothing)', () => {
    expect(draftChanges(draft, { ...draft })).toEqual([]);
    const noted = draftChanges(draft, {
      ...draft,
      commitments: [
        draft.commitments[0]!,
        { type: 'site_visits', quantityPerYear: 1, note: 'Usine de Yaté' },
      ],
    });
    expect(noted.map((c) => c.path)).toEqual(['commitments']);
    const zeroAdded = draftChanges(draft, {
      ...draft,
      commitments: [...draft.commitments, { type: 'inspiring_meetings', quantityPerYear: 0, note: null }],
    });
    expect(zeroAdded).toEqual([]);
  });

  it('checks a correction as a creation is checked, and refuses an empty one', () => {
    expect(fieldsOf(() => parseInput(EditConventionInput, {}))).toEqual({
      _: 'Indiquez au moins une modification.',
    });
    expect(
      fieldsOf(() =>
        parseInput(EditConventionInput, {
          title: ' ',
          startDate: '2026-02-30',
          signers: [{ role: 'partner_representative', name: 'A', title: 'B', email: 'pas-une-adresse' }],
        }),
      ),
    ).toMatchObject({
      title: 'Le titre est obligatoire.',
      startDate: expect.any(String),
      signers: 'Il faut au moins deux signataires.',
      'signers.0.email': 'Adresse e-mail invalide.',
    });
    expect(parseInput(EditConventionInput, { operatorOrganizationId: null })).toEqual({
      operatorOrganizationId: null,
    });
  });

  it('asks a reason of at most 500 characters to withdraw', () => {
    expect(fieldsOf(() => parseInput(WithdrawInput, { reason: '  ' }))).toEqual({
      reason: 'Le motif du retrait est obligatoire.',
    });
    expect(fieldsOf(() => parseInput(WithdrawInput, { reason: 'x'.repeat(501) }))).toEqual({
      reason: 'Le motif du retrait ne peut dépasser 500 caractères.',
    });
  });
});
