import { newKey } from '../../conventions/components/reorderable-list.tsx';
import type { ClauseItem } from '../../conventions/templates/template-values.ts';
import type { DayKind } from '../../discovery/types.ts';
import type { FieldErrors } from '../../lib/use-form.ts';
import { criterionLabels } from '../../mentoring/labels.ts';
import type { Criterion } from '../../mentoring/types.ts';
import type { ProgramTemplateDefinition } from '../types.ts';

// The editable part of a template's definition, as a form holds it: numbers as typed text, lists
// with keys that follow their items. `buildDefinition` turns it back into a definition, leaving
// every field the editor does not show as the latest version had it.

export type NumberSpec = {
  path: string;
  label: string;
  unit?: string;
  min: number;
  max: number;
  decimals?: boolean;
  optional?: boolean;
  message: string;
};

const criteria: Criterion[] = ['interests', 'distance', 'availability', 'preferences', 'language'];

export const weightSpecs: NumberSpec[] = criteria.map((criterion) => ({
  path: `mentoring.weights.${criterion}`,
  label: criterionLabels[criterion],
  min: 0,
  max: 10,
  message: 'Indiquez un poids entier de 0 à 10.',
}));

export const mentoringSpecs: NumberSpec[] = [
  {
    path: 'mentoring.durationMonths',
    label: 'Durée de l’accompagnement',
    unit: 'mois',
    min: 1,
    max: 96,
    message: 'Indiquez une durée entière de 1 à 96 mois.',
  },
  {
    path: 'mentoring.defaultCapacity',
    label: 'Jeunes accompagnés par mentor',
    min: 1,
    max: 5,
    message: 'Indiquez un nombre entier de 1 à 5.',
  },
  {
    path: 'mentoring.maxDistanceKm',
    label: 'Distance maximale',
    unit: 'km',
    min: 1,
    max: 2000,
    optional: true,
    message: 'Indiquez une distance entière de 1 à 2 000 km, ou laissez vide.',
  },
  {
    path: 'mentoring.agentHoursAllowance',
    label: 'Heures annuelles des agents sur leur temps de travail',
    unit: 'heures',
    min: 0,
    max: 500,
    message: 'Indiquez un nombre entier d’heures de 0 à 500.',
  },
  {
    path: 'mentoring.noMeetingReminderWeeks',
    label: 'Relance sans rencontre après',
    unit: 'semaines',
    min: 1,
    max: 26,
    message: 'Indiquez un nombre entier de semaines de 1 à 26.',
  },
];

export const discoverySpecs: NumberSpec[] = [
  {
    path: 'discovery.totalPlaces',
    label: 'Nombre de places',
    min: 1,
    max: 10_000,
    message: 'Indiquez un nombre entier de places de 1 à 10 000.',
  },
  ...(
    [
      ['REP+', 'REP+'],
      ['REP', 'REP'],
      ['none', 'hors éducation prioritaire'],
    ] as const
  ).map(([key, words]) => ({
    path: `discovery.priorityWeights.${key}`,
    label: `Coefficient ${words}`,
    min: 0.001,
    max: 10,
    decimals: true,
    message: 'Indiquez un coefficient au-dessus de 0 et d’au plus 10, par exemple 1,5.',
  })),
  {
    path: 'discovery.minimumPerSchool',
    label: 'Minimum de places par collège',
    min: 0,
    max: 1000,
    message: 'Indiquez un nombre entier de places, 0 s’il n’y a pas de minimum.',
  },
  {
    path: 'discovery.groupSize',
    label: 'Taille des groupes',
    unit: 'élèves',
    min: 2,
    max: 12,
    message: 'Indiquez une taille entière de 2 à 12 élèves.',
  },
];

export const conventionSpecs: NumberSpec[] = [
  {
    path: 'conventionTemplate.durationMonths',
    label: 'Durée de la convention',
    unit: 'mois',
    min: 1,
    max: 120,
    message: 'Indiquez une durée entière de 1 à 120 mois.',
  },
];

export type Eligibility = {
  mode: 'any' | 'all';
  scholarship: boolean;
  priorityEducation: boolean;
  priorityNeighbourhood: boolean;
  custom: string[];
};
export type DayItem = { key: string; kind: DayKind };

export type Draft = {
  numbers: Record<string, string>;
  levels: string[];
  eligibility: Eligibility | null;
  layout: DayItem[];
  clauses: ClauseItem[];
};

export function specsFor(definition: ProgramTemplateDefinition): NumberSpec[] {
  return [
    ...(definition.mentoring ? [...weightSpecs, ...mentoringSpecs] : []),
    ...(definition.discovery ? discoverySpecs : []),
    ...(definition.conventionTemplate ? conventionSpecs : []),
  ];
}

