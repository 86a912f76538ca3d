import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { Facts } from '../../components/facts.tsx';
import { Load } from '../../components/loaded.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { FlashNotice } from '../../conventions/components/flash-notice.tsx';
import { useFlash } from '../../conventions/components/use-flash.ts';
import { setFlash } from '../../conventions/flash.ts';
import { formatDate, formatDateTime } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Link, navigate } from '../../router.tsx';
import { replicationApi } from '../api.ts';
import { DefinitionView } from '../components/definition-view.tsx';
import { NationalGate } from '../components/national-gate.tsx';
import { RunStatusTag, StatusTag } from '../components/status-tag.tsx';
import { programKindLabels, runPath } from '../labels.ts';
import type { TemplateDetail } from '../types.ts';
import { ReplicateForm } from './replicate-form.tsx';
import { VersionForm } from './version-form.tsx';

type Panel = 'version' | 'replicate' | null;

function Runs({ templateId }: { templateId: string }) {
  const runs = useAsync(() => replicationApi.replications({ templateId }), [templateId]);
  if (runs.status === 'error') return <Notice tone="error">{runs.error.message}</Notice>;
  if (!runs.data) return <Loading />;
  if (!runs.data.items.length) return <p>Ce modèle n’a pas encore été répliqué.</p>;
  return (
    <ul class="plain-list runs">
      {runs.data.items.map((run) => (
        <li key={run.id}>
          <Link href={runPath(run.id)}>
            Version {run.version}, lancée le {formatDateTime(run.createdAt)}
          </Link>{' '}
          <RunStatusTag status={run.status} />{' '}
          <span class="muted">
            {run.done} sur {run.total}
            {run.failed ? `, ${run.failed} en échec` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Detail({ template, reload }: { template: TemplateDetail; reload: () => void }) {
  const [panel, setPanel] = useState<Panel>(null);
  const [publishing, setPublishing] = useState(false);
  const flash = useFlash();

  const open = (next: Panel) => {
    setPanel(next);
    const target = next === 'version' ? 'version-titre' : 'repliquer-titre';
    requestAnimationFrame(() => document.getElementById(target)?.focus());
  };
  const close = () => {
    const opener = panel === 'version' ? 'ouvrir-version' : 'ouvrir-replication';
    setPanel(null);
    requestAnimationFrame(() => document.getElementById(opener)?.focus());
  };
  const publish = async () => {
    setPublishing(true);
    try {
      await replicationApi.publishProposal(template.id);
      flash.announce({ tone: 'success', text: `Le modèle « ${template.name} » est publié au catalogue.` });
      reload();
    } catch (error) {
      flash.announce({ tone: 'error', text: (error as ApiError).message });
    } finally {
      setPublishing(false);
    }
  };

  return (
    <>
      <p class="breadcrumb">
        <Link href="/national/modeles">Modèles de programmes</Link>
      </p>
      <PageHeading title={template.name} />
      {template.summary ? <p class="lead">{template.summary}</p> : null}
      <Facts
        items={[
          ['Type', programKindLabels[template.kind] ?? template.kind],
          ['Statut', <StatusTag key="statut" status={template.status} />],
          ['Dernière version', template.latestVersion],
          ['Origine', template.sourceTenant?.name ?? '—'],
          ['Adoptions', template.adoptions.toLocaleString('fr-FR')],
          ['Identifiant', template.slug],
        ]}
      />
      <FlashNotice flash={flash} />
      {template.status === 'proposed' ? (
        <Notice tone="info">
          <p>
            {template.sourceTenant?.name ?? 'Une collectivité'} propose ce programme au catalogue national. Il
            n’est visible des autres collectivités qu’une fois publié.
          </p>
          <p>
            <button type="button" class="button" onClick={publish} disabled={publishing}>
              Publier ce modèle au catalogue
            </button>
          </p>
        </Notice>
      ) : null}
      {panel === null ? (
        <div class="actions">
          <button type="button" class="button" id="ouvrir-version" onClick={() => open('version')}>
            Publier une nouvelle version
          </button>
          {template.status === 'published' ? (
            <button
              type="button"
              class="button button--secondary"
              id="ouvrir-replication"
              onClick={() => open('replicate')}
            >
              Répliquer dans des collectivités
            </button>
          ) : null}
        </div>
      ) : null}
      {panel === 'version' ? (
        <VersionForm
          template={template}
          onCancel={close}
          onPublished={(published) => {
            setPanel(null);
            flash.announce({
              tone: 'success',
              text: `La version ${published.latestVersion} est publiée. Les collectivités qui ont adopté le modèle la verront dans leurs modèles adoptés.`,
            });
            reload();
          }}
        />
      ) : null}
      {panel === 'replicate' ? (
        <ReplicateForm
          template={template}
          onCancel={close}
          onStarted={(run) => {
            setFlash(`La réplication de la version ${run.version} est lancée.`);
            navigate(runPath(run.id));
          }}
        />
      ) : null}

      <section aria-labelledby="definition-titre">
        <h2 id="definition-titre">Définition de la version {template.latestVersion}</h2>
        <DefinitionView definition={template.definition} />
      </section>

      <section aria-labelledby="versions-titre">
        <h2 id="versions-titre">Versions</h2>
        <ul class="plain-list versions">
          {template.versions.map((version) => (
            <li key={version.version}>
              <p class="versions__title">
                <strong>Version {version.version}</strong>{' '}
                <span class="muted">du {formatDate(version.createdAt)}</span>
              </p>
              <p class="versions__changelog">{version.changelog}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="adoptants-titre">
        <h2 id="adoptants-titre">Collectivités qui l’ont adopté</h2>
        {template.adopters.length ? (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">Collectivités qui ont adopté le modèle</caption>
              <thead>
                <tr>
                  <th scope="col">Collectivité</th>
                  <th scope="col">Version adoptée</th>
                  <th scope="col">Adopté le</th>
                </tr>
              </thead>
              <tbody>
                {template.adopters.map((adopter) => (
                  <tr key={adopter.tenant.slug}>
                    <th scope="row">{adopter.tenant.name}</th>
                    <td>
                      {adopter.version}
                      {adopter.version !== template.latestVersion ? (
                        <span class="block muted">Pas encore à jour</span>
                      ) : null}
                    </td>
                    <td>{formatDate(adopter.adoptedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>Aucune collectivité ne l’a encore adopté.</p>
        )}
      </section>

      <section aria-labelledby="replications-titre">
        <h2 id="replications-titre">Réplications</h2>
        <Runs templateId={template.id} />
      </section>
    </>
  );
}

export default function TemplateDetailScreen({ id }: { id: string }) {
  return (
    <NationalGate>
      {() => (
        <Load load={() => replicationApi.template(id)} deps={[id]} title="Modèle de programme">
          {(template, reload) => <Detail template={template} reload={reload} />}
        </Load>
      )}
    </NationalGate>
  );
}
