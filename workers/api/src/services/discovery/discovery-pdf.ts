import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { LATO_BOLD_BASE64, LATO_REGULAR_BASE64 } from '../../conventions/pdf/fonts.generated.ts';
import type { PdfFonts } from '../../conventions/pdf/pdf-document.ts';
import { createPdfWriter } from '../../conventions/pdf/pdf-writer.ts';

export { savePdf } from '../../conventions/pdf/pdf-document.ts';

/**
 * A document for discovery-week papers (booklet, summary) with Lato embedded, so accents and
 * "’" print as typed. Conventions have their own factory: it stamps a convention reference that
 * these papers have no use for. Dates come from the input, never from the clock.
 */
export async function createDiscoveryPdf(input: {
  title: string;
  author: string;
  subject: string;
  issuedAt: string;
}) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const issuedAt = new Date(input.issuedAt);
  doc.setTitle(input.title, { showInWindowTitleBar: true });
  doc.setAuthor(input.author);
  doc.setSubject(input.subject);
  doc.setProducer('Passerelle');
  doc.setCreator('Passerelle — semaines de découverte');
  doc.setLanguage('fr-FR');
  doc.setCreationDate(issuedAt);
  doc.setModificationDate(issuedAt);
  const fonts: PdfFonts = {
    regular: await doc.embedFont(LATO_REGULAR_BASE64, { subset: true, customName: 'PDCREG+Lato-Regular' }),
    bold: await doc.embedFont(LATO_BOLD_BASE64, { subset: true, customName: 'PDCBLD+Lato-Bold' }),
  };
  return { doc, fonts, writer: createPdfWriter({ doc, fonts }) };
}
