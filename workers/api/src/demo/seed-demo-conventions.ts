import { tenantSchema } from '@passerelle/db';
import { eq } from 'drizzle-orm';
import { createConvention } from '../services/conventions/create-convention.ts';
import { addDelivery } from '../services/conventions/ledger.ts';
import { sendConvention } from '../services/conventions/send-convention.ts';
import { signConvention } from '../services/conventions/sign-convention.ts';
import type { SigningDeps } from '../services/conventions/signing-context.ts';
import { issueSigningLink } from '../services/conventions/signing-links.ts';
import type { DemoSeedInput } from './demo-seed-input.ts';

/**
 * Province Sud's demo conventions, made through the real verbs: the Calédonienne des Eaux signed
 * and active (as in the seed press release), the BCI sent and awaiting its signature.
 */
export async function seedDemoConventions(input: DemoSeedInput) {
  const { db } = input;
  const [template] = await db.select().from(tenantSchema.conventionTemplates).limit(1);
  const orgs = await db.select().from(tenantSchema.organizations);
  const byName = (name: string) => orgs.find((o) => o.name === name)!.id;
  const now = new Date();
  const ctx = { db, actorId: input.actorId, requestId: 'seed', now };
  const deps: SigningDeps = { ...input, now, actorId: input.actorId, requestId: 'seed' };
  const tenantSigner = {
    role: 'tenant_representative' as const,
    name: 'Vice-président·e de l’assemblée',
    title: 'Par délégation de la présidente',
    email: 'jeunesse@province-sud.example',
  };

  const cde = await createConvention({
    ctx,
    data: {
      templateId: template!.id,
      partnerOrganizationId: byName('Calédonienne des Eaux'),
      startDate: '2024-10-23',
      commitments: [
        { type: 'volunteer_mentors', quantityPerYear: 2, note: '1 ou 2 volontaires parmi les salariés' },
        { type: 'site_visits', quantityPerYear: 2 },
        { type: 'internship_places_3e', quantityPerYear: 3 },
        { type: 'inspiring_meetings', quantityPerYear: 1 },
      ],
      signers: [
        {
          role: 'partner_representative',
          name: 'Directeur général de la CDE',
          title: 'Représentant légal',
          email: 'direction@cde.example',
        },
        tenantSigner,
      ],
    },
  });
  await sendConvention(deps, cde);
  // The demo signs on the parties' behalf through fresh links, exactly as the signing page would.
  const { conventionSigners } = tenantSchema;
  for (const signer of await db
    .select()
    .from(conventionSigners)
    .where(eq(conventionSigners.conventionId, cde))
    .orderBy(conventionSigners.signOrder)) {
    const token = await issueSigningLink(db, { signerId: signer.id, conventionId: cde, now });
    const [{ documentSha256 }] = (await db
      .select({ documentSha256: tenantSchema.conventions.documentSha256 })
      .from(tenantSchema.conventions)
      .where(eq(tenantSchema.conventions.id, cde))) as [{ documentSha256: string }];
    await signConvention(deps, {
      token,
      documentSha256,
      client: { ip: null, userAgent: 'données de démonstration' },
    });
  }
  await addDelivery({
    ctx,
    conventionId: cde,
    data: { type: 'volunteer_mentors', year: 1, quantity: 2, note: 'Deux salariés mentors en 2024-2025' },
  });
  await addDelivery({
    ctx,
    conventionId: cde,
    data: { type: 'site_visits', year: 1, quantity: 1, note: 'Visite de l’usine de traitement' },
  });

  const bci = await createConvention({
    ctx,
    data: {
      templateId: template!.id,
      partnerOrganizationId: byName('BCI'),
      startDate: '2026-12-01',
      commitments: [
        { type: 'volunteer_mentors', quantityPerYear: 2 },
        { type: 'inspiring_meetings', quantityPerYear: 1 },
      ],
      signers: [
        {
          role: 'partner_representative',
          name: 'Directrice générale de la BCI',
          title: 'Représentante légale',
          email: 'direction@bci.example',
        },
        tenantSigner,
      ],
    },
  });
  await sendConvention(deps, bci);
}
