import { breakdownOf, INDICATORS, type IndicatorKey } from './framework.ts';

/** The statistical secret: no published figure may describe fewer than five people. */
export const STATISTICAL_SECRET_THRESHOLD = 5;
const K = STATISTICAL_SECRET_THRESHOLD;

/**
 * An aggregate as computed inside a tenant, before anything is hidden. One shape for every unit:
 * a count is `amount` people (and `base` the same); a share or a rate is `amount` out of `base`;
 * a mean (months, score) is a sum `amount` over `base` people.
 */
export type RawCell = {
  scope: string;
  indicator: IndicatorKey;
  dimension: string;
  amount: number;
  base: number;
};

/**
 * `small`: fewer than five people; `complement`: a share whose other side is under five (everyone,
 * or nearly, shares the attribute); `secondary`: hidden so that another hidden cell cannot be
 * worked out by subtraction.
 */
export type SuppressionReason = 'small' | 'complement' | 'secondary';

export type IndicatorCell = {
  scope: string;
  indicator: IndicatorKey;
  dimension: string;
  /** null when hidden, or when there is nobody to compute it over (a share of zero people). */
  value: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
};

const keyOf = (c: Pick<RawCell, 'scope' | 'indicator' | 'dimension'>) =>
  `${c.scope}\u0000${c.indicator}\u0000${c.dimension}`;

/** Why the cell cannot be published on its own, or null if it can. */
export function primaryReason(
  cell: Pick<RawCell, 'indicator' | 'amount' | 'base'>,
): SuppressionReason | null {
  const definition = INDICATORS[cell.indicator];
  if (definition.subject !== 'people') return null;
  switch (definition.unit) {
    case 'count':
      return cell.amount > 0 && cell.amount < K ? 'small' : null;
    case 'share':
    case 'rate':
      if (cell.base === 0) return null;
      if (cell.base < K || cell.amount < K) return 'small';
      return cell.base - cell.amount < K ? 'complement' : null;
    default:
      return cell.base > 0 && cell.base < K ? 'small' : null;
  }
}

const DECIMALS: Record<string, number> = { share: 4, rate: 4, months: 1, score: 2, count: 0 };

/** The published figure of a cell: a count, or a ratio rounded for its unit. */
export function publishedValue(cell: Pick<RawCell, 'indicator' | 'amount' | 'base'>): number | null {
  const unit = INDICATORS[cell.indicator].unit;
  if (unit === 'count') return cell.amount;
  if (cell.base === 0) return null;
  const factor = 10 ** (DECIMALS[unit] ?? 2);
  return Math.round((cell.amount / cell.base) * factor) / factor;
}

/**
 * A published total and the cells that add up to it (a breakdown, or the scopes under a wider
 * one). `residual` is what the parts leave out of the total: programs outside any template, or
 * nothing when the parts are exhaustive.
 */
type Relation = { total: string; parts: string[]; residual: { amount: number; base: number } };

/**
 * Hides every cell that would describe fewer than five people, then, relation by relation, one
 * more cell wherever a hidden one could be worked out as the total minus the other cells (the
 * smallest cell that is still shown, so the least information is lost). Repeats until no
 * relation has a single unknown left. `scopeParents` says which scope adds up into which: kinds
 * into `all` by default; a template's scope into its kind, passed by the caller.
 */
export function suppressSmallCells(input: {
  cells: readonly RawCell[];
  scopeParents?: Readonly<Record<string, string>>;
}): IndicatorCell[] {
  const cells = new Map(input.cells.map((c) => [keyOf(c), c]));
  const reasons = new Map<string, SuppressionReason>();
  for (const [key, cell] of cells) {
    const reason = primaryReason(cell);
    if (reason) reasons.set(key, reason);
  }
  const relations = buildRelations(cells, { mentoring: 'all', discovery: 'all', ...input.scopeParents });

  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of relations) {
      const hidden = [relation.total, ...relation.parts].filter((k) => reasons.has(k));
      const { residual } = relation;
      const residualUnknown = residual.amount !== 0 || residual.base !== 0;
      const unknowns = hidden.length + (residualUnknown ? 1 : 0);
      if (unknowns !== 1) continue;
      // The one unknown is recoverable: protect it if it is a hidden cell, or a residual that
      // would itself have been hidden.
      const sample = cells.get(relation.total)!;
      const mustProtect =
        hidden.length === 1 || primaryReason({ indicator: sample.indicator, ...residual }) !== null;
      if (!mustProtect) continue;
      const next = nextToHide(relation, cells, reasons);
      if (next) {
        reasons.set(next, 'secondary');
        changed = true;
      }
    }
  }

  return input.cells.map((cell) => {
    const reason = reasons.get(keyOf(cell)) ?? null;
    return {
      scope: cell.scope,
      indicator: cell.indicator,
      dimension: cell.dimension,
      value: reason ? null : publishedValue(cell),
      suppressed: reason !== null,
      reason,
    };
  });
}

/** The smallest part still shown (people first: hiding a zero protects little), else the total. */
function nextToHide(
  relation: Relation,
  cells: ReadonlyMap<string, RawCell>,
  reasons: ReadonlyMap<string, SuppressionReason>,
): string | null {
  const shown = relation.parts
    .filter((k) => !reasons.has(k))
    .map((k) => ({ key: k, base: cells.get(k)!.base }))
    .sort(
      (a, b) => Number(a.base === 0) - Number(b.base === 0) || a.base - b.base || (a.key < b.key ? -1 : 1),
    );
  if (shown[0]) return shown[0].key;
  return reasons.has(relation.total) ? null : relation.total;
}

function buildRelations(cells: ReadonlyMap<string, RawCell>, parents: Readonly<Record<string, string>>) {
  const relations: Relation[] = [];
  const add = (totalKey: string, partKeys: string[]) => {
    const total = cells.get(totalKey);
    if (!total || !partKeys.length) return;
    const parts = partKeys.map((k) => cells.get(k)!);
    relations.push({
      total: totalKey,
      parts: partKeys,
      residual: {
        amount: total.amount - parts.reduce((s, p) => s + p.amount, 0),
        base: total.base - parts.reduce((s, p) => s + p.base, 0),
      },
    });
  };
  const protectedCells = [...cells.values()].filter((c) => INDICATORS[c.indicator].subject === 'people');

  // Each breakdown of a scope's indicator adds up to its total.
  const breakdowns = new Map<string, string[]>();
  for (const cell of protectedCells) {
    const breakdown = breakdownOf(cell.dimension);
    if (!breakdown) continue;
    const group = `${keyOf({ ...cell, dimension: '' })}\u0000${breakdown}`;
    breakdowns.set(group, [...(breakdowns.get(group) ?? []), keyOf(cell)]);
  }
  for (const [group, parts] of breakdowns) add(group.slice(0, group.lastIndexOf('\u0000')), parts);

  // Each cell of a scope adds up with the same cell of its sibling scopes into the parent scope.
  const children = new Map<string, string[]>();
  for (const cell of protectedCells) {
    const parent = parents[cell.scope];
    if (!parent) continue;
    const total = keyOf({ ...cell, scope: parent });
    children.set(total, [...(children.get(total) ?? []), keyOf(cell)]);
  }
  for (const [total, parts] of children) add(total, parts);
  return relations;
}
