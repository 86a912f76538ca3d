import * as z from 'zod/mini';
import { isoDate } from '../shared/dates.ts';
import { emailString, trimmed } from '../shared/validation.ts';
import { COMMITMENT_TYPES, CommitmentInput } from './commitments.ts';
import { SIGNATORY_ROLES } from './template.ts';

export const SignerInput = z.object({
  role: z.enum(SIGNATORY_ROLES, 'Rôle de signataire inconnu.'),
  name: trimmed('Le nom du signataire', 120),
  title: trimmed('La qualité du signataire', 120),
  email: emailString(),
});
export type SignerInput = z.infer<typeof SignerInput>;

const id = (prefix: string, label: string) =>
  z.string().check(z.regex(new RegExp(`^${prefix}_[0-9a-z]{26}$`), `${label} invalide.`));

export const CreateConventionInput = z.object({
  templateId: id('ctp', 'Modèle'),
  partnerOrganizationId: id('org', 'Partenaire'),
  operatorOrganizationId: z.optional(id('org', 'Opérateur')),
  startDate: isoDate('Date de début'),
  commitments: z.array(CommitmentInput).check(
    z.minLength(1, 'Ajoutez au moins un engagement.'),
    z.refine(
      (list) => new Set(list.map((c) => c.type)).size === list.length,
      'Chaque type d’engagement une seule fois.',
    ),
  ),
  signers: z.array(SignerInput).check(z.minLength(2, 'Il faut au moins deux signataires.')),
});
export type CreateConventionInput = z.infer<typeof CreateConventionInput>;

export const SignInput = z.object({
  consent: z.literal(true, 'Cochez la case pour confirmer votre accord.'),
  documentSha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'Empreinte du document invalide.')),
});

export const DeclineInput = z.object({ reason: trimmed('Le motif du refus', 1000) });
export const TerminateInput = z.object({ reason: trimmed('Le motif de la résiliation', 1000) });

export const DeliveryInput = z.object({
  type: z.enum(COMMITMENT_TYPES, 'Type d’engagement inconnu.'),
  year: z.number().check(z.int(), z.gte(1, 'Année de convention : 1 ou plus.'), z.lte(20)),
  quantity: z
    .number('Indiquez un nombre.')
    .check(z.int('Nombre entier.'), z.gte(0, 'Une réalisation ne peut pas être négative.'), z.lte(100_000)),
  note: z.optional(z.string().check(z.trim(), z.maxLength(300))),
});

/** The public engagement path: a company commits and gets its convention to sign. */
export const EngagementInput = z.object({
  templateId: id('ctp', 'Programme'),
  siret: z.string().check(z.trim()),
  signatory: z.object({
    name: trimmed('Le nom', 120),
    title: trimmed('La qualité', 120),
    email: emailString(),
  }),
  referent: z.object({ name: trimmed('Le nom', 120), email: emailString() }),
  startDate: isoDate('Date de début'),
  commitments: z.array(CommitmentInput).check(z.minLength(1, 'Choisissez au moins un engagement.')),
});
export type EngagementInput = z.infer<typeof EngagementInput>;
