import { tenantSchema } from '@passerelle/db';
import {
  type CommitmentType,
  conflict,
  DomainError,
  type EngagementInput,
  isValidSiret,
  normaliseIdentifier,
  notFound,
  type Signatory,
} from '@passerelle/domain';
import { and, eq } from 'drizzle-orm';
import type { SireneClient } from '../../sirene/sirene-client.ts';
import { createOrganization } from '../organizations/create-organization.ts';
import { linkPersonToOrganization } from '../partners/link-person.ts';
import { inviteMember } from '../tenants/invite-member.ts';
import { createConvention } from './create-convention.ts';
import { sendConvention } from './send-convention.ts';
import type { SigningDeps } from './signing-context.ts';
import { findTemplate, findTemplateVersion } from './template-queries.ts';

/** Checks a SIRET and finds the establishment, or says precisely what is wrong, in French. */
export async function lookupEstablishment(sirene: SireneClient, raw: string) {
  const siret = normaliseIdentifier(raw);
  if (!isValidSiret(siret)) {
    throw new DomainError({
      code: 'VALIDATION',
      message: 'SIRET invalide.',
      fields: { siret: 'SIRET invalide : 14 chiffres dont la clé de contrôle est juste.' },
    });
  }
  const found = await sirene.lookup(siret);
  if (!found)
    throw new DomainError({
      code: 'NOT_FOUND',
      message: 'Aucun établissement ne porte ce SIRET.',
      fields: { siret: 'Aucun établissement ne porte ce SIRET dans le répertoire SIRENE.' },
    });
  if (!found.active)
    throw new DomainError({
      code: 'VALIDATION',
      message: 'Cet établissement est fermé.',
      fields: { siret: 'Cet établissement est fermé selon le répertoire SIRENE.' },
    });
  return found;
}

/**
 * The public engagement path: the company joins the directory (found by SIRET), its referent is
 * invited, and the convention — drawn from a public template whose authority signatories are
 * preset — is created and sent at once to the company's signatory.
 */
export async function startEngagement(input: {
  deps: SigningDeps;
  sirene: SireneClient;
  data: EngagementInput;
  signInUrl: string;
}) {
  const { deps, data } = input;
  const template = await findTemplate(deps.db, data.templateId).catch(() => null);
  if (!template?.isPublic || template.status !== 'active') throw notFound('Programme');
  const version = await findTemplateVersion(deps.db, template.id, template.currentVersion);
  const signatories = version.signatories as Signatory[];
  const preset = signatories.filter((s) => s.role !== 'partner_representative');
  if (preset.some((s) => !s.defaultSigner) || !signatories.some((s) => s.role === 'partner_representative')) {
    throw conflict('Ce programme ne peut pas encore être signé en ligne : contactez la collectivité.');
  }
  const allowed = version.commitmentTypes as CommitmentType[];
  const fields: Record<string, string> = {};
  data.commitments.forEach((c, i) => {
    if (!allowed.includes(c.type))
      fields[`commitments.${i}.type`] = 'Ce programme ne prévoit pas cet engagement.';
  });
  if (data.commitments.every((c) => c.quantityPerYear === 0))
    fields.commitments = 'Engagez-vous sur au moins une action.';
  if (Object.keys(fields).length)
    throw new DomainError({ code: 'VALIDATION', message: 'Vérifiez vos engagements.', fields });

  const establishment = await lookupEstablishment(input.sirene, data.siret);
  const ctx = { db: deps.db, actorId: 'public:engagement', requestId: deps.requestId, now: deps.now };
  const { organizations } = tenantSchema;
  const [existing] = await deps.db
    .select()
    .from(organizations)
    .where(and(eq(organizations.siret, establishment.siret), eq(organizations.status, 'active')));
  const partner =
    existing ??
    (await createOrganization({
      ctx,
      data: { kind: 'company', name: titleCase(establishment.name), siret: establishment.siret },
    }));

  const conventionId = await createConvention({
    ctx,
    data: {
      templateId: template.id,
      partnerOrganizationId: partner.id,
      startDate: data.startDate,
      commitments: data.commitments.filter((c) => c.quantityPerYear > 0),
      signers: [
        { role: 'partner_representative', ...data.signatory },
        ...preset.map((s) => ({ role: s.role, ...s.defaultSigner! })),
      ],
    },
  });
  await sendConvention(deps, conventionId);

  const { identityId } = await inviteMember({
    control: deps.control,
    mailer: deps.mailer,
    tenant: deps.tenant,
    email: data.referent.email,
    name: data.referent.name,
    role: 'partner_referent',
    invitedBy: 'public:engagement',
    signInUrl: input.signInUrl,
  });
  const [firstName, ...rest] = data.referent.name.split(' ');
  await linkPersonToOrganization({
    db: deps.db,
    identityId,
    organizationId: partner.id,
    firstName: firstName!,
    lastName: rest.join(' '),
    email: data.referent.email,
  });
  return { conventionId, message: `La convention a été envoyée à ${data.signatory.email} pour signature.` };
}

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
