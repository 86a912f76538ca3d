import { INDICATORS, type IndicatorKey, isIndicatorKey, type SuppressionReason } from '@passerelle/domain';

export const SECRET_LABEL = 'secret statistique (< 5)';

const FORMAT: Record<string, { factor: number; digits: number; unit: string }> = {
  count: { factor: 1, digits: 0, unit: 'nombre' },
  share: { factor: 100, digits: 1, unit: '%' },
  rate: { factor: 100, digits: 1, unit: '%' },
  months: { factor: 1, digits: 1, unit: 'mois' },
  score: { factor: 1, digits: 2, unit: 'note sur 5' },
};

const formatOf = (indicator: string) =>
  FORMAT[isIndicatorKey(indicator) ? INDICATORS[indicator].unit : 'count'] ?? FORMAT.count!;

/** A figure as a French spreadsheet reads it: decimal comma, shares in percent. */
export function csvNumber(indicator: string, value: number | null): string {
  if (value === null) return '';
  const { factor, digits: unitDigits } = formatOf(indicator);
  // A median of counts may fall between two tenants: 11,5 rather than a rounded 12.
  const digits = unitDigits === 0 && !Number.isInteger(value) ? 1 : unitDigits;
  return (Math.round(value * factor * 10 ** digits) / 10 ** digits).toFixed(digits).replace('.', ',');
}

export function csvValue(indicator: string, value: number | null, suppressed: boolean): string {
  return suppressed ? SECRET_LABEL : csvNumber(indicator, value);
}

export function unitLabel(indicator: string): string {
  return formatOf(indicator).unit;
}

export function indicatorLabel(indicator: string): string {
  return isIndicatorKey(indicator) ? INDICATORS[indicator as IndicatorKey].label : indicator;
}

export const REASON_LABELS: Record<SuppressionReason, string> = {
  small: 'masquée : moins de 5 personnes',
  complement: 'masquée : moins de 5 personnes de l’autre côté de la part',
  secondary: 'masquée : elle permettrait de retrouver une case masquée par différence',
};
