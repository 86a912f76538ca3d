import type {
  Authorisation,
  Criterion,
  GuardianScope,
  JobFamily,
  ManagerApproval,
  MeetingKind,
  NominationReason,
  PairStatus,
  Relationship,
  SchoolLevel,
  Slot,
} from './types.ts';

// The same words as packages/domain (mentoring/catalogue.ts, shared/levels.ts): what a coordinator
// reads here is what the mails and exports say. Copied, not imported: the SPA stays light.

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

export const jobFamilyLabels: Record<JobFamily, string> = {
  numerique: 'Numérique et informatique',
  sante: 'Santé et social',
  industrie: 'Industrie et énergie',
  btp: 'Bâtiment et travaux publics',
  commerce: 'Commerce et vente',
  administration: 'Administration et fonction publique',
  education: 'Éducation et animation',
  environnement: 'Environnement, eau et espaces verts',
  culture: 'Culture, communication et médias',
  transport: 'Transport et logistique',
  finance: 'Banque, finance et assurance',
  droit: 'Droit et sécurité',
  hotellerie: 'Hôtellerie et restauration',
  sport: 'Sport et loisirs',
};

export const slotLabels: Record<Slot, string> = {
  mon_pm: 'Lundi après-midi',
  tue_pm: 'Mardi après-midi',
  wed_am: 'Mercredi matin',
  wed_pm: 'Mercredi après-midi',
  thu_pm: 'Jeudi après-midi',
  fri_pm: 'Vendredi après-midi',
  sat_am: 'Samedi matin',
  evening: 'En soirée',
};

export const nominationReasonLabels: Record<NominationReason, string> = {
  no_network: 'Pas de réseau professionnel dans l’entourage',
  orientation: 'Besoin d’aide pour l’orientation',
  remobilisation: 'Remobilisation scolaire',
  confidence: 'Confiance en soi',
  internship_search: 'Recherche de stage',
  other: 'Autre',
};

export const meetingKindLabels: Record<MeetingKind, string> = {
  in_person: 'En présentiel',
  video: 'En visio',
  phone: 'Au téléphone',
  workplace_visit: 'Visite du lieu de travail',
};

export const pairStatusLabels: Record<PairStatus, string> = {
  proposed: 'Proposé',
  accepted: 'Accepté par le mentor',
  introduced: 'Première rencontre fixée',
  active: 'Actif',
  closed: 'Clos',
};

/** Plural headings of the pairs board, one per status. */
export const pairGroupLabels: Record<PairStatus, string> = {
  proposed: 'Proposés, en attente du mentor',
  accepted: 'Acceptés, première rencontre à fixer',
  introduced: 'Première rencontre fixée',
  active: 'Actifs',
  closed: 'Clos',
};

export const closeOutcomeLabels: Record<'completed' | 'stopped', string> = {
  completed: 'Mené à son terme',
  stopped: 'Arrêté avant le terme',
};

export const managerApprovalLabels: Record<ManagerApproval, string> = {
  not_needed: 'Sans objet',
  pending: 'En attente',
  approved: 'Accordé',
  refused: 'Refusé',
};

export const authorisationLabels: Record<Authorisation, string> = {
  pending: 'En attente',
  given: 'Donnée',
  refused: 'Refusée',
};

export const relationshipLabels: Record<Relationship, string> = {
  mere: 'Mère',
  pere: 'Père',
  tuteur: 'Tuteur ou tutrice légale',
  autre: 'Autre personne titulaire de l’autorité parentale',
};

/** Fallback when the server's GET does not carry the scope labels (GUARDIAN_SCOPES). */
export const guardianScopeLabels: Record<GuardianScope, string> = {
  share_profile: 'Partager le prénom, le niveau, l’établissement et les centres d’intérêt avec le mentor',
  meetings: 'Participer à des rencontres avec le mentor, y compris sur son lieu de travail',
  contact: 'Être contacté·e par le mentor via la coordination du programme',
};

export const criterionLabels: Record<Criterion, string> = {
  interests: 'Centres d’intérêt et métier',
  distance: 'Distance',
  availability: 'Disponibilités communes',
  preferences: 'Niveaux souhaités par le mentor',
  language: 'Langues',
};

export const criterionHints: Record<Criterion, string> = {
  interests: 'Le métier du mentor correspond-il aux centres d’intérêt du jeune ?',
  distance: 'Plus ils habitent ou travaillent près l’un de l’autre, plus le score monte.',
  availability: 'Nombre de créneaux de la semaine où tous deux sont disponibles.',
  preferences: 'Le niveau scolaire du jeune fait-il partie de ceux que le mentor préfère ?',
  language: 'Parlent-ils une langue en commun en plus du français ?',
};

/** Languages offered as boxes (the engine's list, packages/domain matching/labels.ts); two-letter codes. */
export const languageLabels: Record<string, string> = {
  fr: 'Français',
  en: 'Anglais',
  es: 'Espagnol',
  de: 'Allemand',
  it: 'Italien',
  pt: 'Portugais',
  ar: 'Arabe',
  zh: 'Chinois',
  vi: 'Vietnamien',
  ty: 'Tahitien',
};

export const eligibilityRuleLabels: Record<string, string> = {
  scholarship: 'Boursier ou boursière',
  priorityEducation: 'Établissement en éducation prioritaire (REP ou REP+)',
  priorityNeighbourhood: 'Habite un quartier prioritaire de la politique de la ville',
};

export function labelOr<K extends string>(labels: Partial<Record<K, string>>, value: K): string {
  return labels[value] ?? value;
}

export function listLabels<K extends string>(
  labels: Partial<Record<K, string>>,
  values: readonly K[],
): string {
  return values.length ? values.map((v) => labels[v] ?? v).join(', ') : '—';
}

/** "3 h 05" — durations are read as words, never as a bar alone. */
export function formatMinutes(minutes: number): string {
  const safe = Math.max(0, Math.round(minutes));
  const hours = Math.floor(safe / 60);
  const rest = safe % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${String(rest).padStart(2, '0')}` : `${hours} h`;
}

/** The school year running now: from September, the one starting this year. */
export function currentSeason(now = new Date()): string {
  const start = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
  return `${start}-${start + 1}`;
}

/** The debrief's scales, worded as on the paper questionnaire (1 is the lowest). */
export const satisfactionLabels: Record<string, string> = {
  '1': 'Pas du tout satisfait·e',
  '2': 'Peu satisfait·e',
  '3': 'Moyennement satisfait·e',
  '4': 'Satisfait·e',
  '5': 'Très satisfait·e',
};

export const usefulnessLabels: Record<string, string> = {
  '1': 'Pas du tout utiles',
  '2': 'Peu utiles',
  '3': 'Moyennement utiles',
  '4': 'Utiles',
  '5': 'Très utiles',
};

export const debriefRespondentLabels: Record<'mentor' | 'mentee', string> = {
  mentor: 'Mentors',
  mentee: 'Jeunes',
};

/** "4,3 / 5", or a dash when nobody answered. */
export function formatMean(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} / 5`;
}

/** "67 %", or a dash when nobody answered. */
export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${value}\u00a0%`;
}
