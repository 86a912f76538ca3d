import {
  DEFAULT_PRIORITY_WEIGHTS,
  DEFAULT_WEEK_LAYOUT,
  DISCOVERY_GENDERS,
  discoveryProgramFields,
  ExtraAnswersInput,
  emailString,
  fromIsoDate,
  isoDate,
  JOB_FAMILY_KEYS,
  trimmed,
  wholeNumber as whole,
} from '@passerelle/domain';
import * as z from 'zod/mini';

// Request bodies of the discovery API. The algorithms' own inputs (allocation, groups, plan) are
// the domain's; these say what a person may send, in French, before any of them runs.

const monday = (label: string) =>
  isoDate(label).check(
    z.refine((v) => fromIsoDate(v).getUTCDay() === 1, `${label} : une semaine commence un lundi.`),
  );

function unique<T>(key: (item: T) => unknown, message: string) {
  return z.refine<T[]>((list) => new Set(list.map(key)).size === list.length, message);
}

const programFields = {
  ...discoveryProgramFields,
  weeks: z.array(monday('Semaine')).check(
    z.minLength(1, 'Indiquez au moins une semaine d’accueil.'),
    z.maxLength(40, 'Au plus 40 semaines d’accueil.'),
    unique((w: string) => w, 'Une semaine figure deux fois.'),
  ),
};

export const DiscoveryProgramInput = z.object({
  ...programFields,
  priorityWeights: z._default(programFields.priorityWeights, { ...DEFAULT_PRIORITY_WEIGHTS }),
  minimumPerSchool: z._default(programFields.minimumPerSchool, 0),
  groupSize: z._default(programFields.groupSize, 5),
  layout: z._default(programFields.layout, [...DEFAULT_WEEK_LAYOUT]),
});
export type DiscoveryProgramInput = z.infer<typeof DiscoveryProgramInput>;

/** A change: an absent key is left as is (no defaults here, they would overwrite). */
export const DiscoveryProgramUpdate = z.object({
  name: z.optional(programFields.name),
  season: z.optional(programFields.season),
  totalPlaces: z.optional(programFields.totalPlaces),
  priorityWeights: z.optional(programFields.priorityWeights),
  minimumPerSchool: z.optional(programFields.minimumPerSchool),
  groupSize: z.optional(programFields.groupSize),
  layout: z.optional(programFields.layout),
  weeks: z.optional(programFields.weeks),
  status: z.optional(z.enum(['active', 'archived'], 'Statut inconnu.')),
});
export type DiscoveryProgramUpdate = z.infer<typeof DiscoveryProgramUpdate>;

export const WeekUpdate = z.object({
  closed: z.boolean('Indiquez si la semaine est close (true ou false).'),
});

const dayIndex = whole('Jour', 0, 6);

export const HostInput = z.object({
  organizationId: z
    .string('Organisation invalide.')
    .check(z.regex(/^org_[0-9a-z]{26}$/, 'Organisation invalide.')),
  name: trimmed('Le nom du service', 200),
  jobFamily: z.enum(JOB_FAMILY_KEYS, 'Famille de métiers inconnue.'),
  mixedJob: z._default(z.boolean('Métier mixte : oui ou non.'), false),
  capacityGroupsPerDay: whole('Groupes accueillis par jour', 1, 20),
  availableWeeks: z.optional(
    z.array(monday('Semaine')).check(unique((w: string) => w, 'Une semaine figure deux fois.')),
  ),
  conventionId: z.optional(
    z.string('Convention invalide.').check(z.regex(/^cnv_[0-9a-z]{26}$/, 'Convention invalide.')),
  ),
  tutors: z
    .array(
      z.object({
        name: trimmed('Le nom du tuteur ou de la tutrice', 120),
        email: emailString(),
        days: z.optional(
          z.array(dayIndex).check(z.minLength(1, 'Indiquez au moins un jour, ou aucun pour tous.')),
        ),
      }),
    )
    .check(
      z.minLength(1, 'Un service accueille avec au moins un tuteur ou une tutrice.'),
      z.maxLength(50, 'Au plus 50 tuteurs par service.'),
      unique((t: { email: string }) => t.email, 'Une adresse de tuteur figure deux fois.'),
    ),
});
export type HostInput = z.infer<typeof HostInput>;

