import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, type PDFFont, PDFName, PDFString } from 'pdf-lib';
import { LATO_BOLD_BASE64, LATO_REGULAR_BASE64 } from './fonts.generated.ts';
import { type PdfReference, referenceMarker } from './pdf-reference.ts';

export type PdfFonts = { regular: PDFFont; bold: PDFFont };

const PRODUCER = 'Passerelle';
const CREATOR = 'Passerelle — conventions de partenariat';

/**
 * A new document whose metadata depend only on the input, so the same convention always renders to
 * the same bytes (and the same SHA-256): dates come from `issuedAt`, never from the clock.
 */
export async function createPdfDocument(input: {
  reference: PdfReference;
  title: string;
  author: string;
  subject: string;
  issuedAt: string;
}): Promise<{ doc: PDFDocument; fonts: PdfFonts }> {
  const issuedAt = new Date(input.issuedAt);
  if (Number.isNaN(issuedAt.getTime())) throw new Error(`Not an ISO instant: ${input.issuedAt}`);
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  doc.setTitle(input.title, { showInWindowTitleBar: true });
  doc.setAuthor(input.author);
  doc.setSubject(input.subject);
  doc.setProducer(PRODUCER);
  doc.setCreator(CREATOR);
  doc.setLanguage('fr-FR');
  doc.setCreationDate(issuedAt);
  doc.setModificationDate(issuedAt);
  stampReference(doc, input.reference);
  // A subset font is named `TAG+Name` (six capitals). Fixed tags, one set per kind: the final PDF
  // holds the sent pages' subsets beside its own, and two different subsets must not share a name.
  const tag = input.reference.kind === 'sent' ? 'PSE' : 'PFI';
  const fonts = {
    regular: await doc.embedFont(LATO_REGULAR_BASE64, { subset: true, customName: `${tag}REG+Lato-Regular` }),
    bold: await doc.embedFont(LATO_BOLD_BASE64, { subset: true, customName: `${tag}BLD+Lato-Bold` }),
  };
  return { doc, fonts };
}

/**
 * Three copies of the marker as literal (ASCII) strings: pdf-lib's `setKeywords` would write UTF-16
 * hex, invisible to a byte scan. Three, so that a byte flipped inside one copy is outvoted.
 */
function stampReference(doc: PDFDocument, reference: PdfReference): void {
  const marker = referenceMarker(reference);
  // The Info dictionary exists: the setters above created it (getInfoDict is private).
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('Keywords'), PDFString.of(marker));
  info.set(PDFName.of('PasserelleReference'), PDFString.of(marker));
  doc.catalog.set(PDFName.of('PasserelleReference'), PDFString.of(marker));
}

/**
 * Object streams off: with them pdf-lib deflates every dictionary, the Info one included, and the
 * marker would vanish from the raw bytes. pdf-lib writes no trailer /ID, the one random part a
 * PDF writer usually adds, so the output is byte-for-byte reproducible.
 */
export function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
