import { sha256Hex } from '@passerelle/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdfReference } from './read-pdf-reference.ts';
import { renderConventionPdf } from './render-convention-pdf.ts';
import { renderFinalPdf } from './render-final-pdf.ts';
import { CONVENTION_ID, sampleCertificate, sampleConvention } from './test-fixtures.ts';

let sent: Uint8Array;
let final: Uint8Array;

beforeAll(async () => {
  sent = await renderConventionPdf(sampleConvention());
  final = await renderFinalPdf({
    original: sent,
    conventionId: CONVENTION_ID,
    certificate: sampleCertificate(await sha256Hex(sent)),
  });
});

const flipped = (bytes: Uint8Array, at: number) => {
  const copy = new Uint8Array(bytes);
  copy[at] = copy[at]! ^ 0xff;
  return copy;
};

describe('readPdfReference', () => {
  it('names the convention of a sent and of a final PDF', () => {
    expect(readPdfReference(sent)).toEqual({ conventionId: CONVENTION_ID, kind: 'sent' });
    expect(readPdfReference(final)).toEqual({ conventionId: CONVENTION_ID, kind: 'final' });
  });

  it('still names it when one byte in the middle was altered, though the fingerprint changed', async () => {
    const altered = flipped(final, Math.floor(final.length / 2));

    expect(await sha256Hex(altered)).not.toBe(await sha256Hex(final));
    expect(readPdfReference(altered)).toEqual({ conventionId: CONVENTION_ID, kind: 'final' });
  });

  it('outvotes a copy of the marker that the altered byte hit', () => {
    const at = Buffer.from(sent).indexOf(`passerelle:${CONVENTION_ID}`) + 'passerelle:cnv_'.length + 3;

    expect(readPdfReference(flipped(sent, at))).toEqual({ conventionId: CONVENTION_ID, kind: 'sent' });
  });

  it('returns null for a PDF or a file that Passerelle did not produce', () => {
    const foreign = new TextEncoder().encode(
      '%PDF-1.7\n1 0 obj << /Keywords (passerelle:nope) >> endobj\n%%EOF',
    );

    expect(readPdfReference(foreign)).toBeNull();
    expect(readPdfReference(new Uint8Array(0))).toBeNull();
  });
});
