import * as z from 'zod/mini';
import { emailString, trimmed } from '../shared/validation.ts';

export const TENANT_KINDS = [
  'commune',
  'epci',
  'departement',
  'region',
  'province',
  'collectivite_outre_mer',
] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

export const TENANT_STATUSES = ['provisioning', 'active', 'suspended'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
// INSEE commune code (5, Corsica 2A/2B), EPCI SIREN (9), département (2–3), region (2), or a
// collectivity code (3): the kind says which, the format is checked loosely on purpose.
const TERRITORY_CODE = /^[0-9AB]{2,9}$/;

export const OnboardTenant = z.object({
  slug: z
    .string()
    .check(
      z.trim(),
      z.toLowerCase(),
      z.regex(SLUG, 'Identifiant invalide : lettres minuscules, chiffres et tirets (2 à 48).'),
      z.minLength(2, 'Identifiant trop court.'),
    ),
  name: trimmed('Le nom'),
  kind: z.enum(TENANT_KINDS, 'Type de collectivité inconnu.'),
  code: z
    .string()
    .check(z.trim(), z.toUpperCase(), z.regex(TERRITORY_CODE, 'Code INSEE ou code territoire invalide.')),
  brandColor: z._default(z.string().check(z.regex(HEX_COLOUR, 'Couleur au format #RRGGBB.')), '#1f4e79'),
  adminEmail: emailString(),
  adminName: z.optional(trimmed('Le nom de l’administrateur·rice', 120)),
});
export type OnboardTenant = z.infer<typeof OnboardTenant>;

export const TenantQuery = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(100, 'Recherche trop longue.'))),
});
