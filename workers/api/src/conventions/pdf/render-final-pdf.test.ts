import { sha256Hex } from '@passerelle/domain';
import { describe, expect, it } from 'vitest';
import { renderConventionPdf } from './render-convention-pdf.ts';
import { renderFinalPdf } from './render-final-pdf.ts';
import { CONVENTION_ID, pdfPages, sampleCertificate, sampleConvention } from './test-fixtures.ts';

async function signedConvention() {
  const original = await renderConventionPdf(sampleConvention());
  const documentSha256 = await sha256Hex(original);
  const final = await renderFinalPdf({
    original,
    conventionId: CONVENTION_ID,
    certificate: sampleCertificate(documentSha256),
  });
  return { original, documentSha256, final };
}

describe('renderFinalPdf', () => {
  it('keeps the signed pages unchanged and appends the certificate', async () => {
    const { original, final } = await signedConvention();
    const before = await pdfPages(original);
    const after = await pdfPages(final);

    expect(after.length).toBeGreaterThan(before.length);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after[before.length]).toContain('Certificat de signature électronique');
  });

  it('quotes the SHA-256 of the signed document, the signers and the trail', async () => {
    const { documentSha256, final } = await signedConvention();
    // Table cells wrap onto several lines: compare with the white space folded.
    const certificate = (await pdfPages(final)).slice(-2).join('\n').replace(/\s+/g, ' ');

    expect(certificate).toContain(documentSha256);
    expect(certificate).toContain(`Référence : ${CONVENTION_ID}`);
    expect(certificate).toContain('Éric Gaïa, Président de l’assemblée');
    expect(certificate).toContain('e.gaia@province-sud.example');
    expect(certificate).toContain('03/12/2026 à 16:02:05 UTC');
    expect(certificate).toContain('Contresignée');
    expect(certificate).toContain('198.51.100.23');
    expect(certificate).toContain('signature électronique simple au sens du règlement (UE)');
    expect(certificate).toContain('/verifier');
    expect(certificate).toMatch(/Certificat, page 1 \/ \d/);
  });

  it('is reproducible: the same signature gives the same final bytes', async () => {
    const a = await signedConvention();
    const b = await signedConvention();

    expect(await sha256Hex(a.final)).toBe(await sha256Hex(b.final));
  });

  it('is marked final, not sent, in its raw bytes', async () => {
    const raw = Buffer.from((await signedConvention()).final).toString('latin1');

    expect(raw).toContain(`(passerelle:${CONVENTION_ID}:final)`);
    expect(raw).not.toContain(`passerelle:${CONVENTION_ID}:sent`);
  });

  it('wraps a long trail over several certificate pages', async () => {
    const original = await renderConventionPdf(sampleConvention());
    const certificate = sampleCertificate(await sha256Hex(original));
    const events = Array.from({ length: 40 }, (_, i) => ({
      ...certificate.events[1]!,
      label: `Relance n° ${i + 1}`,
    }));
    const pages = await pdfPages(
      await renderFinalPdf({
        original,
        conventionId: CONVENTION_ID,
        certificate: { ...certificate, events },
      }),
    );
    const text = pages.join('\n');

    expect(text).toContain('Relance n° 40');
    expect(text).toContain('Certificat, page 2 / ');
  });
});
