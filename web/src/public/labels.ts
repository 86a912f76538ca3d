import type { CommitmentType, ConventionStatus, SignerStatus } from './types.ts';

// The wording of packages/domain COMMITMENT_LABELS, repeated so the SPA does not bundle zod.
export const commitmentLabels: Record<CommitmentType, { label: string; unit: string }> = {
  volunteer_mentors: { label: 'Mentors bénévoles parmi les salariés', unit: 'mentors' },
  site_visits: { label: 'Visites de sites', unit: 'visites' },
  job_discovery_days: { label: 'Journées de découverte des métiers', unit: 'journées' },
  internship_places_3e: { label: 'Places de stage d’observation de 3e', unit: 'places' },
  inspiring_meetings: { label: 'Rencontres inspirantes', unit: 'rencontres' },
  agent_mentoring_hours: { label: 'Heures de mentorat des agents sur le temps de travail', unit: 'heures' },
};

export function commitmentLabel(type: string): string {
  return commitmentLabels[type as CommitmentType]?.label ?? type;
}

export function describeCommitment(type: string, quantityPerYear: number): string {
  const known = commitmentLabels[type as CommitmentType];
  if (!known) return `${type} : ${quantityPerYear} par an`;
  return `${known.label} : ${quantityPerYear.toLocaleString('fr-FR')} ${known.unit} par an`;
}

export const conventionStatusLabels: Record<ConventionStatus, string> = {
  draft: 'Brouillon',
  sent: 'En cours de signature',
  active: 'Active',
  declined: 'Refusée',
  expired: 'Expirée',
  terminated: 'Résiliée',
  withdrawn: 'Retirée',
};

export function conventionStatusLabel(status: string): string {
  return conventionStatusLabels[status as ConventionStatus] ?? status;
}

export const signerStatusLabels: Record<SignerStatus, string> = {
  pending: 'Signature attendue',
  signed: 'A signé',
  declined: 'A refusé',
};

/** "36 mois" reads better as "3 ans" when it is a whole number of years. */
export function formatDuration(months: number): string {
  if (months % 12 === 0) {
    const years = months / 12;
    return `${years} an${years > 1 ? 's' : ''}`;
  }
  return `${months} mois`;
}

/**
 * A calendar day (`YYYY-MM-DD`) in words. Read as UTC on purpose: parsed in local time, the
 * 1st of January would show as the 31st of December in Guadeloupe or Martinique.
 */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const monthYear = date.toLocaleDateString('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = date.getUTCDate();
  // French writes the first of the month as an ordinal: « 1er septembre ».
  return `${day === 1 ? '1er' : day} ${monthYear}`;
}
