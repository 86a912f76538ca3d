import * as z from 'zod/mini';
import { DomainError } from '../shared/errors.ts';
import { emailString, trimmed } from '../shared/validation.ts';
import { COMMITMENT_TYPES } from './commitments.ts';

// `internship`: the observation-internship convention of one pupil (Code de l'éducation): the host,
// the school (its head signs as the partner) and the pupil's legal representative.
export const TEMPLATE_KINDS = ['partnership', 'internal_agreement', 'internship'] as const;
export const SIGNATORY_ROLES = [
  'partner_representative',
  'tenant_representative',
  'operator',
  'legal_guardian',
] as const;
export type SignatoryRole = (typeof SIGNATORY_ROLES)[number];
export const SIGNING_ORDERS = ['sequential', 'parallel'] as const;
export type SigningOrder = (typeof SIGNING_ORDERS)[number];

/** Values a clause may quote as `{{name}}`; anything else is a typo caught when saving. */
export const PLACEHOLDERS = {
  collectivite: 'Nom de la collectivité',
  partenaire: 'Nom du partenaire',
  identifiant_partenaire: 'SIRET ou RNA du partenaire',
  operateur: 'Association opératrice',
  date_debut: 'Date de début',
  date_fin: 'Date de fin',
  duree_annees: 'Durée en années',
  engagements: 'Liste des engagements',
  signataire_partenaire: 'Signataire du partenaire',
  signataire_collectivite: 'Signataire de la collectivité',
} as const;
export type PlaceholderName = keyof typeof PLACEHOLDERS;

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;

export const Clause = z.object({
  heading: trimmed('Le titre de l’article', 200),
  body: trimmed('Le texte de l’article', 8000),
});
export type Clause = z.infer<typeof Clause>;

export const Signatory = z.object({
  role: z.enum(SIGNATORY_ROLES, 'Rôle de signataire inconnu.'),
  label: trimmed('Le libellé du signataire', 120),
  // Who signs for the authority (or the operator) by default: required for a template offered on
  // the public engagement path, where the partner only names its own signatory.
  defaultSigner: z.optional(
    z.object({ name: trimmed('Le nom', 120), title: trimmed('La qualité', 120), email: emailString() }),
  ),
});
export type Signatory = z.infer<typeof Signatory>;

export const TemplateVersionInput = z
  .object({
    title: trimmed('Le titre', 200),
    clauses: z.array(Clause).check(z.minLength(1, 'Ajoutez au moins un article.'), z.maxLength(60)),
    commitmentTypes: z
      .array(z.enum(COMMITMENT_TYPES, 'Type d’engagement inconnu.'))
      .check(z.minLength(1, 'Choisissez au moins un type d’engagement.')),
    durationMonths: z._default(
      z.number().check(z.int(), z.gte(1, 'Au moins un mois.'), z.lte(120, 'Au plus dix ans.')),
      36,
    ),
    signatories: z
      .array(Signatory)
      .check(
        z.minLength(2, 'Une convention a au moins deux signataires.'),
        z.maxLength(4, 'Au plus quatre signataires.'),
      ),
    signingOrder: z._default(z.enum(SIGNING_ORDERS, 'Ordre de signature inconnu.'), 'sequential'),
  })
  .check(
    z.refine((t) => t.signatories.some((s) => s.role === 'tenant_representative'), {
      message: 'La collectivité doit signer.',
      path: ['signatories'],
    }),
    z.refine((t) => t.signatories.some((s) => s.role === 'partner_representative'), {
      message: 'Le partenaire doit signer.',
      path: ['signatories'],
    }),
    z.refine((t) => new Set(t.signatories.map((s) => s.role)).size === t.signatories.length, {
      message: 'Chaque rôle de signataire une seule fois.',
      path: ['signatories'],
    }),
    z.refine((t) => unknownPlaceholders(t.clauses).length === 0, {
      message: 'Un article cite un champ inconnu entre {{ }}.',
      path: ['clauses'],
    }),
  );
export type TemplateVersionInput = z.infer<typeof TemplateVersionInput>;

export const CreateTemplateInput = z.object({
  name: trimmed('Le nom du modèle', 120),
  kind: z._default(z.enum(TEMPLATE_KINDS, 'Type de modèle inconnu.'), 'partnership'),
  isPublic: z._default(z.boolean(), false),
  description: z.optional(z.string().check(z.trim(), z.maxLength(1000, 'Description trop longue.'))),
  version: TemplateVersionInput,
});
export type CreateTemplateInput = z.infer<typeof CreateTemplateInput>;

export function unknownPlaceholders(clauses: readonly Clause[]): string[] {
  const unknown = new Set<string>();
  for (const clause of clauses) {
    for (const [, name] of clause.body.matchAll(PLACEHOLDER)) {
      if (!(name! in PLACEHOLDERS)) unknown.add(name!);
    }
  }
  return [...unknown];
}

/** Fills the placeholders of every clause; a value missing at send time is an error, not a blank. */
export function renderClauses(
  clauses: readonly Clause[],
  values: Partial<Record<PlaceholderName, string>>,
): Clause[] {
  return clauses.map((clause) => ({
    heading: clause.heading,
    body: clause.body.replace(PLACEHOLDER, (_, name: string) => {
      const value = values[name as PlaceholderName];
      if (value === undefined || value === '') {
        throw new DomainError({
          code: 'VALIDATION',
          message: `Le champ « ${PLACEHOLDERS[name as PlaceholderName] ?? name} » manque pour rédiger la convention.`,
        });
      }
      return value;
    }),
  }));
}
