import { describe, expect, it } from 'vitest';
import { hasPrefix, newId } from './ids.ts';

describe('ids', () => {
  it('are prefixed, random and sortable by time', () => {
    const a = newId('org', 1_700_000_000_000);
    const b = newId('org', 1_700_000_000_001);
    expect(hasPrefix(a, 'org')).toBe(true);
    expect(a).not.toBe(newId('org', 1_700_000_000_000));
    expect(a < b).toBe(true);
  });
});
