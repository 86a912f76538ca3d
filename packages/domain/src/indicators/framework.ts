import { SCHOOL_LEVEL_LABELS, type SchoolLevel } from '../shared/levels.ts';

/**
 * The shared indicators every tenant computes the same way, so the national coordination can
 * compare them. `people` indicators describe people and fall under the statistical secret
 * (k = 5); `organizations` ones describe partners and conventions.
 */
export const INDICATOR_UNITS = ['count', 'share', 'months', 'rate', 'score'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const UNIT_LABELS: Record<IndicatorUnit, string> = {
  count: 'nombre',
  share: '%',
  months: 'mois',
  rate: '%',
  score: 'note sur 5',
};

export type ProgramKind = 'mentoring' | 'discovery';

export type IndicatorDefinition = {
  key: IndicatorKey;
  label: string;
  /** One sentence: what is counted, over whom, as of when. */
  description: string;
  unit: IndicatorUnit;
  subject: 'people' | 'organizations';
  /** The breakdowns a cell's dimension comes from (`level:3e`); '' is the total. */
  breakdowns: readonly BreakdownKey[];
  /** Program kinds it is computed for; `all` also gets it whenever one of them does. */
  kinds: readonly ProgramKind[];
  /** Shown in the national table's columns. */
  keyFigure: boolean;
};

export const BREAKDOWN_LABELS = {
  level: 'Niveau scolaire',
  gender: 'Genre',
  organization_kind: 'Type d’organisation',
  duration: 'Ancienneté du binôme',
  respondent: 'Répondant',
} as const;
export type BreakdownKey = keyof typeof BREAKDOWN_LABELS;

export const INDICATOR_KEYS = [
  'young_people',
  'priority_education_share',
  'scholarship_share',
  'discovery_students',
  'mentors_active',
  'mentor_organizations',
  'pairs_active',
  'pair_duration_months',
  'partner_conventions',
  'commitment_fulfilment',
  'satisfaction',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

const BOTH: readonly ProgramKind[] = ['mentoring', 'discovery'];
const MENTORING: readonly ProgramKind[] = ['mentoring'];

export const INDICATORS: Record<IndicatorKey, IndicatorDefinition> = {
  young_people: {
    key: 'young_people',
    label: 'Jeunes accompagnés',
    description:
      'Jeunes inscrits dans un programme (sans refus de leur représentant légal), à la date de l’envoi.',
    unit: 'count',
    subject: 'people',
    breakdowns: ['level', 'gender'],
    kinds: BOTH,
    keyFigure: true,
  },
  priority_education_share: {
    key: 'priority_education_share',
    label: 'Part en REP ou REP+',
    description: 'Part des jeunes accompagnés scolarisés dans un établissement REP ou REP+.',
    unit: 'share',
    subject: 'people',
    breakdowns: [],
    kinds: BOTH,
    keyFigure: true,
  },
  scholarship_share: {
    key: 'scholarship_share',
    label: 'Part de boursiers',
    description:
      'Part des jeunes boursiers parmi les jeunes du mentorat (la bourse n’est pas recueillie pour les stages de découverte).',
    unit: 'share',
    subject: 'people',
    breakdowns: [],
    kinds: MENTORING,
    keyFigure: true,
  },
  discovery_students: {
    key: 'discovery_students',
    label: 'Élèves en stage de découverte',
    description: 'Élèves de 3e autorisés par leur représentant légal et placés dans un groupe de la semaine.',
    unit: 'count',
    subject: 'people',
    breakdowns: [],
    kinds: ['discovery'],
    keyFigure: true,
  },
  mentors_active: {
    key: 'mentors_active',
    label: 'Mentors actifs',
    description: 'Mentors inscrits et actifs dans un programme de mentorat.',
    unit: 'count',
    subject: 'people',
    breakdowns: ['organization_kind'],
    kinds: MENTORING,
    keyFigure: true,
  },
  mentor_organizations: {
    key: 'mentor_organizations',
    label: 'Organisations des mentors',
    description: 'Organisations (entreprises, associations, services) dont viennent les mentors actifs.',
    unit: 'count',
    subject: 'organizations',
    breakdowns: ['organization_kind'],
    kinds: MENTORING,
    keyFigure: false,
  },
  pairs_active: {
    key: 'pairs_active',
    label: 'Binômes en cours',
    description: 'Binômes acceptés par le mentor et non clos.',
    unit: 'count',
    subject: 'people',
    breakdowns: ['duration'],
    kinds: MENTORING,
    keyFigure: true,
  },
  pair_duration_months: {
    key: 'pair_duration_months',
    label: 'Durée moyenne des binômes',
    description: 'Ancienneté moyenne, en mois, des binômes en cours depuis leur acceptation.',
    unit: 'months',
    subject: 'people',
    breakdowns: [],
    kinds: MENTORING,
    keyFigure: true,
  },
  partner_conventions: {
    key: 'partner_conventions',
    label: 'Conventions partenaires actives',
    description: 'Conventions de partenariat signées et en cours.',
    unit: 'count',
    subject: 'organizations',
    breakdowns: [],
    kinds: [],
    keyFigure: false,
  },
  commitment_fulfilment: {
    key: 'commitment_fulfilment',
    label: 'Réalisation des engagements',
    description:
      'Engagements des partenaires réalisés sur promis, pour l’année de convention en cours (chaque engagement plafonné à 100 %).',
    unit: 'rate',
    subject: 'organizations',
    breakdowns: [],
    kinds: [],
    keyFigure: true,
  },
  satisfaction: {
    key: 'satisfaction',
    label: 'Satisfaction',
    description: 'Note moyenne (1 à 5) des bilans de mentorat et des questionnaires de fin de semaine.',
    unit: 'score',
    subject: 'people',
    breakdowns: ['respondent'],
    kinds: BOTH,
    keyFigure: true,
  },
};

const GENDER_LABELS: Record<string, string> = {
  F: 'Filles',
  M: 'Garçons',
  X: 'Autre ou non précisé',
  unknown: 'Non renseigné',
};

// A value the framework does not know (a level or a kind added later) is counted as `other`, so
// a dimension is always one of a closed list: nothing free-form can travel in it.
const OTHER = 'other';

const ORGANIZATION_KIND_LABELS: Record<string, string> = {
  company: 'Entreprises',
  association: 'Associations',
  business_club: 'Clubs d’entreprises',
  service: 'Services de la collectivité',
  school: 'Établissements scolaires',
  [OTHER]: 'Autres',
};

export const DURATION_BANDS = ['lt3', '3to6', '6to12', 'gte12'] as const;
const DURATION_LABELS: Record<string, string> = {
  lt3: 'Moins de 3 mois',
  '3to6': 'De 3 à 6 mois',
  '6to12': 'De 6 à 12 mois',
  gte12: '12 mois ou plus',
};

const RESPONDENT_LABELS: Record<string, string> = {
  young: 'Jeunes',
  adult: 'Mentors et tuteurs',
  school: 'Établissements',
};

const CATEGORY_LABELS: Record<BreakdownKey, Record<string, string>> = {
  level: { ...(SCHOOL_LEVEL_LABELS as Record<SchoolLevel, string>), [OTHER]: 'Autre niveau' },
  gender: GENDER_LABELS,
  organization_kind: ORGANIZATION_KIND_LABELS,
  duration: DURATION_LABELS,
  respondent: RESPONDENT_LABELS,
};

/** '' is the total; `level:3e` is the 3e cell of the level breakdown (`level:other` if unknown). */
export function dimensionOf(breakdown: BreakdownKey, category: string): string {
  return `${breakdown}:${Object.hasOwn(CATEGORY_LABELS[breakdown], category) ? category : OTHER}`;
}

export function breakdownOf(dimension: string): BreakdownKey | null {
  const [breakdown] = dimension.split(':');
  return dimension && breakdown && breakdown in BREAKDOWN_LABELS ? (breakdown as BreakdownKey) : null;
}

export function dimensionLabel(dimension: string): string {
  if (!dimension) return 'Ensemble';
  const breakdown = breakdownOf(dimension);
  if (!breakdown) return dimension;
  const category = dimension.slice(breakdown.length + 1);
  return `${BREAKDOWN_LABELS[breakdown]} : ${CATEGORY_LABELS[breakdown][category] ?? category}`;
}

/** The dimensions the framework knows for an indicator, total first, for column headers. */
export function knownDimensions(indicator: IndicatorKey): string[] {
  return [
    '',
    ...INDICATORS[indicator].breakdowns.flatMap((b) =>
      Object.keys(CATEGORY_LABELS[b]).map((c) => dimensionOf(b, c)),
    ),
  ];
}

export const PROGRAM_KIND_SCOPES: readonly ProgramKind[] = ['mentoring', 'discovery'];

export const SCOPE_LABELS: Record<'all' | ProgramKind, string> = {
  all: 'Tous les programmes',
  mentoring: 'Mentorat',
  discovery: 'Stages de découverte',
};

export function templateScope(templateId: string): string {
  return `template:${templateId}`;
}

/** `all`, a kind, or a template's programs (named from wherever the caller reads templates). */
export function scopeLabel(scope: string, templateNames: Record<string, string> = {}): string {
  if (scope in SCOPE_LABELS) return SCOPE_LABELS[scope as keyof typeof SCOPE_LABELS];
  const templateId = scope.startsWith('template:') ? scope.slice('template:'.length) : '';
  return templateId ? `Modèle « ${templateNames[templateId] ?? templateId} »` : scope;
}

export function isIndicatorKey(value: string): value is IndicatorKey {
  return (INDICATOR_KEYS as readonly string[]).includes(value);
}

/** Definitions with their dimensions labelled, as the API hands them to screens. */
export function indicatorCatalogue() {
  return INDICATOR_KEYS.map((key) => {
    const definition = INDICATORS[key];
    return {
      ...definition,
      unitLabel: UNIT_LABELS[definition.unit],
      breakdowns: definition.breakdowns.map((b) => ({ key: b, label: BREAKDOWN_LABELS[b] })),
      dimensions: knownDimensions(key).map((d) => ({ key: d, label: dimensionLabel(d) })),
    };
  });
}
