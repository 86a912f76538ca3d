import * as z from 'zod/mini';
import { optionalEmail, trimmed } from '../shared/validation.ts';
import { isValidRna, isValidSiret, isValidUai, normaliseIdentifier } from './identifiers.ts';

export const ORGANIZATION_KINDS = ['company', 'association', 'business_club', 'school', 'service'] as const;
export const SCHOOL_KINDS = ['college', 'lycee', 'lycee_professionnel'] as const;
export const PRIORITY_EDUCATION = ['REP', 'REP+', 'none'] as const;
export const ORGANIZATION_STATUSES = ['active', 'archived'] as const;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

const identifier = (valid: (v: string) => boolean, message: string) =>
  z.optional(
    z
      .pipe(
        z.string(),
        z.transform((v) => normaliseIdentifier(v)),
      )
      .check(z.refine((v) => v === '' || valid(v), message)),
  );

/** Optional free text; an empty string is kept so that an update can clear the field. */
const optionalText = (label: string, max: number) =>
  z.optional(z.string().check(z.trim(), z.maxLength(max, `${label} ne peut dépasser ${max} caractères.`)));

const fields = {
  name: trimmed('Le nom'),
  siret: identifier(isValidSiret, 'SIRET invalide : 14 chiffres dont la clé de contrôle est juste.'),
  rna: identifier(isValidRna, 'Numéro RNA invalide : la lettre W suivie de 9 chiffres.'),
  uai: identifier(isValidUai, 'Code UAI invalide : 7 chiffres suivis d’une lettre (ex. 0631234A).'),
  schoolKind: z.optional(z.enum(SCHOOL_KINDS, 'Type d’établissement inconnu.')),
  priorityEducation: z.optional(z.enum(PRIORITY_EDUCATION, 'Éducation prioritaire : REP, REP+ ou aucune.')),
  communeCode: z.optional(
    z.string().check(z.trim(), z.regex(/^(\d[0-9AB]\d{3})?$/, 'Code commune INSEE invalide (5 caractères).')),
  ),
  communeName: optionalText('Le nom de la commune', 100),
  // The ecosystem map: what the actor does and for whom, in the tenant's own words.
  activities: optionalText('Ce que fait l’organisation', 500),
  audience: optionalText('Le public visé', 300),
  email: optionalEmail(),
  enrolment3e: z.optional(
    z.nullable(
      z
        .number('Indiquez un nombre.')
        .check(z.int('Nombre entier.'), z.gte(0, 'Un effectif ne peut pas être négatif.'), z.lte(5000)),
    ),
  ),
};

type OrganizationFields = {
  kind?: OrganizationKind;
  siret?: string | undefined;
  rna?: string | undefined;
  uai?: string | undefined;
  schoolKind?: string | undefined;
};

/** Which identifier each kind of organization needs: checked on create and after every update. */
export function missingIdentifiers(org: OrganizationFields): Record<string, string> {
  const missing: Record<string, string> = {};
  if (org.kind === 'company' && !org.siret) missing.siret = 'Une entreprise doit avoir un SIRET.';
  if (org.kind === 'association' && !org.rna && !org.siret) {
    missing.rna = 'Une association doit avoir un numéro RNA ou un SIRET.';
  }
  // A business club (e.g. a departmental club of « Les entreprises s’engagent ») is an association.
  if (org.kind === 'business_club' && !org.rna && !org.siret) {
    missing.rna = 'Un club d’entreprises doit avoir un numéro RNA ou un SIRET.';
  }
  if (org.kind === 'school') {
    if (!org.uai) missing.uai = 'Un établissement scolaire doit avoir un code UAI.';
    if (!org.schoolKind) missing.schoolKind = 'Précisez le type d’établissement.';
  }
  return missing;
}

export const CreateOrganization = z.object({
  kind: z.enum(ORGANIZATION_KINDS, 'Type d’organisation inconnu.'),
  ...fields,
});
export type CreateOrganization = z.infer<typeof CreateOrganization>;

export const UpdateOrganization = z.partial(z.object(fields));
export type UpdateOrganization = z.infer<typeof UpdateOrganization>;

export const OrganizationQuery = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(100, 'Recherche trop longue.'))),
  kind: z.optional(z.enum(ORGANIZATION_KINDS, 'Type d’organisation inconnu.')),
  status: z._default(z.enum([...ORGANIZATION_STATUSES, 'all'], 'Statut inconnu.'), 'active'),
});
export type OrganizationQuery = z.infer<typeof OrganizationQuery>;
