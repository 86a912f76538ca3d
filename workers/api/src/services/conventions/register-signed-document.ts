import { type ControlDb, controlSchema } from '@passerelle/db';

/**
 * Records a document fingerprint in the control DB so the public verifier finds which tenant and
 * convention it belongs to. Only the hash and ids cross tenants: no personal data.
 */
export async function registerSignedDocument(
  control: ControlDb,
  input: { sha256: string; tenantId: string; conventionId: string; kind: 'sent' | 'final' },
): Promise<void> {
  await control.insert(controlSchema.signedDocuments).values(input).onConflictDoNothing();
}
