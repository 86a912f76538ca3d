import { queryString, request } from '../api/client.ts';
import type { NationalTable, PushSummary, Scope, Series, TenantIndicators } from './types.ts';

const tenantPath = (slug: string) => `/api/t/${encodeURIComponent(slug)}/indicators`;

export type TableQuery = { period?: string | undefined; scope?: string | undefined };
export type SeriesQuery = { indicator: string; scope: string; dimension?: string | undefined };

/** Typed calls to docs/api-indicators.md; every failure is an ApiError with a French message. */
export const indicatorsApi = {
  national: (query: TableQuery) => request<NationalTable>('/api/national/indicators', { query }),
  series: (query: SeriesQuery) => request<Series>('/api/national/indicators/series', { query }),
  scopes: () => request<{ items: Scope[] }>('/api/national/indicators/scopes'),
  nationalCsvUrl: (query: TableQuery) => `/api/national/indicators/export.csv${queryString(query)}`,

  tenant: (slug: string) => request<TenantIndicators>(tenantPath(slug)),
  push: (slug: string) => request<PushSummary>(`${tenantPath(slug)}/push`, { method: 'POST' }),
  tenantCsvUrl: (slug: string) => `${tenantPath(slug)}/export.csv`,
};
