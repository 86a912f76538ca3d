import type { ControlDb } from '@passerelle/db';
import { toCsv } from '../../csv.ts';
import { findRun, runItems } from './replication-view.ts';

const STATUS_LABELS: Record<string, string> = {
  pending: 'En attente',
  running: 'En cours',
  done: 'Copié',
  already: 'Déjà adopté',
  failed: 'Échec',
  skipped: 'Ignoré',
};

/** The run's report for a spreadsheet: one line per tenant with its outcome and error. */
export async function replicationReportCsv(input: { control: ControlDb; runId: string }) {
  const run = await findRun(input.control, input.runId);
  const items = await runItems(input.control, run.id);
  return {
    filename: `replication-${run.id}.csv`,
    csv: toCsv(
      ['Collectivité', 'Identifiant', 'Statut', 'Tentatives', 'Erreur', 'Mis à jour le'],
      items.map((i) => [
        i.tenant.name,
        i.tenant.slug,
        STATUS_LABELS[i.status] ?? i.status,
        i.attempts,
        i.error,
        i.updatedAt,
      ]),
    ),
  };
}
