/** Job families: what mentors do and what young people are curious about, on one shared scale. */
export const JOB_FAMILIES = {
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
} as const;
export type JobFamily = keyof typeof JOB_FAMILIES;
export const JOB_FAMILY_KEYS = Object.keys(JOB_FAMILIES) as [JobFamily, ...JobFamily[]];

/** Weekly availability slots, coarse on purpose: enough to know whether two people can meet. */
export const SLOTS = {
  mon_pm: 'Lundi après-midi',
  tue_pm: 'Mardi après-midi',
  wed_am: 'Mercredi matin',
  wed_pm: 'Mercredi après-midi',
  thu_pm: 'Jeudi après-midi',
  fri_pm: 'Vendredi après-midi',
  sat_am: 'Samedi matin',
  evening: 'En soirée',
} as const;
export type SlotKey = keyof typeof SLOTS;
export const SLOT_KEYS = Object.keys(SLOTS) as [SlotKey, ...SlotKey[]];

export const NOMINATION_REASONS = {
  no_network: 'Pas de réseau professionnel dans l’entourage',
  orientation: 'Besoin d’aide pour l’orientation',
  remobilisation: 'Remobilisation scolaire',
  confidence: 'Confiance en soi',
  internship_search: 'Recherche de stage',
  other: 'Autre',
} as const;
export type NominationReason = keyof typeof NOMINATION_REASONS;
export const NOMINATION_REASON_KEYS = Object.keys(NOMINATION_REASONS) as [
  NominationReason,
  ...NominationReason[],
];

export const MEETING_KINDS = {
  in_person: 'En présentiel',
  video: 'En visio',
  phone: 'Au téléphone',
  workplace_visit: 'Visite du lieu de travail',
} as const;
export const MEETING_KIND_KEYS = Object.keys(MEETING_KINDS) as [
  keyof typeof MEETING_KINDS,
  ...(keyof typeof MEETING_KINDS)[],
];
