// Ids are random and prefixed (`org_…`): never sequential, so an id tells nothing about how many
// rows a tenant has, and the prefix tells a reader what it names. The leading timestamp keeps
// them roughly sortable by creation, which keeps B-tree inserts cheap.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const ID_PREFIXES = {
  organization: 'org',
  person: 'per',
  tenant: 'ten',
  identity: 'idn',
  membership: 'mbr',
  audit: 'aud',
  conventionTemplate: 'ctp',
  templateVersion: 'ctv',
  convention: 'cnv',
  signer: 'sgn',
  commitment: 'cmt',
  trailEvent: 'trl',
  delivery: 'dlv',
  partnerEvent: 'evt',
  registration: 'reg',
  mentoringProgram: 'mpg',
  mentor: 'mnt',
  youngPerson: 'yng',
  guardianAuthorisation: 'gau',
  pair: 'pai',
  matchRun: 'mrn',
  meeting: 'mtg',
  debrief: 'dbf',
  approval: 'apv',
  mail: 'mail',
  programTemplate: 'tpl',
  programTemplateVersion: 'tpv',
  replicationRun: 'rrn',
  adoptedTemplate: 'adp',
  adoptedTemplateEvent: 'ade',
  onboarding: 'onb',
  indicatorPush: 'ipu',
  discoveryProgram: 'dpg',
  discoveryWeek: 'dwk',
  discoveryHost: 'dho',
  discoveryTutor: 'dtu',
  discoveryGroup: 'dgr',
  discoveryStudent: 'dst',
  discoveryAuthorisation: 'dau',
  discoveryPlanDay: 'dpd',
  bookletPage: 'bkp',
  discoverySurvey: 'dsv',
} as const;

export type IdPrefix = (typeof ID_PREFIXES)[keyof typeof ID_PREFIXES];

export function newId(prefix: IdPrefix, now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let random = '';
  for (const byte of bytes) random += CROCKFORD[byte % 32];
  return `${prefix}_${time}${random}`.toLowerCase();
}

export function hasPrefix(id: string, prefix: IdPrefix): boolean {
  return id.startsWith(`${prefix}_`) && /^[a-z]+_[0-9a-z]{26}$/.test(id);
}
