import type { ActorRole } from './types.ts';

export const roleLabels: Record<ActorRole, string> = {
  operator: 'opérateur',
  mentor_organization: 'mentors',
  host: 'accueil de collégiens',
  pupils: 'élèves',
};

export const programKindLabels = { mentoring: 'Mentorat', discovery: 'Pass’3e' } as const;

export const conventionStatusLabels = { sent: 'en signature', active: 'active' } as const;

/** "1 association", "3 clubs d’entreprises": the kinds counted in a sentence. */
export const kindCountLabels = {
  company: ['entreprise', 'entreprises'],
  association: ['association', 'associations'],
  business_club: ['club d’entreprises', 'clubs d’entreprises'],
  school: ['établissement scolaire', 'établissements scolaires'],
  service: ['service de la collectivité', 'services de la collectivité'],
} as const;
