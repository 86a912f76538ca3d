import type { OrganizationKind, PriorityEducation, Role, SchoolKind, TenantKind } from '../api/types.ts';

export const roleLabels: Record<Role, string> = {
  tenant_admin: 'Coordination de la collectivité',
  partner_referent: 'Référent·e partenaire',
  school_referent: 'Référent·e d’établissement scolaire',
  mentor: 'Mentor ou tuteur·rice',
};

export const tenantKindLabels: Record<TenantKind, string> = {
  commune: 'Commune',
  epci: 'Intercommunalité (EPCI)',
  departement: 'Département',
  region: 'Région',
  province: 'Province',
  collectivite_outre_mer: 'Collectivité d’outre-mer',
};

export const tenantCodeLabels: Record<TenantKind, string> = {
  commune: 'Code INSEE de la commune',
  epci: 'Numéro SIREN de l’EPCI',
  departement: 'Code du département',
  region: 'Code de la région',
  province: 'Code de la province',
  collectivite_outre_mer: 'Code de la collectivité',
};

export const organizationKindLabels: Record<OrganizationKind, string> = {
  company: 'Entreprise',
  association: 'Association',
  business_club: 'Club d’entreprises',
  school: 'Établissement scolaire',
  service: 'Service de la collectivité',
};

export const schoolKindLabels: Record<SchoolKind, string> = {
  college: 'Collège',
  lycee: 'Lycée',
  lycee_professionnel: 'Lycée professionnel',
};

export const priorityEducationLabels: Record<PriorityEducation, string> = {
  'REP+': 'REP+',
  REP: 'REP',
  none: 'Hors éducation prioritaire',
};

export function formatDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? many : one}`;
}