export const StudentNomination = z.object({
  schoolId: z
    .string('Établissement invalide.')
    .check(z.regex(/^org_[0-9a-z]{26}$/, 'Établissement invalide.')),
  firstName: trimmed('Le prénom', 80),
  lastName: trimmed('Le nom', 80),
  gender: z.enum(DISCOVERY_GENDERS, 'Genre : F, M ou X.'),
  interests: z.array(z.enum(JOB_FAMILY_KEYS, 'Centre d’intérêt inconnu.')).check(
    z.minLength(1, 'Choisissez au moins un centre d’intérêt.'),
    z.maxLength(3, 'Au plus trois centres d’intérêt, par ordre de préférence.'),
    unique((f: string) => f, 'Un centre d’intérêt figure deux fois.'),
  ),
  reason: trimmed('Le motif de la proposition', 500),
  guardianEmail: emailString(),
});
export type StudentNomination = z.infer<typeof StudentNomination>;

export const DiscoveryAuthorisationInput = z.object({
  guardianName: trimmed('Votre nom', 120),
  relationship: z.enum(['mere', 'pere', 'tuteur', 'autre'], 'Lien avec l’élève inconnu.'),
  consent: z.literal(true, 'Cochez la case pour donner votre autorisation.'),
});
export type DiscoveryAuthorisationInput = z.infer<typeof DiscoveryAuthorisationInput>;

export const PlanMove = z.object({
  groupId: z.string('Groupe invalide.').check(z.regex(/^dgr_[0-9a-z]{26}$/, 'Groupe invalide.')),
  dayIndex,
  hostId: z.string('Service invalide.').check(z.regex(/^dho_[0-9a-z]{26}$/, 'Service invalide.')),
});
export type PlanMove = z.infer<typeof PlanMove>;

export const AttendanceInput = z.object({
  dayIndex,
  records: z
    .array(
      z.object({
        studentId: z.string('Élève invalide.').check(z.regex(/^dst_[0-9a-z]{26}$/, 'Élève invalide.')),
        present: z.boolean('Présent : oui ou non.'),
      }),
    )
    .check(
      z.minLength(1, 'Indiquez au moins un élève.'),
      z.maxLength(200, 'Au plus 200 élèves à la fois.'),
      unique((r: { studentId: string }) => r.studentId, 'Un élève figure deux fois.'),
    ),
});
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const BookletLinkInput = z.object({
  studentId: z.string('Élève invalide.').check(z.regex(/^dst_[0-9a-z]{26}$/, 'Élève invalide.')),
});

const note = (label: string) =>
  z._default(
    z
      .string(`${label} : du texte.`)
      .check(z.trim(), z.maxLength(2000, `${label} : 2 000 caractères au plus.`)),
    '',
  );

/** A day page of the booklet: what the pupil saw, whom they interviewed, what they did and learnt. */
export const BookletDayPage = z.strictObject({
  seen: note('Ce que vous avez vu'),
  interviewedAgent: note('L’agent interviewé'),
  agentJob: note('Son métier'),
  activity: note('L’activité réalisée'),
  learned: note('Ce que vous avez appris'),
});

/** The last page: the pupil's own assessment and the jobs they now think of. */
export const BookletAssessmentPage = z.strictObject({
  assessment: note('Votre bilan'),
  jobProspects: note('Les métiers qui vous intéressent'),
});

export const SurveyInput = z.object({
  satisfaction: whole('Satisfaction', 1, 5),
  comment: z.optional(
    z
      .string('Commentaire : du texte.')
      .check(z.trim(), z.maxLength(1000, 'Commentaire : 1 000 caractères au plus.')),
  ),
  /** Answers to the program's template questions, after the built-in ones (`extraQuestions`). */
  extraAnswers: ExtraAnswersInput,
});
export type SurveyInput = z.infer<typeof SurveyInput>;
