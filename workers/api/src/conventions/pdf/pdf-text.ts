import type { PDFFont } from 'pdf-lib';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** `2027-01-01` → `1er janvier 2027`, as a French legal text writes it. */
export function formatLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day || !MONTHS[month - 1]) return isoDate;
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

/** An instant as `12/03/2027 à 14:05:09 UTC`: a certificate states UTC, never a guessed zone. */
export function formatInstantUtc(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()} à ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC`
  );
}

const characterSets = new WeakMap<PDFFont, Set<number>>();

/**
 * Keeps only what the embedded font can draw: thin French spaces become no-break spaces, and any
 * other missing glyph a `?`, rather than an invisible .notdef box that would also break copy-paste.
 */
export function fitToFont(text: string, font: PDFFont): string {
  let known = characterSets.get(font);
  if (!known) {
    known = new Set(font.getCharacterSet());
    characterSets.set(font, known);
  }
  let out = '';
  for (const char of text.replace(/[\t\r\n\v\f]/g, ' ').replace(/[\u2007\u2009\u202f]/g, '\u00a0')) {
    out += known.has(char.codePointAt(0)!) ? char : '?';
  }
  return out;
}

/** Breaks one paragraph into lines of at most `width` points; a word too long is cut. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const measure = (s: string) => font.widthOfTextAtSize(s, size);
  const lines: string[] = [];
  let line = '';
  for (const word of fitToFont(text, font)
    .split(' ')
    .filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (measure(line) > width) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
