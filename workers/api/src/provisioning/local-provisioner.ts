import type { Provisioner } from './provisioner.ts';

/**
 * The embedded default: a tenant's database is a libSQL file in the data folder. The URL is kept
 * relative (`file:tenants/<slug>.db`) so a data folder can be moved; the Node entry resolves it.
 */
export function createLocalProvisioner(): Provisioner {
  return {
    kind: 'local',
    async provision({ slug }) {
      return { url: `file:tenants/${slug}.db` };
    },
  };
}
