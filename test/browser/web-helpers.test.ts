import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../web/src/api/auth.ts';
import { brandStyle, contrastRatio, parseHexColor, readableTextColor } from '../../web/src/lib/contrast.ts';

describe('tenant branding', () => {
  it('keeps header text at 4.5:1 or more whatever colour a tenant picks', () => {
    for (let r = 0; r <= 255; r += 15) {
      for (let g = 0; g <= 255; g += 15) {
        for (let b = 0; b <= 255; b += 15) {
          const background: [number, number, number] = [r, g, b];
          const text = parseHexColor(readableTextColor(background))!;
          expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('puts black on a light yellow and white on a dark blue', () => {
    expect(brandStyle('#f4c542')).toEqual({ '--brand': '#f4c542', '--brand-text': '#000000' });
    expect(brandStyle('#0b5394')).toEqual({ '--brand': '#0b5394', '--brand-text': '#ffffff' });
    expect(brandStyle('#abc')['--brand']).toBe('#aabbcc');
  });

  it('falls back to the default header for a missing or unusable colour', () => {
    expect(brandStyle(null)['--brand']).toBe('#1e293b');
    expect(brandStyle('red; background: url(x)')['--brand']).toBe('#1e293b');
  });
});

describe('return path after sign-in', () => {
  it('keeps same-origin paths and refuses anything that could leave the site', () => {
    expect(safeReturnPath('/t/ville-de-suresnes/organisations')).toBe('/t/ville-de-suresnes/organisations');
    expect(safeReturnPath(null)).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('/\\evil.example/')).toBe('/');
  });
});
