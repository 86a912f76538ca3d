import { type IdPrefix, newId } from '@passerelle/domain';

// Discovery rows carry prefixes of their own. The domain's ID_PREFIXES does not list them (that file
// is shared), so they are named here, in one place, and cast once.
const DISCOVERY_PREFIXES = {
  program: 'dpg',
  week: 'dwk',
  host: 'dho',
  tutor: 'dtu',
  group: 'dgr',
  student: 'dst',
  authorisation: 'dau',
  planDay: 'dpd',
  bookletPage: 'bkp',
  survey: 'dsv',
} as const;

export type DiscoveryEntity = keyof typeof DISCOVERY_PREFIXES;

export const discoveryPrefix = (entity: DiscoveryEntity) => DISCOVERY_PREFIXES[entity];

export function newDiscoveryId(entity: DiscoveryEntity, now: Date): string {
  return newId(DISCOVERY_PREFIXES[entity] as unknown as IdPrefix, now.getTime());
}
