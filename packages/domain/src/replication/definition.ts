import * as z from 'zod/mini';
import { COMMITMENT_TYPES } from '../conventions/commitments.ts';
import { Clause, SIGNATORY_ROLES, SIGNING_ORDERS, TEMPLATE_KINDS } from '../conventions/template.ts';
import { discoveryProgramFields } from '../discovery/program-fields.ts';
import { MentoringProgramInput } from '../mentoring/program.ts';
import { trimmed } from '../shared/validation.ts';

// A program template's definition: everything that makes a program work in a territory, and
// nothing of the people in it. No e-mail, no name of a person, no organization id: a default
// signer, an operator association and the weeks' dates are the adopting tenant's to fill in.

export const DEFINITION_FORMAT = 1;
export const TEMPLATE_PROGRAM_KINDS = ['mentoring', 'discovery'] as const;
export type TemplateProgramKind = (typeof TEMPLATE_PROGRAM_KINDS)[number];

const { operatorOrganizationId: _operator, ...mentoringShape } = MentoringProgramInput.shape;
export const MentoringDefinition = z.object(mentoringShape);
export type MentoringDefinition = z.infer<typeof MentoringDefinition>;

export const DiscoveryDefinition = z.object(discoveryProgramFields);
export type DiscoveryDefinition = z.infer<typeof DiscoveryDefinition>;

/** A convention template as carried by a program template: signatories by role and label only. */
export const ConventionTemplateDefinition = z.object({
  name: trimmed('Le nom du modèle de convention', 120),
  kind: z.enum(TEMPLATE_KINDS, 'Type de modèle inconnu.'),
  description: z.optional(z.string().check(z.maxLength(1000, 'Description trop longue.'))),
  title: trimmed('Le titre', 200),
  clauses: z.array(Clause).check(z.minLength(1, 'Ajoutez au moins un article.'), z.maxLength(60)),
  commitmentTypes: z
    .array(z.enum(COMMITMENT_TYPES, 'Type d’engagement inconnu.'))
    .check(z.minLength(1, 'Choisissez au moins un type d’engagement.')),
  durationMonths: z.number().check(z.int(), z.gte(1, 'Au moins un mois.'), z.lte(120, 'Au plus dix ans.')),
  signatories: z
    .array(
      z.strictObject({
        role: z.enum(SIGNATORY_ROLES, 'Rôle de signataire inconnu.'),
        label: trimmed('Le libellé du signataire', 120),
      }),
    )
    .check(z.minLength(2, 'Une convention a au moins deux signataires.'), z.maxLength(4)),
  signingOrder: z.enum(SIGNING_ORDERS, 'Ordre de signature inconnu.'),
});
export type ConventionTemplateDefinition = z.infer<typeof ConventionTemplateDefinition>;

export const SurveyQuestion = z.object({
  label: trimmed('La question', 300),
  kind: z.enum(['scale', 'text', 'yes_no'], 'Type de question inconnu.'),
});

export const TemplateDocument = z.object({
  title: trimmed('Le titre du document', 200),
  body: trimmed('Le texte du document', 20_000),
});

export const ProgramTemplateDefinition = z
  .object({
    format: z.literal(DEFINITION_FORMAT, 'Format de modèle inconnu : mettez à jour Passerelle.'),
    kind: z.enum(TEMPLATE_PROGRAM_KINDS, 'Type de programme inconnu.'),
    mentoring: z.optional(MentoringDefinition),
    discovery: z.optional(DiscoveryDefinition),
    conventionTemplate: z.optional(ConventionTemplateDefinition),
    surveyQuestions: z.array(SurveyQuestion).check(z.maxLength(40, 'Au plus 40 questions.')),
    documents: z.array(TemplateDocument).check(z.maxLength(20, 'Au plus 20 documents.')),
  })
  .check(
    z.refine(
      (d) => (d.kind === 'mentoring' ? !!d.mentoring && !d.discovery : !!d.discovery && !d.mentoring),
      {
        message: 'La définition ne correspond pas au type de programme.',
        path: ['kind'],
      },
    ),
  );
export type ProgramTemplateDefinition = z.infer<typeof ProgramTemplateDefinition>;

/** The program's display name inside a definition, whatever its kind. */
export function definitionProgramName(definition: ProgramTemplateDefinition): string {
  return (definition.mentoring ?? definition.discovery)!.name;
}
