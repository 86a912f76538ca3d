import type { ActorRole, OrganizationKind, TerritoryDiagnosis } from '@passerelle/domain';
import { toCsv } from '../../csv.ts';

export const KIND_LABELS: Record<OrganizationKind, string> = {
  company: 'Entreprise',
  association: 'Association',
  business_club: 'Club d’entreprises',
  school: 'Établissement scolaire',
  service: 'Service de la collectivité',
};

const ROLE_LABELS: Record<ActorRole, string> = {
  operator: 'opérateur',
  mentor_organization: 'mentors',
  host: 'accueil de collégiens',
  pupils: 'élèves',
};

const CONVENTION_STATUS: Record<string, string> = { sent: 'en signature', active: 'active' };

/** The actors table of the diagnosis, for a spreadsheet: one line per actor, grouped by kind. */
export function actorsCsv(diagnosis: TerritoryDiagnosis): string {
  return toCsv(
    ['Type', 'Nom', 'Commune', 'Code commune', 'Ce qu’il fait', 'Pour qui', 'Programmes', 'Conventions'],
    diagnosis.actorGroups.flatMap((group) =>
      group.actors.map((actor) => [
        KIND_LABELS[actor.kind],
        actor.name,
        actor.communeName,
        actor.communeCode,
        actor.activities,
        actor.audience,
        actor.programs.map((p) => `${p.name} (${p.roles.map((r) => ROLE_LABELS[r]).join(', ')})`).join(' ; '),
        actor.conventions.map((c) => `${c.title} (${CONVENTION_STATUS[c.status] ?? c.status})`).join(' ; '),
      ]),
    ),
  );
}
