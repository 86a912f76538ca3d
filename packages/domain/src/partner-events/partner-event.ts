import * as z from 'zod/mini';
import type { CommitmentType } from '../conventions/commitments.ts';
import { isoDate } from '../shared/dates.ts';
import { SCHOOL_LEVELS } from '../shared/levels.ts';
import { trimmed } from '../shared/validation.ts';

/** Actions a partner offers under its convention; holding one counts towards a commitment. */
export const PARTNER_EVENT_KINDS = ['site_visit', 'job_discovery_day', 'inspiring_meeting'] as const;
export type PartnerEventKind = (typeof PARTNER_EVENT_KINDS)[number];

export const PARTNER_EVENT_LABELS: Record<PartnerEventKind, string> = {
  site_visit: 'Visite de site',
  job_discovery_day: 'Journée de découverte des métiers',
  inspiring_meeting: 'Rencontre inspirante',
};

export const COMMITMENT_OF_EVENT: Record<PartnerEventKind, CommitmentType> = {
  site_visit: 'site_visits',
  job_discovery_day: 'job_discovery_days',
  inspiring_meeting: 'inspiring_meetings',
};

export const PARTNER_EVENT_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type PartnerEventStatus = (typeof PARTNER_EVENT_STATUSES)[number];

export const PARTNER_EVENT_STATUS_LABELS: Record<PartnerEventStatus, string> = {
  scheduled: 'Programmée',
  held: 'Tenue',
  cancelled: 'Annulée',
};

export const PartnerEventInput = z.object({
  conventionId: z.string().check(z.regex(/^cnv_[0-9a-z]{26}$/, 'Convention invalide.')),
  kind: z.enum(PARTNER_EVENT_KINDS, 'Type d’action inconnu.'),
  title: trimmed('Le titre', 160),
  date: isoDate('Date'),
  place: trimmed('Le lieu', 200),
  capacity: z
    .number('Indiquez une capacité.')
    .check(z.int('Nombre entier.'), z.gte(1, 'Au moins une place.'), z.lte(1000)),
  audienceLevels: z
    .array(z.enum(SCHOOL_LEVELS, 'Niveau inconnu.'))
    .check(z.minLength(1, 'Choisissez au moins un niveau.')),
});
export type PartnerEventInput = z.infer<typeof PartnerEventInput>;

export const RegistrationInput = z.object({
  schoolId: z.string().check(z.regex(/^org_[0-9a-z]{26}$/, 'Établissement invalide.')),
  firstName: trimmed('Le prénom', 80),
  level: z.enum(SCHOOL_LEVELS, 'Niveau inconnu.'),
});
export type RegistrationInput = z.infer<typeof RegistrationInput>;

export const AttendanceInput = z.object({
  attendance: z.array(z.object({ registrationId: z.string(), attended: z.boolean() })).check(z.minLength(1)),
});
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const PartnerEventQuery = z.object({
  from: z.optional(isoDate('À partir du')),
  status: z.optional(z.enum(PARTNER_EVENT_STATUSES, 'Statut inconnu.')),
});
export type PartnerEventQuery = z.infer<typeof PartnerEventQuery>;
