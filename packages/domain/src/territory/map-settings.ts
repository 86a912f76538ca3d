import * as z from 'zod/mini';

/** The tenant's tile source for the ecosystem map. No URL: the map is drawn offline (SVG). */
export type MapSettings = { tileUrl: string | null; attribution: string | null };

export const DEFAULT_MAP_SETTINGS: MapSettings = { tileUrl: null, attribution: null };

/** tenant_settings key under which the map settings are kept. */
export const MAP_SETTINGS_KEY = 'ecosystem.map';

const TILE_URL_MESSAGE =
  'Adresse de tuiles invalide : une adresse https contenant {z}, {x} et {y}, par exemple https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png.';

// Once its placeholders are filled: https, a dotted host name, an optional port, then a path with
// no spaces, quotes, angle brackets or stray braces (it ends up in an <img src>).
const FILLED_TILE_URL = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?\/[^\s<>"'`\\{}]*$/i;

/** A tile URL template: https, with {z}, {x} and {y} (and optionally {s} and {r}). */
export function isTileUrlTemplate(value: string): boolean {
  if (!['{z}', '{x}', '{y}'].every((p) => value.includes(p))) return false;
  const filled = value.replace(/\{(s|z|x|y|r)\}/g, (_, p: string) =>
    p === 's' ? 'a' : p === 'r' ? '' : '0',
  );
  return FILLED_TILE_URL.test(filled);
}

const emptyToNull = (v: string | null | undefined) => (v === undefined || v === null || v === '' ? null : v);

export const MapSettingsInput = z
  .object({
    tileUrl: z.pipe(
      z.optional(
        z.nullable(
          z.string('Adresse de tuiles invalide.').check(
            z.trim(),
            z.maxLength(500, 'L’adresse des tuiles ne peut dépasser 500 caractères.'),
            z.refine((v) => v === '' || isTileUrlTemplate(v), TILE_URL_MESSAGE),
          ),
        ),
      ),
      z.transform(emptyToNull),
    ),
    attribution: z.pipe(
      z.optional(
        z.nullable(
          z
            .string('Attribution invalide.')
            .check(z.trim(), z.maxLength(300, 'L’attribution ne peut dépasser 300 caractères.')),
        ),
      ),
      z.transform(emptyToNull),
    ),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.tileUrl && !value.attribution) {
        ctx.issues.push({
          code: 'custom',
          input: value.attribution,
          path: ['attribution'],
          message:
            'Indiquez l’attribution demandée par le fournisseur de tuiles (par exemple « © les contributeurs d’OpenStreetMap »).',
        });
      }
    }),
  );
export type MapSettingsInput = z.infer<typeof MapSettingsInput>;
