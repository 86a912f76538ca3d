import * as z from 'zod/mini';
import { SCHOOL_LEVELS } from '../shared/levels.ts';
import { trimmed } from '../shared/validation.ts';

const weight = z._default(
  z.number().check(z.gte(0, 'Un poids ne peut pas être négatif.'), z.lte(10, 'Au plus 10.')),
  1,
);

export const CriterionWeightsInput = z.object({
  interests: weight,
  distance: weight,
  availability: weight,
  preferences: weight,
  language: weight,
});

export const EligibilityRules = z.object({
  /** `any`: one met criterion is enough ("boursier ou de niveau social équivalent"); `all`: every one. */
  mode: z._default(z.enum(['any', 'all'], 'Mode inconnu.'), 'any'),
  scholarship: z._default(z.boolean(), false),
  priorityEducation: z._default(z.boolean(), false),
  priorityNeighbourhood: z._default(z.boolean(), false),
  custom: z._default(
    z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(120))).check(z.maxLength(5)),
    [],
  ),
});
export type EligibilityRules = z.infer<typeof EligibilityRules>;

export const MentoringProgramInput = z.object({
  name: trimmed('Le nom du programme', 120),
  audienceLevels: z
    .array(z.enum(SCHOOL_LEVELS, 'Niveau inconnu.'))
    .check(z.minLength(1, 'Choisissez au moins un niveau.')),
  eligibility: EligibilityRules,
  season: z.string().check(z.regex(/^20\d{2}-20\d{2}$/, 'Année scolaire au format 2026-2027.')),
  durationMonths: z._default(
    z.number().check(z.int(), z.gte(1, 'Au moins un mois.'), z.lte(96, 'Au plus huit ans.')),
    10,
  ),
  defaultCapacity: z._default(
    z.number().check(z.int(), z.gte(1, 'Au moins un jeune par mentor.'), z.lte(5, 'Au plus cinq.')),
    1,
  ),
  weights: CriterionWeightsInput,
  maxDistanceKm: z.optional(z.number().check(z.gte(1), z.lte(2000))),
  operatorOrganizationId: z.optional(
    z.string().check(z.regex(/^org_[0-9a-z]{26}$/, 'Association invalide.')),
  ),
  agentHoursAllowance: z._default(
    z.number().check(z.int(), z.gte(0), z.lte(500, 'Au plus 500 heures par an.')),
    0,
  ),
  noMeetingReminderWeeks: z._default(z.number().check(z.int(), z.gte(1), z.lte(26)), 4),
});
export type MentoringProgramInput = z.infer<typeof MentoringProgramInput>;
