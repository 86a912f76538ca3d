import * as z from 'zod/mini';

/** What a partner can promise in a convention, per year of the convention. */
export const COMMITMENT_TYPES = [
  'volunteer_mentors',
  'site_visits',
  'job_discovery_days',
  'internship_places_3e',
  'inspiring_meetings',
  'agent_mentoring_hours',
] as const;
export type CommitmentType = (typeof COMMITMENT_TYPES)[number];

export const COMMITMENT_LABELS: Record<CommitmentType, { label: string; unit: string }> = {
  volunteer_mentors: { label: 'Mentors bénévoles parmi les salariés', unit: 'mentors' },
  site_visits: { label: 'Visites de sites', unit: 'visites' },
  job_discovery_days: { label: 'Journées de découverte des métiers', unit: 'journées' },
  internship_places_3e: { label: 'Places de stage d’observation de 3e', unit: 'places' },
  inspiring_meetings: { label: 'Rencontres inspirantes', unit: 'rencontres' },
  agent_mentoring_hours: { label: 'Heures de mentorat des agents sur le temps de travail', unit: 'heures' },
};

export const CommitmentInput = z.object({
  type: z.enum(COMMITMENT_TYPES, 'Type d’engagement inconnu.'),
  quantityPerYear: z
    .number('Indiquez un nombre.')
    .check(
      z.int('Le nombre doit être entier.'),
      z.gte(0, 'Un engagement ne peut pas être négatif.'),
      z.lte(100_000, 'Nombre trop élevé.'),
    ),
  note: z.optional(z.string().check(z.trim(), z.maxLength(300, 'Précision trop longue (300 caractères).'))),
});
export type CommitmentInput = z.infer<typeof CommitmentInput>;

export function describeCommitment(c: {
  type: CommitmentType;
  quantityPerYear: number;
  note?: string | null;
}): string {
  const { label, unit } = COMMITMENT_LABELS[c.type];
  return `${label} : ${c.quantityPerYear} ${unit} par an${c.note ? ` (${c.note})` : ''}`;
}
