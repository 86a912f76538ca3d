import type {
  CommitmentType,
  ConventionStatus,
  PartnerEventKind,
  PartnerEventStatus,
  SchoolLevel,
  SignatoryRole,
  SignerStatus,
  SigningOrder,
  TemplateKind,
  TemplateStatus,
  TrailEventType,
} from './types.ts';

// The same words as packages/domain: a label the API writes into a PDF reads the same on screen.

export const conventionStatusLabels: Record<ConventionStatus, string> = {
  draft: 'Brouillon',
  sent: 'En signature',
  active: 'Active',
  declined: 'Refusée',
  expired: 'Expirée',
  terminated: 'Résiliée',
  withdrawn: 'Retirée',
};

export const commitmentLabels: Record<CommitmentType, string> = {
  volunteer_mentors: 'Mentors bénévoles parmi les salariés',
  site_visits: 'Visites de sites',
  job_discovery_days: 'Journées de découverte des métiers',
  internship_places_3e: 'Places de stage d’observation de 3e',
  inspiring_meetings: 'Rencontres inspirantes',
  agent_mentoring_hours: 'Heures de mentorat des agents sur le temps de travail',
};

export const commitmentUnits: Record<CommitmentType, string> = {
  volunteer_mentors: 'mentors',
  site_visits: 'visites',
  job_discovery_days: 'journées',
  internship_places_3e: 'places',
  inspiring_meetings: 'rencontres',
  agent_mentoring_hours: 'heures',
};

export const signatoryRoleLabels: Record<SignatoryRole, string> = {
  partner_representative: 'Représentant·e légal·e du partenaire',
  tenant_representative: 'Représentant·e de la collectivité',
  operator: 'Association opératrice',
  legal_guardian: 'Représentant·e légal·e de l’élève',
};

export const templateKindLabels: Record<TemplateKind, string> = {
  partnership: 'Convention de partenariat',
  internal_agreement: 'Convention interne (mentorat des agents sur leur temps de travail)',
  internship: 'Convention de stage d’observation (un élève)',
};

export const templateStatusLabels: Record<TemplateStatus, string> = {
  active: 'En service',
  archived: 'Archivé',
};

export const signingOrderLabels: Record<SigningOrder, string> = {
  sequential: 'L’un après l’autre, dans l’ordre de la liste',
  parallel: 'Tous en même temps, dans n’importe quel ordre',
};

export const signerStatusLabels: Record<SignerStatus, string> = {
  pending: 'En attente',
  signed: 'Signé',
  declined: 'Refusé',
};

export const trailEventLabels: Record<TrailEventType, string> = {
  created: 'Créée',
  sent: 'Envoyée pour signature',
  opened: 'Ouverte par le signataire',
  signed: 'Signée',
  countersigned: 'Contresignée par la collectivité',
  declined: 'Refusée',
  reminded: 'Relance envoyée',
  activated: 'Entrée en vigueur',
  expiry_reminder: 'Rappel d’échéance',
  expired: 'Expirée',
  terminated: 'Résiliée',
  renewed: 'Renouvelée',
  edited: 'Brouillon corrigé',
  withdrawn: 'Retirée',
};

// The contract leaves the values open; unknown ones are shown as the server wrote them.
const authMethodLabels: Record<string, string> = {
  lien_email: 'Lien personnel reçu par courriel',
  email_link: 'Lien personnel reçu par courriel',
  signing_link: 'Lien personnel reçu par courriel',
  magic_link: 'Lien de connexion par courriel',
  proconnect: 'ProConnect',
  session: 'Session Passerelle',
};

export function authMethodLabel(value: string | null): string {
  if (!value) return '—';
  return authMethodLabels[value] ?? value;
}

export const partnerEventKindLabels: Record<PartnerEventKind, string> = {
  site_visit: 'Visite de site',
  job_discovery_day: 'Journée de découverte des métiers',
  inspiring_meeting: 'Rencontre inspirante',
};

export const partnerEventStatusLabels: Record<PartnerEventStatus, string> = {
  scheduled: 'Programmée',
  held: 'Tenue',
  cancelled: 'Annulée',
};

export const schoolLevelLabels: Record<SchoolLevel, string> = {
  '6e': '6e',
  '5e': '5e',
  '4e': '4e',
  '3e': '3e',
  '2nde': 'Seconde',
  '1re': 'Première',
  terminale: 'Terminale',
  cap: 'CAP',
  bac_pro: 'Bac professionnel',
};

/** Values a clause may quote as `{{name}}`, with what each becomes in the document. */
export const placeholderLabels: Record<string, string> = {
  collectivite: 'Nom de la collectivité',
  partenaire: 'Nom du partenaire',
  identifiant_partenaire: 'SIRET ou RNA du partenaire',
  operateur: 'Association opératrice',
  date_debut: 'Date de début',
  date_fin: 'Date de fin',
  duree_annees: 'Durée en années',
  engagements: 'Liste des engagements',
  signataire_partenaire: 'Signataire du partenaire',
  signataire_collectivite: 'Signataire de la collectivité',
};

export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const [, name] of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    if (!(name! in placeholderLabels)) unknown.add(name!);
  }
  return [...unknown];
}

/** "62 %" in French typography; null when nothing was promised. */
export function formatPercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return `${Math.round(ratio * 100).toLocaleString('fr-FR')}\u00a0%`;
}

export function labelOf<K extends string>(labels: Record<K, string>, value: K): string {
  return labels[value] ?? value;
}

export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A calendar day (`YYYY-MM-DD`) in words, read in local time so it never slips to the day before. */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
}
