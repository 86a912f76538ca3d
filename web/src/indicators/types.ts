/** Shapes of docs/api-indicators.md. */
export type IndicatorUnit = 'count' | 'share' | 'months' | 'rate' | 'score';

export type Indicator = {
  key: string;
  label: string;
  description: string;
  unit: IndicatorUnit;
  unitLabel: string;
  subject: 'people' | 'organizations';
  keyFigure: boolean;
  kinds: string[];
  breakdowns: { key: string; label: string }[];
  dimensions: { key: string; label: string }[];
};

export type Cell = { indicator: string; dimension: string; value: number | null; suppressed: boolean };

export type Median = {
  indicator: string;
  dimension: string;
  value: number | null;
  tenants: number;
  suppressedTenants: number;
};

export type Labelled = { key: string; label: string };

export type NationalTable = {
  period: string | null;
  periods: string[];
  scope: Labelled;
  indicators: Indicator[];
  tenants: { tenant: { slug: string; name: string }; pushedAt: string | null; cells: Cell[] }[];
  median: Median[];
};

export type Series = {
  indicator: Indicator;
  scope: Labelled;
  dimension: Labelled;
  periods: string[];
  tenants: {
    tenant: { slug: string; name: string };
    points: { period: string; value: number | null; suppressed: boolean }[];
  }[];
  median: { period: string; value: number | null }[];
};

export type Scope = Labelled & { kind: 'all' | 'kind' | 'template'; hasData: boolean };

export type SuppressionReason = 'small' | 'complement' | 'secondary';

export type TenantCell = {
  scope: string;
  indicator: string;
  dimension: string;
  value: number | null;
  base: number;
  suppressed: boolean;
  reason: SuppressionReason | null;
  median: { value: number | null; tenants: number } | null;
};

export type PushSummary = {
  id: string;
  period: string;
  cells: number;
  suppressedCells: number;
  pushedAt: string;
};

export type TenantIndicators = {
  period: string;
  computedAt: string;
  medianPeriod: string | null;
  lastPush: PushSummary | null;
  indicators: Indicator[];
  scopes: Labelled[];
  cells: TenantCell[];
};
