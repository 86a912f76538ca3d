// Test-only helpers for the PDF tests (imports unpdf, a dev dependency): never import from app code.
import { extractText, getDocumentProxy } from 'unpdf';
import type { ConventionPdfInput } from './render-convention-pdf.ts';
import type { SignatureCertificate } from './render-final-pdf.ts';

export const CONVENTION_ID = 'cnv_01kabcdefghjkmnpqrstvwxyz0';

export function sampleConvention(overrides: Partial<ConventionPdfInput> = {}): ConventionPdfInput {
  return {
    conventionId: CONVENTION_ID,
    tenantName: 'Province Sud',
    title: 'Convention de partenariat « Passerelle » — Calédonienne des Eaux',
    partner: { name: 'Calédonienne des Eaux', identifier: '1234567.001' },
    operatorName: 'Télémaque',
    startDate: '2027-01-01',
    endDate: '2029-12-31',
    clauses: [
      {
        heading: 'Objet',
        body:
          'La présente convention, conclue à compter du 1er janvier 2027, organise la participation de ' +
          'Calédonienne des Eaux à l’Œuvre commune d’ouverture des élèves au monde professionnel.',
      },
      {
        heading: 'Engagements réciproques',
        body:
          'Le partenaire accueille des élèves de 3e en stage d’observation et reçoit des classes sur site.\n' +
          'La collectivité coordonne les calendriers ; Télémaque accompagne les jeunes et leurs familles.',
      },
      {
        heading: 'Durée et résiliation',
        body: 'La convention est conclue pour trois ans. Chaque partie peut y mettre fin par lettre motivée, avec un préavis de trois mois, reçu ou non.',
      },
    ],
    commitments: ['2 mentors bénévoles par an', '1 visite de site par an', '3 places de stage de 3e par an'],
    signers: [
      { label: 'Calédonienne des Eaux', name: 'Jeanne Wamytan', title: 'Directrice générale' },
      { label: 'la Province Sud', name: 'Éric Gaïa', title: 'Président de l’assemblée' },
    ],
    templateVersion: 3,
    issuedAt: '2026-12-01T09:30:00.000Z',
    ...overrides,
  };
}

export function sampleCertificate(documentSha256: string): SignatureCertificate {
  const ua =
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
  return {
    title: 'Convention de partenariat « Passerelle » — Calédonienne des Eaux',
    tenantName: 'Province Sud',
    documentSha256,
    parties: [
      {
        label: 'Calédonienne des Eaux',
        name: 'Jeanne Wamytan',
        title: 'Directrice générale',
        email: 'j.wamytan@cde.example',
        signedAt: '2026-12-02T08:15:42.000Z',
        authMethod: 'lien par courriel',
      },
      {
        label: 'la Province Sud',
        name: 'Éric Gaïa',
        title: 'Président de l’assemblée',
        email: 'e.gaia@province-sud.example',
        signedAt: '2026-12-03T16:02:05.000Z',
        authMethod: 'lien par courriel',
      },
    ],
    events: [
      {
        at: '2026-12-01T09:30:00.000Z',
        label: 'Envoyée',
        who: 'Agnès Poédi',
        authMethod: 'session',
        ip: null,
        userAgent: null,
      },
      {
        at: '2026-12-02T08:10:01.000Z',
        label: 'Ouverte',
        who: 'Jeanne Wamytan',
        authMethod: 'lien par courriel',
        ip: '203.0.113.7',
        userAgent: ua,
      },
      {
        at: '2026-12-02T08:15:42.000Z',
        label: 'Signée',
        who: 'Jeanne Wamytan',
        authMethod: 'lien par courriel',
        ip: '203.0.113.7',
        userAgent: ua,
      },
      {
        at: '2026-12-03T16:02:05.000Z',
        label: 'Contresignée',
        who: 'Éric Gaïa',
        authMethod: 'lien par courriel',
        ip: '198.51.100.23',
        userAgent: ua,
      },
      {
        at: '2026-12-03T16:02:06.000Z',
        label: 'Activée',
        who: null,
        authMethod: null,
        ip: null,
        userAgent: null,
      },
    ],
    generatedAt: '2026-12-03T16:02:06.000Z',
  };
}

/** The text of each page, as a reader copying it out of the PDF would get it. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  return text;
}
