import {
  type PdfReference,
  REFERENCE_MAX_LENGTH,
  REFERENCE_PATTERN,
  REFERENCE_PREFIX,
} from './pdf-reference.ts';

const PREFIX_BYTES = new TextEncoder().encode(REFERENCE_PREFIX);

/**
 * Finds the convention a PDF names by scanning its raw bytes, with no PDF parsing, so a damaged or
 * altered file is still recognised. The marker is written several times; when one copy was hit by
 * the alteration, the copies that still agree win. Null when no copy is readable or they tie.
 */
export function readPdfReference(bytes: Uint8Array): PdfReference | null {
  const votes = new Map<string, number>();
  for (let at = indexOf(bytes, PREFIX_BYTES, 0); at !== -1; at = indexOf(bytes, PREFIX_BYTES, at + 1)) {
    const candidate = latin1(bytes.subarray(at, at + REFERENCE_MAX_LENGTH));
    const match = REFERENCE_PATTERN.exec(candidate);
    if (match) votes.set(match[0], (votes.get(match[0]) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || (second && second[1] === best[1])) return null;
  const [, conventionId, kind] = REFERENCE_PATTERN.exec(best[0])!;
  return { conventionId: conventionId!, kind: kind as PdfReference['kind'] };
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let i = haystack.indexOf(first, from); i !== -1; i = haystack.indexOf(first, i + 1)) {
    if (i + needle.length > haystack.length) return -1;
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
