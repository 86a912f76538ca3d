import { brandStyle } from '../lib/contrast.ts';

/**
 * Whose page this is, in the authority's colour: public visitors have no tenant header. The text
 * colour is picked for contrast, so any brand colour stays readable.
 */
export function TenantBanner({ tenant }: { tenant: { name: string; brandColor: string | null } }) {
  return (
    <p class="tenant-banner" style={brandStyle(tenant.brandColor)}>
      {tenant.name}
    </p>
  );
}
