import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { Facts } from '../../components/facts.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { FlashNotice } from '../../conventions/components/flash-notice.tsx';
import { useFlash } from '../../conventions/components/use-flash.ts';
import { formatDateTime } from '../../lib/labels.ts';
import { Link } from '../../router.tsx';
import { replicationApi } from '../api.ts';
import { NationalGate } from '../components/national-gate.tsx';
import { PolledScreen } from '../components/polled-screen.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { ItemStatusTag, RunStatusTag } from '../components/status-tag.tsx';
import { runStatusLabels, templatePath } from '../labels.ts';
import type { ReplicationRun } from '../types.ts';

const finished = (run: ReplicationRun) => run.status === 'done' || run.status === 'failed';

/** One sentence for the live region: it changes, and is read, only when the count or state does. */
function summary(run: ReplicationRun): string {
  const count = `${run.done} collectivité${run.done > 1 ? 's' : ''} sur ${run.total} traitée${run.done > 1 ? 's' : ''}`;
  const failures = run.failed ? `, ${run.failed} en échec` : '';
  if (run.status === 'done') return `Réplication terminée : ${count}.`;
  if (run.status === 'failed') return `Réplication terminée avec des échecs : ${count}${failures}.`;
  if (run.status === 'queued') return 'Réplication en attente de démarrage.';
  return `Réplication en cours : ${count}${failures}.`;
}

function Run({ run, reload }: { run: ReplicationRun; reload: () => void }) {
  const flash = useFlash();
  const [retrying, setRetrying] = useState(false);
  const retry = async () => {
    setRetrying(true);
    try {
      await replicationApi.retry(run.id);
      flash.announce({ tone: 'success', text: 'Les collectivités en échec sont relancées.' });
      reload();
    } catch (error) {
      flash.announce({ tone: 'error', text: (error as ApiError).message });
    } finally {
      setRetrying(false);
    }
  };
  const items = run.items ?? [];

  return (
    <>
      <p class="breadcrumb">
        <Link href={templatePath(run.template.id)}>{run.template.name}</Link>
      </p>
      <PageHeading title={`Réplication de « ${run.template.name} »`} />
      <Facts
        items={[
          ['Version', run.version],
          ['État', <RunStatusTag key="etat" status={run.status} />],
          ['Lancée le', formatDateTime(run.createdAt)],
          run.finishedAt ? ['Terminée le', formatDateTime(run.finishedAt)] : null,
        ]}
      />
      <FlashNotice flash={flash} />
      <ProgressBar
        id="progression"
        label="Progression"
        value={run.done + run.failed}
        max={run.total}
        valueText={`${run.done + run.failed} sur ${run.total} (${runStatusLabels[run.status] ?? run.status})`}
        summary={summary(run)}
      />

      <div class="table-wrap">
        <table>
          <caption>Collectivités de la réplication</caption>
          <thead>
            <tr>
              <th scope="col">Collectivité</th>
              <th scope="col">État</th>
              <th scope="col">Tentatives</th>
              <th scope="col">Détail</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.tenant.slug}>
                <th scope="row">{item.tenant.name}</th>
                <td>
                  <ItemStatusTag status={item.status} />
                </td>
                <td>{item.attempts}</td>
                <td>
                  {item.error ? (
                    <span class="field-error">
                      <span class="visually-hidden">Erreur : </span>
                      {item.error}
                    </span>
                  ) : item.status === 'done' ? (
                    'Programme créé dans son espace.'
                  ) : item.status === 'already' ? (
                    'Cette version y était déjà : rien n’a été ajouté.'
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="actions">
        {finished(run) && run.failed > 0 ? (
          <button type="button" class="button" onClick={retry} disabled={retrying}>
            Relancer les échecs ({run.failed})
          </button>
        ) : null}
        <a class="button button--secondary" href={replicationApi.reportUrl(run.id)} download>
          Télécharger le rapport (CSV)
        </a>
      </div>
    </>
  );
}

export default function ReplicationProgress({ id }: { id: string }) {
  return (
    <NationalGate>
      {() => (
        <PolledScreen
          load={() => replicationApi.replication(id)}
          deps={[id]}
          keepPolling={(data) => !finished(data)}
          title="Réplication"
        >
          {(run, reload) => <Run run={run} reload={reload} />}
        </PolledScreen>
      )}
    </NationalGate>
  );
}
