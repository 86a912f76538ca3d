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

const CommitmentList = z.array(CommitmentInput).check(
  z.minLength(1, 'Ajoutez au moins un engagement.'),
  z.refine(
    (list) => new Set(list.map((c) => c.type)).size === list.length,
    'Chaque type d’engagement une seule fois.',
  ),
);
const SignerList = z.array(SignerInput).check(z.minLength(2, 'Il faut au moins deux signataires.'));

export const CreateConventionInput = z.object({
  templateId: id('ctp', 'Modèle'),
  partnerOrganizationId: id('org', 'Partenaire'),
  operatorOrganizationId: z.optional(id('org', 'Opérateur')),
  startDate: isoDate('Date de début'),
  commitments: CommitmentList,
  signers: SignerList,
});
export type CreateConventionInput = z.infer<typeof CreateConventionInput>;

/**
 * Corrections to a draft: any of these, each checked as on creation. The template and the partner
 * stay (another partner is another convention); the end date follows the start and the template's
 * duration; `operatorOrganizationId: null` removes the operator when the template does without.
 */
export const EditConventionInput = z
  .object({
    title: z.optional(trimmed('Le titre', 200)),
    startDate: z.optional(isoDate('Date de début')),
    operatorOrganizationId: z.optional(z.nullable(id('org', 'Opérateur'))),
    commitments: z.optional(CommitmentList),
    signers: z.optional(SignerList),
  })
  .check(
    z.refine(
      (input) => Object.values(input).some((value) => value !== undefined),
      'Indiquez au moins une modification.',
    ),
  );
export type EditConventionInput = z.infer<typeof EditConventionInput>;

/** A draft as the edit compares it: what can change, with each signer named by role and label. */
export type DraftSnapshot = {
  title: string;
  startDate: string;
  operatorOrganizationId: string | null;
  commitments: readonly { type: string; quantityPerYear: number; note: string | null }[];
  signers: readonly { role: string; label: string; name: string; title: string; email: string }[];
};
export type DraftChange = { path: string; label: string };

const SIGNER_FIELDS = { name: 'nom', title: 'qualité', email: 'adresse électronique' } as const;

/**
 * What a correction changes, field by field, in words for the trail: names of fields only, never
 * their values (the trail is kept for good, the values stay in the convention where they can change).
 */
export function draftChanges(before: DraftSnapshot, after: DraftSnapshot): DraftChange[] {
  const changes: DraftChange[] = [];
  if (before.title !== after.title) changes.push({ path: 'title', label: 'titre' });
  if (before.startDate !== after.startDate) changes.push({ path: 'startDate', label: 'date de début' });
  if (before.operatorOrganizationId !== after.operatorOrganizationId)
    changes.push({ path: 'operatorOrganizationId', label: 'association opératrice' });
  // "0 and no note" promises nothing: the form sends it for every type the partner leaves out.
  const commitments = (list: DraftSnapshot['commitments']) =>
    JSON.stringify(
      list
        .filter((c) => c.quantityPerYear > 0 || c.note)
        .map((c) => [c.type, c.quantityPerYear, c.note || null])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  if (commitments(before.commitments) !== commitments(after.commitments))
    changes.push({ path: 'commitments', label: 'engagements' });
  for (const signer of after.signers) {
    const previous = before.signers.find((s) => s.role === signer.role);
    for (const [field, word] of Object.entries(SIGNER_FIELDS) as [keyof typeof SIGNER_FIELDS, string][]) {
      if (previous?.[field] !== signer[field])
        changes.push({ path: `signers.${signer.role}.${field}`, label: `${word} de « ${signer.label} »` });
    }
  }
  return changes;
}

export const SignInput = z.object({
  consent: z.literal(true, 'Cochez la case pour confirmer votre accord.'),
  documentSha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'Empreinte du document invalide.')),
});

export const DeclineInput = z.object({ reason: trimmed('Le motif du refus', 1000) });
export const TerminateInput = z.object({ reason: trimmed('Le motif de la résiliation', 1000) });
export const WithdrawInput = z.object({ reason: trimmed('Le motif du retrait', 500) });

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
