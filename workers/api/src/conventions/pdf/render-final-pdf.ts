import { PDFDocument } from 'pdf-lib';
import { createPdfDocument, savePdf } from './pdf-document.ts';
import { formatInstantUtc } from './pdf-text.ts';
import { createPdfWriter, drawFooters, MUTED } from './pdf-writer.ts';

export type SignatureCertificate = {
  title: string;
  tenantName: string;
  documentSha256: string;
  parties: {
    label: string;
    name: string;
    title: string;
    email: string;
    signedAt: string;
    authMethod: string;
  }[];
  events: {
    at: string;
    label: string;
    who: string | null;
    authMethod: string | null;
    ip: string | null;
    userAgent: string | null;
  }[];
  /** ISO instant; also the PDF dates, so the final document is reproducible. */
  generatedAt: string;
};

export type FinalPdfInput = { original: Uint8Array; conventionId: string; certificate: SignatureCertificate };

/**
 * The signed convention: the pages of the document sent for signature, unchanged, followed by the
 * certificate that names who signed what (by its SHA-256), when and how.
 */
export async function renderFinalPdf(input: FinalPdfInput): Promise<Uint8Array> {
  const { certificate: cert } = input;
  const { doc, fonts } = await createPdfDocument({
    reference: { conventionId: input.conventionId, kind: 'final' },
    title: cert.title,
    author: cert.tenantName,
    subject: 'Convention signée et certificat de signature électronique',
    issuedAt: cert.generatedAt,
  });
  const original = await PDFDocument.load(input.original, { updateMetadata: false });
  const copied = await doc.copyPages(original, original.getPageIndices());
  for (const page of copied) doc.addPage(page);

  const w = createPdfWriter({ doc, fonts });
  w.newPage();
  w.paragraph('Certificat de signature électronique', { bold: true, size: 18, after: 6 });
  w.paragraph(`Établi le ${formatInstantUtc(cert.generatedAt)} par Passerelle pour ${cert.tenantName}.`, {
    size: 8.5,
    color: MUTED,
    after: 14,
  });

  w.paragraph('Convention', { bold: true, size: 12, after: 4 });
  w.paragraph(cert.title);
  w.paragraph(`Référence : ${input.conventionId}`);
  w.paragraph(`Pages signées : 1 à ${copied.length} du présent fichier`, { after: 8 });

  w.paragraph('Document signé', { bold: true, size: 12, after: 4 });
  w.paragraph('Empreinte SHA-256 du document présenté et approuvé par chaque signataire :', { after: 2 });
  w.paragraph(cert.documentSha256, { bold: true, size: 9.5, after: 12 });

  w.paragraph('Signataires', { bold: true, size: 12, after: 4 });
  w.table(
    [
      { header: 'Partie', share: 2 },
      { header: 'Signataire', share: 2.6 },
      { header: 'Adresse électronique', share: 3.2 },
      { header: 'Signé le', share: 2.2 },
      { header: 'Authentification', share: 1.6 },
    ],
    cert.parties.map((p) => [
      p.label,
      `${p.name}, ${p.title}`,
      p.email,
      formatInstantUtc(p.signedAt),
      p.authMethod,
    ]),
  );

  w.keepTogether(80);
  w.paragraph('Journal de la signature', { bold: true, size: 12, after: 4 });
  w.table(
    [
      { header: 'Date (UTC)', share: 1.8 },
      { header: 'Événement', share: 1.9 },
      { header: 'Par', share: 2 },
      { header: 'Authentification', share: 1.5 },
      { header: 'Adresse IP', share: 1.5 },
      { header: 'Navigateur', share: 2.6 },
    ],
    cert.events.map((e) => [
      formatInstantUtc(e.at),
      e.label,
      e.who ?? '—',
      e.authMethod ?? '—',
      e.ip ?? '—',
      e.userAgent ?? '—',
    ]),
    7.5,
  );

  w.keepTogether(120);
  w.paragraph('Valeur de ce certificat', { bold: true, size: 12, after: 4 });
  w.paragraph(
    'Ce document a été signé au moyen d’une signature électronique simple au sens du règlement (UE) ' +
      'n° 910/2014 (eIDAS) : chaque signataire, identifié par un lien personnel envoyé à son adresse ' +
      'électronique, a consulté le document puis exprimé son consentement. Le journal ci-dessus est ' +
      'chaîné par empreintes, de sorte qu’une ligne modifiée après coup se détecte.',
  );
  w.paragraph(
    'Pour vérifier l’authenticité de ce fichier, déposez-le sur la page /verifier de Passerelle : ' +
      'son empreinte SHA-256 y est comparée à celle enregistrée à la fin de la signature. Toute ' +
      'modification, même d’un seul octet, la change.',
  );

  drawFooters({
    pages: w.pages,
    fonts,
    left: `${cert.tenantName} · certificat de la convention ${input.conventionId}`,
    right: (n, count) => `Certificat, page ${n} / ${count}`,
  });
  return savePdf(doc);
}
