import {
  type DURATION_BANDS,
  dimensionOf,
  type IndicatorKey,
  type ProgramKind,
  templateScope,
} from './framework.ts';
import type { RawCell } from './suppress.ts';

/**
 * What a tenant's database holds that the indicators count, read as plain rows: no names, no
 * ids of people — a row is one person (or one pair, one answer), tagged with its program.
 * Dates are ISO strings; rows created after `asOf` are left out, so an earlier month can be
 * computed from the same data.
 */
export type IndicatorSources = {
  asOf: Date;
  programs: { id: string; kind: ProgramKind; templateId: string | null; createdAt: string }[];
  youngPeople: {
    programId: string;
    level: string;
    priorityEducation: string | null;
    scholarship: boolean;
    createdAt: string;
  }[];
  students: {
    programId: string;
    gender: string;
    priorityEducation: string | null;
    inGroup: boolean;
    createdAt: string;
  }[];
  mentors: { programId: string; organizationId: string; organizationKind: string; createdAt: string }[];
  /** Pairs accepted by the mentor and not closed, with the day they were accepted. */
  pairs: { programId: string; startedAt: string }[];
  answers: {
    programId: string;
    respondent: 'young' | 'adult' | 'school';
    satisfaction: number;
    at: string;
  }[];
  /** Active conventions' commitments this convention year, each delivery capped at the promise. */
  conventions: { promised: number; delivered: number }[];
};

const DAYS_PER_MONTH = 365.25 / 12;
const PRIORITY = new Set(['REP', 'REP+']);
const KNOWN_PRIORITY = new Set(['REP', 'REP+', 'none']);

/**
 * Every raw aggregate of the framework for each scope the tenant has: `all`, each program kind
 * it runs, each national template one of its programs came from. Counts per category are only
 * emitted when non-zero; the scopes' parents say how they add up (template → its kind).
 */
export function buildRawCells(sources: IndicatorSources): {
  cells: RawCell[];
  scopeParents: Record<string, string>;
} {
  const asOf = sources.asOf.toISOString();
  const before = <T extends { createdAt: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.createdAt <= asOf);
  const programs = before(sources.programs);
  const scopes: { scope: string; kinds: ProgramKind[]; programIds: Set<string> }[] = [];
  const kinds = (['mentoring', 'discovery'] as const).filter((k) => programs.some((p) => p.kind === k));
  scopes.push({ scope: 'all', kinds: [...kinds], programIds: new Set(programs.map((p) => p.id)) });
  for (const kind of kinds) {
    const ids = programs.filter((p) => p.kind === kind).map((p) => p.id);
    scopes.push({ scope: kind, kinds: [kind], programIds: new Set(ids) });
  }
  const scopeParents: Record<string, string> = {};
  const templates = new Map<string, { kind: ProgramKind; ids: Set<string> }>();
  for (const program of programs) {
    if (!program.templateId) continue;
    const entry = templates.get(program.templateId) ?? { kind: program.kind, ids: new Set<string>() };
    entry.ids.add(program.id);
    templates.set(program.templateId, entry);
  }
  for (const [templateId, { kind, ids }] of templates) {
    scopes.push({ scope: templateScope(templateId), kinds: [kind], programIds: ids });
    scopeParents[templateScope(templateId)] = kind;
  }

  const young = before(sources.youngPeople);
  const students = before(sources.students);
  const mentors = before(sources.mentors);
  const pairs = sources.pairs.filter((p) => p.startedAt <= asOf);
  const answers = sources.answers.filter((a) => a.at <= asOf);

  const cells: RawCell[] = [];
  for (const { scope, kinds: scopeKinds, programIds } of scopes) {
    const inScope = <T extends { programId: string }>(rows: readonly T[]) =>
      rows.filter((r) => programIds.has(r.programId));
    const push = (indicator: IndicatorKey, dimension: string, amount: number, base = amount) =>
      cells.push({ scope, indicator, dimension, amount, base });
    const counts = (
      indicator: IndicatorKey,
      breakdown: Parameters<typeof dimensionOf>[0],
      values: string[],
    ) => {
      // Mapped first: two values the framework does not know both count as one `other` cell.
      for (const [dimension, n] of tally(values.map((v) => dimensionOf(breakdown, v)))) {
        push(indicator, dimension, n);
      }
    };
    const hasMentoring = scopeKinds.includes('mentoring');
    const hasDiscovery = scopeKinds.includes('discovery');

    const y = hasMentoring ? inScope(young) : [];
    const s = hasDiscovery ? inScope(students) : [];
    // Every tenant says how many young people it reaches, none included: the headline figure.
    if (scope === 'all') push('young_people', '', y.length + s.length);
    if (hasMentoring || hasDiscovery) {
      if (scope !== 'all') push('young_people', '', y.length + s.length);
      counts('young_people', 'level', [...y.map((r) => r.level), ...s.map(() => '3e')]);
      // Mentoring does not record gender: said so, rather than guessed.
      counts('young_people', 'gender', [...y.map(() => 'unknown'), ...s.map((r) => r.gender)]);
      const located = [...y, ...s].filter((r) => KNOWN_PRIORITY.has(r.priorityEducation ?? ''));
      push(
        'priority_education_share',
        '',
        located.filter((r) => PRIORITY.has(r.priorityEducation!)).length,
        located.length,
      );
    }
    if (hasMentoring) {
      push('scholarship_share', '', y.filter((r) => r.scholarship).length, y.length);
      const m = inScope(mentors);
      push('mentors_active', '', m.length);
      counts(
        'mentors_active',
        'organization_kind',
        m.map((r) => r.organizationKind),
      );
      const organizations = new Map(m.map((r) => [r.organizationId, r.organizationKind]));
      push('mentor_organizations', '', organizations.size);
      counts('mentor_organizations', 'organization_kind', [...organizations.values()]);
      const months = inScope(pairs).map((p) => monthsBetween(p.startedAt, asOf));
      push('pairs_active', '', months.length);
      counts('pairs_active', 'duration', months.map(durationBand));
      push(
        'pair_duration_months',
        '',
        months.reduce((sum, m) => sum + m, 0),
        months.length,
      );
    }
    if (hasDiscovery) push('discovery_students', '', s.filter((r) => r.inGroup).length);
    if (hasMentoring || hasDiscovery) {
      const a = inScope(answers);
      push(
        'satisfaction',
        '',
        a.reduce((sum, r) => sum + r.satisfaction, 0),
        a.length,
      );
      for (const [respondent] of tally(a.map((r) => r.respondent))) {
        const of = a.filter((r) => r.respondent === respondent);
        push(
          'satisfaction',
          dimensionOf('respondent', respondent),
          of.reduce((sum, r) => sum + r.satisfaction, 0),
          of.length,
        );
      }
    }
    if (scope === 'all') {
      push('partner_conventions', '', sources.conventions.length);
      push(
        'commitment_fulfilment',
        '',
        sources.conventions.reduce((sum, c) => sum + Math.min(c.delivered, c.promised), 0),
        sources.conventions.reduce((sum, c) => sum + c.promised, 0),
      );
    }
  }
  return { cells, scopeParents };
}

function tally(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
}

function monthsBetween(from: string, to: string): number {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return Math.max(0, days / DAYS_PER_MONTH);
}

function durationBand(months: number): (typeof DURATION_BANDS)[number] {
  if (months < 3) return 'lt3';
  if (months < 6) return '3to6';
  if (months < 12) return '6to12';
  return 'gte12';
}
