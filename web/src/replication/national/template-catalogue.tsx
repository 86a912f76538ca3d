import { useState } from 'preact/hooks';
import { PageHeading } from '../../components/page-heading.tsx';
import { PagedResults } from '../../components/paged-results.tsx';
import { SearchBox, Toolbar, ToolbarSelect } from '../../components/toolbar.tsx';
import { FlashNotice } from '../../conventions/components/flash-notice.tsx';
import { useFlash } from '../../conventions/components/use-flash.ts';
import { setFlash } from '../../conventions/flash.ts';
import { formatDate, plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Link, navigate } from '../../router.tsx';
import { replicationApi } from '../api.ts';
import { NationalGate } from '../components/national-gate.tsx';
import { StatusTag } from '../components/status-tag.tsx';
import { programKindLabels, templatePath } from '../labels.ts';
import type { TemplateStatus, TemplateSummary } from '../types.ts';
import { PublishTemplateForm } from './publish-template-form.tsx';

const pageSize = 20;

const statusOptions: { value: TemplateStatus | ''; label: string }[] = [
  { value: '', label: 'Tous les statuts' },
  { value: 'published', label: 'Publiés' },
  { value: 'proposed', label: 'Proposés par une collectivité' },
  { value: 'archived', label: 'Archivés' },
];

function TemplateTable({ items, page }: { items: TemplateSummary[]; page: number }) {
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">Modèles de programmes, page {page}</caption>
        <thead>
          <tr>
            <th scope="col">Modèle</th>
            <th scope="col">Type</th>
            <th scope="col">Statut</th>
            <th scope="col">Dernière version</th>
            <th scope="col">Origine</th>
            <th scope="col">Adoptions</th>
            <th scope="col">Mis à jour le</th>
          </tr>
        </thead>
        <tbody>
          {items.map((template) => (
            <tr key={template.id}>
              <th scope="row">
                <Link href={templatePath(template.id)}>{template.name}</Link>
                <span class="block muted">{template.slug}</span>
                {template.summary ? <span class="block">{template.summary}</span> : null}
              </th>
              <td>{programKindLabels[template.kind] ?? template.kind}</td>
              <td>
                <StatusTag status={template.status} />
              </td>
              <td>{template.latestVersion}</td>
              <td>{template.sourceTenant?.name ?? '—'}</td>
              <td>{template.adoptions.toLocaleString('fr-FR')}</td>
              <td>{formatDate(template.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Catalogue() {
  const [draft, setDraft] = useState({ q: '', status: '' as TemplateStatus | '' });
  const [query, setQuery] = useState(draft);
  const [page, setPage] = useState(1);
  const [publishing, setPublishing] = useState(false);
  const flash = useFlash();
  const list = useAsync(
    () => replicationApi.templates({ q: query.q, status: query.status, page, pageSize }),
    [query.q, query.status, page],
  );
  const filtered = Boolean(query.q || query.status);

  const search = () => {
    setQuery({ q: draft.q.trim(), status: draft.status });
    setPage(1);
  };
  const open = () => {
    setPublishing(true);
    requestAnimationFrame(() => document.getElementById('publier-titre')?.focus());
  };
  const close = () => {
    setPublishing(false);
    requestAnimationFrame(() => document.getElementById('ouvrir-publication')?.focus());
  };

  return (
    <>
      <PageHeading title="Modèles de programmes" />
      <p class="lead">
        Les programmes qui ont fait leurs preuves dans une collectivité, publiés pour que d’autres les
        reprennent : versions, adoptions et réplications.
      </p>
      <p>
        <Link href="/national/accueil-region">Accueillir une collectivité à partir de modèles</Link>
      </p>
      <FlashNotice flash={flash} />
      {publishing ? (
        <PublishTemplateForm
          onCancel={close}
          onPublished={(template) => {
            setFlash(`Le modèle « ${template.name} » est publié en version ${template.latestVersion}.`);
            navigate(templatePath(template.id));
          }}
        />
      ) : (
        <p>
          <button type="button" class="button" id="ouvrir-publication" onClick={open}>
            Publier un modèle
          </button>
        </p>
      )}

      <section aria-labelledby="catalogue-titre">
        <h2 id="catalogue-titre">Catalogue</h2>
        <Toolbar onApply={search} submit="Rechercher">
          <SearchBox
            id="recherche-modele"
            label="Rechercher un modèle"
            value={draft.q}
            onValue={(q) => setDraft({ ...draft, q })}
          />
          <ToolbarSelect
            id="statut-modele"
            label="Statut"
            value={draft.status}
            onValue={(status) => setDraft({ ...draft, status: status as TemplateStatus | '' })}
            options={statusOptions}
          />
        </Toolbar>
        <PagedResults
          state={list}
          count={(total) =>
            total
              ? plural(total, 'modèle', 'modèles')
              : filtered
                ? 'Aucun modèle ne correspond à cette recherche.'
                : 'Aucun modèle pour le moment : publiez le premier à partir du programme d’une collectivité.'
          }
          pagesLabel="Pages des modèles"
          onPage={setPage}
        >
          {(items, shown) => <TemplateTable items={items} page={shown} />}
        </PagedResults>
      </section>
    </>
  );
}

export default function TemplateCatalogue() {
  return <NationalGate>{() => <Catalogue />}</NationalGate>;
}