function read(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function write(root: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

const asText = (value: unknown) => (typeof value === 'number' ? String(value).replace('.', ',') : '');

export function draftOf(definition: ProgramTemplateDefinition): Draft {
  const numbers: Record<string, string> = {};
  for (const spec of specsFor(definition)) numbers[spec.path] = asText(read(definition, spec.path));
  return {
    numbers,
    levels: [...(definition.mentoring?.audienceLevels ?? [])],
    eligibility: definition.mentoring
      ? { ...definition.mentoring.eligibility, custom: [...definition.mentoring.eligibility.custom] }
      : null,
    layout: (definition.discovery?.layout ?? []).map((kind) => ({ key: newKey(), kind })),
    clauses: (definition.conventionTemplate?.clauses ?? []).map((clause) => ({ key: newKey(), ...clause })),
  };
}

/** The number typed, or null when it is not one within bounds (a French comma is fine). */
export function parseNumber(text: string, spec: NumberSpec): number | null {
  const clean = text.trim().replace(',', '.');
  const shape = spec.decimals ? /^\d+(\.\d{1,3})?$/ : /^\d+$/;
  if (!shape.test(clean)) return null;
  const n = Number(clean);
  return n >= spec.min && n <= spec.max ? n : null;
}

export function checkDraft(definition: ProgramTemplateDefinition, draft: Draft): FieldErrors {
  const errors: FieldErrors = {};
  for (const spec of specsFor(definition)) {
    const text = draft.numbers[spec.path] ?? '';
    if (spec.optional && !text.trim()) continue;
    if (parseNumber(text, spec) === null) errors[spec.path] = spec.message;
  }
  if (definition.mentoring) {
    if (!draft.levels.length) errors['mentoring.audienceLevels'] = 'Choisissez au moins un niveau.';
    draft.eligibility?.custom.forEach((rule, index) => {
      if (!rule.trim())
        errors[`mentoring.eligibility.custom.${index}`] = 'Saisissez le critère, ou retirez-le.';
    });
  }
  if (definition.discovery) {
    if (!draft.layout.length || draft.layout.length > 7) {
      errors['discovery.layout'] = 'La semaine compte de 1 à 7 journées.';
    } else if (!draft.layout.some((day) => day.kind === 'service')) {
      errors['discovery.layout'] = 'La semaine compte au moins une journée en service.';
    }
  }
  if (definition.conventionTemplate) {
    if (!draft.clauses.length) errors['conventionTemplate.clauses'] = 'Gardez au moins un article.';
    draft.clauses.forEach((clause, index) => {
      if (!clause.heading.trim()) {
        errors[`conventionTemplate.clauses.${index}.heading`] = 'Saisissez le titre de l’article.';
      }
      if (!clause.body.trim()) {
        errors[`conventionTemplate.clauses.${index}.body`] = 'Saisissez le texte de l’article.';
      }
    });
  }
  return errors;
}

/** The latest definition with the edited fields replaced; call after `checkDraft` found nothing. */
export function buildDefinition(
  definition: ProgramTemplateDefinition,
  draft: Draft,
): ProgramTemplateDefinition {
  const next = JSON.parse(JSON.stringify(definition)) as ProgramTemplateDefinition;
  for (const spec of specsFor(definition)) {
    const text = draft.numbers[spec.path] ?? '';
    write(next, spec.path, spec.optional && !text.trim() ? undefined : parseNumber(text, spec)!);
  }
  if (next.mentoring) {
    next.mentoring.audienceLevels = draft.levels as typeof next.mentoring.audienceLevels;
    next.mentoring.eligibility = {
      ...draft.eligibility!,
      custom: draft.eligibility!.custom.map((rule) => rule.trim()),
    };
  }
  if (next.discovery) next.discovery.layout = draft.layout.map((day) => day.kind);
  if (next.conventionTemplate) {
    next.conventionTemplate.clauses = draft.clauses.map((clause) => ({
      heading: clause.heading.trim(),
      body: clause.body.trim(),
    }));
  }
  return next;
}

/** Visible labels by field path, so the error summary reads like the form. */
export function draftLabels(definition: ProgramTemplateDefinition, draft: Draft): Record<string, string> {
  const labels: Record<string, string> = {
    bump: 'Type de version',
    changelog: 'Notes de version',
    definition: 'Définition',
    'mentoring.audienceLevels': 'Niveaux concernés',
    'discovery.layout': 'Déroulé de la semaine',
    'conventionTemplate.clauses': 'Articles de la convention',
  };
  for (const spec of specsFor(definition)) {
    labels[spec.path] = spec.path.includes('.weights.') ? `Poids : ${spec.label.toLowerCase()}` : spec.label;
  }
  draft.eligibility?.custom.forEach((_, index) => {
    labels[`mentoring.eligibility.custom.${index}`] = `Critère propre ${index + 1}`;
  });
  draft.clauses.forEach((_, index) => {
    labels[`conventionTemplate.clauses.${index}.heading`] = `Article ${index + 1} : titre`;
    labels[`conventionTemplate.clauses.${index}.body`] = `Article ${index + 1} : texte`;
  });
  return labels;
}

export const draftFieldId = (path: string) => `version-${path.replaceAll('.', '-').replace('+', 'plus')}`;
