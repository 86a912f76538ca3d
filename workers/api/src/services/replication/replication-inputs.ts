import {
  OnboardTenant,
  PageQuery,
  ProgramTemplateDefinition,
  semverString,
  TEMPLATE_PROGRAM_KINDS,
  trimmed,
  VERSION_BUMPS,
} from '@passerelle/domain';
import * as z from 'zod/mini';

// Request bodies and queries of the replication API (docs/api-replication.md), in French.

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

const templateSlug = z
  .string('Identifiant : du texte.')
  .check(
    z.trim(),
    z.toLowerCase(),
    z.regex(SLUG, 'Identifiant : lettres minuscules, chiffres et tirets (2 à 64).'),
    z.minLength(2, 'Identifiant trop court.'),
  );
const tenantSlug = z
  .string('Collectivité : son identifiant.')
  .check(z.trim(), z.minLength(1, 'Choisissez une collectivité.'));
const programId = z
  .string('Programme : son identifiant.')
  .check(z.regex(/^[a-z]{3}_[0-9a-z]{26}$/, 'Programme inconnu.'));
const programKind = z.enum(TEMPLATE_PROGRAM_KINDS, 'Type de programme : mentoring ou discovery.');
const changelog = trimmed('Le résumé des changements', 2000);
const summary = z.optional(
  z.string('Résumé : du texte.').check(z.trim(), z.maxLength(1000, 'Résumé trop long (1 000 caractères).')),
);
const templateId = z
  .string('Modèle : son identifiant.')
  .check(z.regex(/^tpl_[0-9a-z]{26}$/, 'Modèle inconnu.'));

export const PublishTemplateInput = z.object({
  tenant: tenantSlug,
  programKind,
  programId,
  slug: templateSlug,
  name: trimmed('Le nom du modèle', 120),
  summary,
  version: z._default(semverString(), '1.0.0'),
  changelog: z._default(changelog, 'Première version.'),
});
export type PublishTemplateInput = z.infer<typeof PublishTemplateInput>;

export const NewVersionInput = z
  .object({
    bump: z.optional(z.enum(VERSION_BUMPS, 'Changement : major, minor ou patch.')),
    version: z.optional(semverString()),
    changelog,
    definition: z.optional(ProgramTemplateDefinition),
    fromProgram: z.optional(z.object({ tenant: tenantSlug, programId })),
  })
  .check(
    z.refine((v) => (v.bump === undefined) !== (v.version === undefined), {
      message: 'Indiquez soit le type de changement, soit le numéro de version.',
      path: ['version'],
    }),
    z.refine((v) => (v.definition === undefined) !== (v.fromProgram === undefined), {
      message: 'Donnez soit une définition, soit le programme d’une collectivité.',
      path: ['definition'],
    }),
  );
export type NewVersionInput = z.infer<typeof NewVersionInput>;

export const TemplateListQuery = z.extend(PageQuery, {
  status: z.optional(
    z.union([z.literal(''), z.enum(['published', 'proposed', 'archived'], 'Statut inconnu.')]),
  ),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100, 'Recherche trop longue.'))),
});

export const StartReplicationInput = z.object({
  templateId,
  version: z.optional(semverString()),
  tenants: z.array(tenantSlug).check(
    z.minLength(1, 'Choisissez au moins une collectivité.'),
    z.maxLength(5000, 'Au plus 5 000 collectivités à la fois.'),
    z.refine((list) => new Set(list).size === list.length, 'Une collectivité figure deux fois.'),
  ),
});
export type StartReplicationInput = z.infer<typeof StartReplicationInput>;

export const ReplicationListQuery = z.extend(PageQuery, {
  templateId: z.optional(z.string().check(z.trim(), z.maxLength(40))),
});

export const StartOnboardingInput = z.extend(OnboardTenant, {
  templateIds: z._default(
    z.array(templateId).check(
      z.maxLength(20, 'Au plus 20 modèles.'),
      z.refine((list) => new Set(list).size === list.length, 'Un modèle figure deux fois.'),
    ),
    [],
  ),
});
export type StartOnboardingInput = z.infer<typeof StartOnboardingInput>;

export const ApplyUpdateInput = z.object({
  version: semverString(),
  apply: z.array(z.string('Un chemin de champ.')).check(z.maxLength(500)),
  skip: z.array(z.string('Un chemin de champ.')).check(z.maxLength(500)),
});
export type ApplyUpdateInput = z.infer<typeof ApplyUpdateInput>;

export const ProposalInput = z.object({
  programKind,
  programId,
  name: trimmed('Le nom du modèle', 120),
  summary,
});
export type ProposalInput = z.infer<typeof ProposalInput>;

/** A template slug from a name: lower case ASCII, words joined by dashes. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : 'modele';
}
