import type { ItemStatus, ProgramKind, RunStatus, StepStatus, TemplateStatus, VersionBump } from './types.ts';

export const programKindLabels: Record<ProgramKind, string> = {
  mentoring: 'Mentorat',
  discovery: 'Stage de découverte (Pass’3e)',
};

export const templateStatusLabels: Record<TemplateStatus, string> = {
  published: 'Publié',
  proposed: 'Proposé par une collectivité',
  archived: 'Archivé',
};

export const runStatusLabels: Record<RunStatus, string> = {
  queued: 'En attente',
  running: 'En cours',
  done: 'Terminé',
  failed: 'Terminé avec des échecs',
};

export const itemStatusLabels: Record<ItemStatus, string> = {
  pending: 'En attente',
  running: 'En cours',
  done: 'Terminé',
  already: 'Déjà adopté',
  failed: 'Échec',
  skipped: 'Ignoré',
};

export const stepStatusLabels: Record<StepStatus, string> = {
  pending: 'À venir',
  running: 'En cours',
  done: 'Fait',
  failed: 'Échec',
};

export const bumpLabels: Record<VersionBump, { label: string; hint: string }> = {
  major: { label: 'Majeure', hint: 'Un changement de fond : règles, durée, convention.' },
  minor: { label: 'Mineure', hint: 'Un ajout qui ne change pas ce qui existe.' },
  patch: { label: 'Corrective', hint: 'Une correction de texte ou de coquille.' },
};

/** `1.4.2` bumped: the same arithmetic as packages/domain (replication/semver.ts). */
export function bumpVersion(current: string, bump: VersionBump): string {
  const [major = 0, minor = 0, patch = 0] = current.split('.').map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

export const nationalBase = '/national';
export const templatePath = (id: string) => `/national/modeles/${encodeURIComponent(id)}`;
export const runPath = (id: string) => `/national/replications/${encodeURIComponent(id)}`;

/** The tenant's side: `/t/:tenant/modeles` is the conventions' templates. */
export const tenantTemplatesPath = (slug: string) => `/t/${encodeURIComponent(slug)}/modeles-de-programmes`;
export const adoptedPath = (slug: string, id: string) =>
  `${tenantTemplatesPath(slug)}/${encodeURIComponent(id)}`;
export const programPath = (slug: string, program: { kind: ProgramKind; id: string }) =>
  `/t/${encodeURIComponent(slug)}/${program.kind === 'mentoring' ? 'mentorat' : 'pass3e'}/${encodeURIComponent(program.id)}`;
