import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import type { Tenant } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { RoleGate } from '../../conventions/access.tsx';
import { FlashNotice } from '../../conventions/components/flash-notice.tsx';
import { useFlash } from '../../conventions/components/use-flash.ts';
import { setFlash } from '../../conventions/flash.ts';
import { formatDate, plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Link, navigate } from '../../router.tsx';
import { replicationApi } from '../api.ts';
import { UpdateBadge } from '../components/update-badge.tsx';
import { adoptedPath, programKindLabels, programPath } from '../labels.ts';
import type { AdoptedTemplate, CatalogueEntry } from '../types.ts';
import { ProposalForm } from './proposal-form.tsx';

function AdoptedTable({ slug, items }: { slug: string; items: AdoptedTemplate[] }) {
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">Modèles adoptés</caption>
        <thead>
          <tr>
            <th scope="col">Modèle</th>
            <th scope="col">Votre programme</th>
            <th scope="col">Version</th>
            <th scope="col">Vos modifications</th>
            <th scope="col">Adopté le</th>
          </tr>
        </thead>
        <tbody>
          {items.map((adopted) => (
            <tr key={adopted.id}>
              <th scope="row">
                <Link href={adoptedPath(slug, adopted.id)}>{adopted.template.name}</Link>
              </th>
              <td>
                <Link href={programPath(slug, adopted.program)}>{adopted.program.name}</Link>
                <span class="block muted">{programKindLabels[adopted.kind]}</span>
              </td>
              <td>
                {adopted.version}
                {adopted.updateAvailable ? (
                  <span class="block">
                    <UpdateBadge version={adopted.latestVersion} />
                  </span>
                ) : (
                  <span class="block muted">À jour</span>
                )}
              </td>
              <td>
                {adopted.localChangeCount
                  ? plural(adopted.localChangeCount, 'champ modifié', 'champs modifiés')
                  : 'Aucune'}
              </td>
              <td>{formatDate(adopted.adoptedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CatalogueList({
  items,
  onAdopt,
}: {
  items: CatalogueEntry[];
  onAdopt: (entry: CatalogueEntry) => void;
}) {
  return (
    <ul class="catalogue">
      {items.map((entry) => (
        <li key={entry.id} class="catalogue__item">
          <h3>{entry.name}</h3>
          <p class="muted">
            {programKindLabels[entry.kind]} · version {entry.latestVersion}
            {entry.sourceTenant ? ` · issu de ${entry.sourceTenant.name}` : ''} ·{' '}
            {plural(entry.adoptions, 'collectivité l’a adopté', 'collectivités l’ont adopté')}
          </p>
          {entry.summary ? <p>{entry.summary}</p> : null}
          {entry.adoptedVersion ? (
            <p>
              <span class="tag tag--ok">
                <span aria-hidden="true">✓ </span>Adopté (version {entry.adoptedVersion})
              </span>
            </p>
          ) : (
            <p>
              <button type="button" class="button button--secondary" onClick={() => onAdopt(entry)}>
                Adopter<span class="visually-hidden"> « {entry.name} »</span>
              </button>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

function Screen({ tenant }: { tenant: Tenant }) {
  const adopted = useAsync(() => replicationApi.adopted(tenant.slug), [tenant.slug]);
  const catalogue = useAsync(() => replicationApi.catalogue(tenant.slug), [tenant.slug]);
  const [adopting, setAdopting] = useState<CatalogueEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const flash = useFlash();

  const adopt = async () => {
    const entry = adopting!;
    setBusy(true);
    try {
      const done = await replicationApi.adopt(tenant.slug, entry.id);
      setFlash(
        `Le modèle « ${entry.name} » est adopté en version ${done.version} : le programme « ${done.program.name} » est créé.`,
      );
      navigate(adoptedPath(tenant.slug, done.id));
    } catch (error) {
      setAdopting(null);
      flash.announce({ tone: 'error', text: (error as ApiError).message });
      catalogue.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title="Modèles nationaux" />
      <p class="lead">
        Des programmes qui ont fait leurs preuves ailleurs, publiés par la coordination nationale : adoptez-en
        un, adaptez-le, et choisissez ce que vous reprenez de ses nouvelles versions.
      </p>
      <FlashNotice flash={flash} />

      <section aria-labelledby="adoptes-titre">
        <h2 id="adoptes-titre">Modèles adoptés</h2>
        {adopted.status === 'error' ? <Notice tone="error">{adopted.error.message}</Notice> : null}
        {!adopted.data && adopted.status === 'loading' ? <Loading /> : null}
        {adopted.data ? (
          adopted.data.items.length ? (
            <AdoptedTable slug={tenant.slug} items={adopted.data.items} />
          ) : (
            <p>Vous n’avez encore adopté aucun modèle : le catalogue ci-dessous en propose.</p>
          )
        ) : null}
      </section>

      <section aria-labelledby="catalogue-titre">
        <h2 id="catalogue-titre">Catalogue</h2>
        {catalogue.status === 'error' ? <Notice tone="error">{catalogue.error.message}</Notice> : null}
        {!catalogue.data && catalogue.status === 'loading' ? <Loading /> : null}
        {catalogue.data ? (
          catalogue.data.items.length ? (
            <CatalogueList items={catalogue.data.items} onAdopt={setAdopting} />
          ) : (
            <p>Le catalogue national ne contient encore aucun modèle publié.</p>
          )
        ) : null}
      </section>

      <section aria-labelledby="proposer-section-titre">
        <h2 id="proposer-section-titre">Proposer un de vos programmes</h2>
        <p>
          Un de vos programmes marche bien ? Proposez-le : la coordination nationale le relira et le publiera
          pour les autres collectivités.
        </p>
        <ProposalForm slug={tenant.slug} />
      </section>

      {adopting ? (
        <ConfirmDialog
          title={`Adopter « ${adopting.name} » ?`}
          confirmLabel={busy ? 'Adoption…' : 'Adopter ce modèle'}
          tone="primary"
          cancelLabel="Annuler"
          onConfirm={busy ? () => undefined : adopt}
          onCancel={() => setAdopting(null)}
        >
          <p>
            Un programme sera créé dans votre espace à partir de la version {adopting.latestVersion} : règles,
            critères, convention et questions du bilan. Vous pourrez ensuite le modifier à votre guise.
          </p>
          <p>Aucune personne n’est copiée : vous ajoutez vos partenaires, vos mentors et vos jeunes.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

export default function TemplatesHome() {
  return <RoleGate roles={['tenant_admin']}>{(tenant) => <Screen tenant={tenant} />}</RoleGate>;
}
