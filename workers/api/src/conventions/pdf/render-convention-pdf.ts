import { createPdfDocument, savePdf } from './pdf-document.ts';
import { formatInstantUtc, formatLongDate } from './pdf-text.ts';
import { createPdfWriter, drawFooters, MUTED } from './pdf-writer.ts';

export type ConventionPdfInput = {
  conventionId: string;
  tenantName: string;
  title: string;
  partner: { name: string; identifier: string | null };
  operatorName: string | null;
  startDate: string;
  endDate: string;
  clauses: { heading: string; body: string }[];
  commitments: string[];
  signers: { label: string; name: string; title: string }[];
  templateVersion: number;
  /** ISO instant the document is frozen at; also its PDF dates, so rendering is reproducible. */
  issuedAt: string;
};

/** The convention as sent for signature. Same input, same bytes: its SHA-256 is what gets signed. */
export async function renderConventionPdf(input: ConventionPdfInput): Promise<Uint8Array> {
  const { doc, fonts } = await createPdfDocument({
    reference: { conventionId: input.conventionId, kind: 'sent' },
    title: input.title,
    author: input.tenantName,
    subject: `Convention de partenariat entre ${input.tenantName} et ${input.partner.name}`,
    issuedAt: input.issuedAt,
  });
  const w = createPdfWriter({ doc, fonts });

  w.paragraph(input.title, { bold: true, size: 18, after: 6 });
  w.paragraph(
    `Référence ${input.conventionId} · modèle version ${input.templateVersion} · ` +
      `émise le ${formatInstantUtc(input.issuedAt)}`,
    { size: 8.5, color: MUTED, after: 14 },
  );

  w.paragraph('Entre les soussignés', { bold: true, size: 12, after: 6 });
  w.paragraph(`${input.tenantName}, ci-après « la collectivité »,`);
  const identifier = input.partner.identifier ? ` (identifiant ${input.partner.identifier})` : '';
  w.paragraph(`et ${input.partner.name}${identifier}, ci-après « le partenaire »,`);
  if (input.operatorName) {
    w.paragraph(`avec le concours de ${input.operatorName}, ci-après « l’opérateur »,`);
  }
  w.paragraph(
    `pour la période du ${formatLongDate(input.startDate)} au ${formatLongDate(input.endDate)}, ` +
      'il a été convenu ce qui suit.',
    { after: 10 },
  );
  w.rule();

  input.clauses.forEach((clause, index) => {
    const heading = /^article\b/i.test(clause.heading)
      ? clause.heading
      : `Article ${index + 1} — ${clause.heading}`;
    const paragraphs = clause.body.split(/\n+/).filter((p) => p.trim() !== '');
    // A heading never ends a page alone: it keeps at least two lines of its text.
    w.keepTogether(w.measure(heading, { bold: true, size: 12 }) + w.measure(paragraphs[0] ?? '', {}, 2) + 10);
    w.paragraph(heading, { bold: true, size: 12, after: 4 });
    for (const paragraph of paragraphs) w.paragraph(paragraph.trim());
    w.gap(6);
  });

  if (input.commitments.length > 0) {
    w.keepTogether(60);
    w.paragraph('Engagements du partenaire', { bold: true, size: 12, after: 4 });
    for (const commitment of input.commitments) w.bullet(commitment);
    w.gap(8);
  }

  // The heading, its sentence and the first signature block stay on one page.
  w.keepTogether(160);
  w.paragraph('Signatures', { bold: true, size: 12, after: 4 });
  w.paragraph(
    'Fait en un exemplaire électronique. Chaque partie signe en ligne ; le certificat de signature ' +
      'joint au document final atteste des signatures.',
    { after: 10 },
  );
  for (const signer of input.signers) {
    w.box([
      { text: `Pour ${signer.label} : ${signer.name}, ${signer.title}`, style: { bold: true } },
      {
        text: 'Signature électronique — voir le certificat de signature',
        style: { size: 8.5, color: MUTED },
      },
    ]);
  }

  drawFooters({
    pages: w.pages,
    fonts,
    left: `${input.tenantName} · convention ${input.conventionId}`,
    right: (n, count) => `Page ${n} / ${count}`,
  });
  return savePdf(doc);
}
