import { describe, expect, it } from 'vitest';
import { isValidRna, isValidSiret, isValidUai, normaliseIdentifier } from './identifiers.ts';

describe('SIRET', () => {
  it('accepts a SIRET whose Luhn key is right and refuses the same with one digit changed', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('73282932000075')).toBe(false);
  });
  it('refuses anything but 14 digits', () => {
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
  });
  it("applies La Poste's digit-sum rule to its establishments", () => {
    expect(isValidSiret('35600000012345')).toBe(false);
    expect(isValidSiret('35600000049837')).toBe(true);
  });
});

describe('RNA and UAI', () => {
  it('accepts W + 9 digits for an association', () => {
    expect(isValidRna('W751234567')).toBe(true);
    expect(isValidRna('751234567')).toBe(false);
  });
  it('accepts 7 digits and a letter for a school', () => {
    expect(isValidUai('0631234A')).toBe(true);
    expect(isValidUai('063123A')).toBe(false);
  });
  it('normalises what people paste', () => {
    expect(normaliseIdentifier(' 732 829 320 00074 ')).toBe('73282932000074');
    expect(normaliseIdentifier('0631234a')).toBe('0631234A');
  });
});
