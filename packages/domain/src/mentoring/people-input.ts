import * as z from 'zod/mini';
import { isoDate } from '../shared/dates.ts';
import { SCHOOL_LEVELS } from '../shared/levels.ts';
import { emailString, trimmed } from '../shared/validation.ts';
import { JOB_FAMILY_KEYS, NOMINATION_REASON_KEYS, SLOT_KEYS } from './catalogue.ts';

const commune = z.optional(
  z.string().check(z.trim(), z.regex(/^(\d[0-9AB]\d{3})?$/, 'Code commune INSEE invalide (5 caractères).')),
);
const languages = z._default(
  z
    .array(z.string().check(z.regex(/^[a-z]{2}$/, 'Langue : code à deux lettres (fr, en…).')))
    .check(z.maxLength(6)),
  ['fr'],
);
const slots = z
  .array(z.enum(SLOT_KEYS, 'Créneau inconnu.'))
  .check(z.minLength(1, 'Indiquez au moins un créneau.'));

export const MentorInput = z
  .object({
    firstName: trimmed('Le prénom', 80),
    lastName: trimmed('Le nom', 80),
    email: emailString(),
    organizationId: z.string().check(z.regex(/^org_[0-9a-z]{26}$/, 'Organisation invalide.')),
    jobFamily: z.enum(JOB_FAMILY_KEYS, 'Famille de métiers inconnue.'),
    jobTitle: trimmed('Le métier', 120),
    skills: z._default(
      z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))).check(z.maxLength(10)),
      [],
    ),
    communeCode: commune,
    availability: slots,
    capacity: z.optional(
      z.number().check(z.int(), z.gte(1, 'Au moins un jeune.'), z.lte(5, 'Au plus cinq jeunes.')),
    ),
    languages,
    preferredLevels: z._default(z.array(z.enum(SCHOOL_LEVELS, 'Niveau inconnu.')), []),
    onWorkTime: z._default(z.boolean(), false),
    managerEmail: z.optional(emailString()),
  })
  .check(
    z.refine((m) => !m.onWorkTime || Boolean(m.managerEmail), {
      message: 'Un agent qui mentore sur son temps de travail a besoin de l’accord de son ou sa responsable.',
      path: ['managerEmail'],
    }),
  );
export type MentorInput = z.infer<typeof MentorInput>;

export const HonorabilityInput = z
  .object({
    verified: z.boolean('Indiquez si le contrôle est favorable.'),
    checkedOn: isoDate('Date du contrôle'),
    expiresOn: isoDate('Date de fin de validité'),
    verifiedBy: trimmed('La personne qui a vérifié', 120),
  })
  .check(
    z.refine((h) => h.expiresOn > h.checkedOn, {
      message: 'La validité doit finir après le contrôle.',
      path: ['expiresOn'],
    }),
  );
export type HonorabilityInput = z.infer<typeof HonorabilityInput>;

export const NominationInput = z.object({
  firstName: trimmed('Le prénom', 80),
  lastName: trimmed('Le nom', 80),
  birthDate: isoDate('Date de naissance'),
  level: z.enum(SCHOOL_LEVELS, 'Niveau inconnu.'),
  schoolId: z.string().check(z.regex(/^org_[0-9a-z]{26}$/, 'Établissement invalide.')),
  communeCode: commune,
  interests: z
    .array(z.enum(JOB_FAMILY_KEYS, 'Centre d’intérêt inconnu.'))
    .check(z.minLength(1, 'Choisissez au moins un centre d’intérêt.'), z.maxLength(5)),
  availability: slots,
  languages,
  reason: z.enum(NOMINATION_REASON_KEYS, 'Motif inconnu.'),
  reasonDetail: z.optional(z.string().check(z.trim(), z.maxLength(500, 'Précision trop longue.'))),
  scholarship: z._default(z.boolean(), false),
  priorityNeighbourhood: z._default(z.boolean(), false),
  customCriteria: z._default(z.array(z.string()), []),
  guardianEmail: emailString(),
});
export type NominationInput = z.infer<typeof NominationInput>;

export const GUARDIAN_SCOPES = {
  share_profile: 'Partager le prénom, le niveau, l’établissement et les centres d’intérêt avec le mentor',
  meetings: 'Participer à des rencontres avec le mentor, y compris sur son lieu de travail',
  contact: 'Être contacté·e par le mentor via la coordination du programme',
} as const;

export const GuardianAuthorisationInput = z.object({
  guardianName: trimmed('Votre nom', 120),
  relationship: z.enum(['mere', 'pere', 'tuteur', 'autre'], 'Lien avec le jeune inconnu.'),
  scope: z
    .array(z.enum(['share_profile', 'meetings', 'contact']))
    .check(
      z.refine(
        (s) => s.includes('share_profile') && s.includes('meetings'),
        'Le mentorat demande au moins le partage du profil et les rencontres.',
      ),
    ),
  consent: z.literal(true, 'Cochez la case pour donner votre autorisation.'),
});

export const MeetingInput = z.object({
  date: isoDate('Date'),
  durationMinutes: z
    .number('Indiquez une durée.')
    .check(z.int('Minutes entières.'), z.gte(5, 'Au moins 5 minutes.'), z.lte(600, 'Au plus 10 heures.')),
  kind: z.enum(['in_person', 'video', 'phone', 'workplace_visit'], 'Type de rencontre inconnu.'),
  note: z.optional(z.string().check(z.trim(), z.maxLength(500, 'Note trop longue (500 caractères).'))),
});
export type MeetingInput = z.infer<typeof MeetingInput>;

export const ClosePairInput = z.object({
  outcome: z.enum(['completed', 'stopped'], 'Issue inconnue.'),
  reason: trimmed('Le motif', 500),
});

/** Same person if same school, same names (accents and case aside) and same birth date. */
export function youngPersonKey(p: {
  schoolId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
}): string {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  return `${p.schoolId}|${fold(p.firstName)}|${fold(p.lastName)}|${p.birthDate}`;
}
