import { describe, expect, it } from 'vitest';
import { median } from './median.ts';

describe('median of the tenants', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 9])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
  });

  it('leaves hidden cells out instead of counting them as zero', () => {
    expect(median([null, 12, null, 20, 16])).toBe(16);
  });

  it('is null when no tenant has a figure to give', () => {
    expect(median([])).toBeNull();
    expect(median([null, undefined])).toBeNull();
  });
});
