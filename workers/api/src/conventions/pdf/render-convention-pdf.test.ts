import { sha256Hex } from '@passerelle/domain';
import { describe, expect, it } from 'vitest';
import { renderConventionPdf } from './render-convention-pdf.ts';
import { CONVENTION_ID, pdfPages, sampleConvention } from './test-fixtures.ts';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('renderConventionPdf', () => {
  it('writes the convention in French, with accents a reader can copy out', async () => {
    const text = (await pdfPages(await renderConventionPdf(sampleConvention()))).join('\n');

    expect(text).toContain('Calédonienne des Eaux');
    expect(text).toContain('Télémaque');
    expect(text).toContain('à compter du 1er janvier 2027');
    expect(text).toContain('l’Œuvre commune');
    expect(text).toContain('reçoit des classes');
    expect(text).toContain('du 1er janvier 2027 au 31 décembre 2029');
    expect(text).toContain('Article 2 — Engagements réciproques');
    expect(text).toContain('3 places de stage de 3e par an');
    expect(text).toContain('Pour la Province Sud : Éric Gaïa, Président de l’assemblée');
    expect(text).toContain(`convention ${CONVENTION_ID}`);
  });

  it('gives the same bytes, hence the same SHA-256, for the same input', async () => {
    const first = await renderConventionPdf(sampleConvention());
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a clock-based date would now differ
    const second = await renderConventionPdf(sampleConvention());

    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    expect(await sha256Hex(first)).toBe(await sha256Hex(second));
    expect(latin1(first)).toContain('/CreationDate (D:20261201093000Z)');
    expect(latin1(first)).not.toMatch(/\/ID\s*\[/);
  });

  it('changes its bytes when the text changes', async () => {
    const a = await renderConventionPdf(sampleConvention());
    const b = await renderConventionPdf(sampleConvention({ endDate: '2030-12-31' }));

    expect(await sha256Hex(a)).not.toBe(await sha256Hex(b));
  });

  it('carries its reference as plain ASCII in the raw bytes', async () => {
    const raw = latin1(await renderConventionPdf(sampleConvention()));

    expect(raw).toContain(`/Keywords (passerelle:${CONVENTION_ID}:sent)`);
    expect(raw.split(`(passerelle:${CONVENTION_ID}:sent)`)).toHaveLength(4);
  });

  it('spreads a ten-article convention over several numbered pages', async () => {
    const body =
      'Le partenaire désigne un référent chargé du suivi des élèves accueillis ; il veille à la ' +
      'sécurité des jeunes, à la qualité de leur accueil et à la découverte effective des métiers. ';
    const clauses = Array.from({ length: 10 }, (_, i) => ({
      heading: `Stipulation n° ${i + 1}`,
      body: `${body.repeat(6)}\n${body.repeat(3)}`,
    }));
    const pages = await pdfPages(await renderConventionPdf(sampleConvention({ clauses })));

    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} / ${pages.length}`);
    });
    expect(pages.join('\n')).toContain('Article 10 — Stipulation n° 10');
  });

  it('draws a character the font lacks as a question mark rather than an invisible box', async () => {
    const text = (
      await pdfPages(
        await renderConventionPdf(
          sampleConvention({ commitments: ['Visite ✓ avec\u202fespace fine'], operatorName: null }),
        ),
      )
    ).join('\n');

    expect(text).toContain('Visite ? avec');
    expect(text).not.toContain('l’opérateur');
  });
});
