// The reference a Passerelle PDF carries so the public verifier can name its convention even when
// the file was altered. It is written as plain ASCII in uncompressed objects (never in a
// compressed stream, never as UTF-16 hex), so a byte scan finds it without parsing the PDF.

export type PdfKind = 'sent' | 'final';

export type PdfReference = { conventionId: string; kind: PdfKind };

export const REFERENCE_PREFIX = 'passerelle:';

/** `passerelle:cnv_<26 chars>:sent` or `…:final`. */
export const REFERENCE_PATTERN = /^passerelle:(cnv_[0-9a-z]{26}):(sent|final)/;

/** Longest marker: prefix + `cnv_` + 26 + `:final`. */
export const REFERENCE_MAX_LENGTH = REFERENCE_PREFIX.length + 4 + 26 + ':final'.length;

export function referenceMarker({ conventionId, kind }: PdfReference): string {
  const marker = `${REFERENCE_PREFIX}${conventionId}:${kind}`;
  if (!REFERENCE_PATTERN.test(marker)) throw new Error(`Not a convention id: ${conventionId}`);
  return marker;
}
