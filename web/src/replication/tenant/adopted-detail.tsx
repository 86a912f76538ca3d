import type { Tenant } from '../../api/types.ts';
import { Facts } from '../../components/facts.tsx';
import { Load } from '../../components/loaded.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate } from '../../conventions/access.tsx';
import { FlashNotice } from '../../conventions/components/flash-notice.tsx';
import { useFlash } from '../../conventions/components/use-flash.ts';
import { formatDate, formatDateTime, plural } from '../../lib/labels.ts';
import { Link } from '../../router.tsx';
import { replicationApi } from '../api.ts';
import { DefinitionView } from '../components/definition-view.tsx';
import { FieldValue } from '../components/field-value.tsx';
import { UpdateBadge } from '../components/update-badge.tsx';
import { programKindLabels, programPath, tenantTemplatesPath } from '../labels.ts';
import type { AdoptedTemplateDetail, HistoryEntry } from '../types.ts';
import { UpdateDiff } from './update-diff.tsx';

function historyText(entry: HistoryEntry): string {
  if (entry.action === 'adopted') return `Adopté en version ${entry.toVersion}`;
  const counts = [
    entry.applied.length ? plural(entry.applied.length, 'champ appliqué', 'champs appliqués') : '',
    entry.skipped.length ? plural(entry.skipped.length, 'valeur gardée', 'valeurs gardées') : '',
  ].filter(Boolean);
  return `Passé de la version ${entry.fromVersion ?? '?'} à la version ${entry.toVersion}${
    counts.length ? ` : ${counts.join(', ')}` : ''
  }`;
}

function Detail({
  tenant,
  adopted,
  reload,
}: {
  tenant: Tenant;
  adopted: AdoptedTemplateDetail;
  reload: () => void;
}) {
  const flash = useFlash();

  const apply = async (choice: { apply: string[]; skip: string[] }) => {
    const version = adopted.update!.version;
    const after = await replicationApi.apply(tenant.slug, adopted.id, { version, ...choice });
    flash.announce({
      tone: 'success',
      text: `Votre programme suit désormais la version ${after.version} : ${plural(
        choice.apply.length,
        'champ mis à jour',
        'champs mis à jour',
      )}, ${plural(choice.skip.length, 'valeur gardée', 'valeurs gardées')}.`,
    });
    reload();
  };

  return (
    <>
      <p class="breadcrumb">
        <Link href={tenantTemplatesPath(tenant.slug)}>Modèles nationaux</Link>
      </p>
      <PageHeading title={adopted.template.name} />
      <Facts
        items={[
          [
            'Votre programme',
            <>
              <Link href={programPath(tenant.slug, adopted.program)}>{adopted.program.name}</Link>
              <span class="block muted">{programKindLabels[adopted.kind]}</span>
            </>,
          ],
          ['Version suivie', adopted.version],
          ['Dernière version', adopted.latestVersion],
          ['Adopté le', formatDate(adopted.adoptedAt)],
        ]}
      />
      <FlashNotice flash={flash} />

      <section aria-labelledby="mise-a-jour-titre">
        <h2 id="mise-a-jour-titre">
          {adopted.update ? `Mise à jour vers la version ${adopted.update.version}` : 'Mise à jour'}
        </h2>
        {adopted.update ? (
          <>
            <p>
              <UpdateBadge version={adopted.update.version} />
            </p>
            <div class="changelog">
              <p class="changelog__title">Notes de version</p>
              <p class="changelog__text">{adopted.update.changelog}</p>
            </div>
            <UpdateDiff
              key={adopted.update.version}
              adoptedVersion={adopted.version}
              update={adopted.update}
              onApply={apply}
              onReload={reload}
            />
          </>
        ) : (
          <p>Votre programme suit la dernière version du modèle ({adopted.latestVersion}).</p>
        )}
      </section>

      <section aria-labelledby="modifications-titre">
        <h2 id="modifications-titre">Vos modifications depuis la version {adopted.version}</h2>
        {adopted.localChanges.length ? (
          <div class="table-wrap">
            <table class="stack-table">
              <caption class="visually-hidden">Champs que vous avez modifiés</caption>
              <thead>
                <tr>
                  <th scope="col">Libellé</th>
                  <th scope="col">Valeur du modèle</th>
                  <th scope="col">Votre valeur</th>
                </tr>
              </thead>
              <tbody>
                {adopted.localChanges.map((change) => (
                  <tr key={change.path}>
                    <th scope="row">{change.label}</th>
                    <td data-label="Valeur du modèle">
                      <FieldValue path={change.path} value={change.base} />
                    </td>
                    <td data-label="Votre valeur">
                      <FieldValue path={change.path} value={change.local} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>Aucune : votre programme suit le modèle tel quel.</p>
        )}
      </section>

      <section aria-labelledby="copie-titre">
        <h2 id="copie-titre">Votre programme, tel que vous l’appliquez</h2>
        <details>
          <summary>
            Voir la définition complète : critères, convention, questions du bilan et documents
          </summary>
          <DefinitionView definition={adopted.definition} />
        </details>
      </section>

      <section aria-labelledby="historique-titre">
        <h2 id="historique-titre">Historique</h2>
        <ul class="plain-list history">
          {adopted.history.map((entry, index) => (
            <li key={index}>
              <span class="muted">{formatDateTime(entry.at)}</span> — {historyText(entry)}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export default function AdoptedDetail({ id }: { id: string }) {
  return (
    <RoleGate roles={['tenant_admin']}>
      {(tenant) => (
        <Load
          load={() => replicationApi.adoptedOne(tenant.slug, id)}
          deps={[tenant.slug, id]}
          title="Modèle adopté"
        >
          {(adopted, reload) => <Detail tenant={tenant} adopted={adopted} reload={reload} />}
        </Load>
      )}
    </RoleGate>
  );
}
