import { request } from '../api/client.ts';
import type { Diagnosis, MapSettings } from './types.ts';

const base = (slug: string) => `/api/t/${encodeURIComponent(slug)}/ecosystem`;

/** Typed calls to docs/api-ecosystem.md; every failure is an ApiError with a French message. */
export const ecosystemApi = {
  diagnosis: (slug: string) => request<Diagnosis>(base(slug)),
  actorsCsvUrl: (slug: string) => `${base(slug)}/export.csv`,
  mapSettings: (slug: string) => request<MapSettings>(`${base(slug)}/map-settings`),
  saveMapSettings: (slug: string, body: MapSettings) =>
    request<MapSettings>(`${base(slug)}/map-settings`, { method: 'PUT', body }),
};
