// WCAG 2.x relative luminance and contrast ratio, used to keep tenant branding readable.

type Rgb = [number, number, number];

export function parseHexColor(value: string | null | undefined): Rgb | null {
  if (!value) return null;
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return null;
  let hex = match[1]!;
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

const black: Rgb = [0, 0, 0];
const white: Rgb = [255, 255, 255];

/**
 * Black or white, whichever contrasts more with the background. For any colour the better of
 * the two reaches at least 4.58:1, so branding can never push the header below WCAG AA.
 */
export function readableTextColor(background: Rgb): '#000000' | '#ffffff' {
  return contrastRatio(background, black) >= contrastRatio(background, white) ? '#000000' : '#ffffff';
}

export const defaultBrand = '#1e293b';

/** CSS custom properties for a tenant's header; an unusable colour falls back to the default. */
export function brandStyle(brandColor: string | null | undefined): Record<string, string> {
  const rgb = parseHexColor(brandColor) ?? parseHexColor(defaultBrand)!;
  const hex = `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return { '--brand': hex, '--brand-text': readableTextColor(rgb) };
}
