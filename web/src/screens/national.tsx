import { useRef, useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { NationalTenant } from '../api/types.ts';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PagedResults } from '../components/paged-results.tsx';
import { SearchBox, Toolbar } from '../components/toolbar.tsx';
import { brandStyle } from '../lib/contrast.ts';
import { formatDate, plural, tenantKindLabels } from '../lib/labels.ts';
import { useAsync } from '../lib/use-async.ts';
import { Link } from '../router.tsx';
import { OnboardTenantForm } from './onboard-tenant-form.tsx';

const pageSize = 20;

const statusLabels: Record<string, string> = {
  active: 'Active',
  provisioning: 'En cours de création',
  suspended: 'Suspendue',
  failed: 'Création échouée',
};

function TenantRow({ tenant }: { tenant: NationalTenant }) {
  return (
    <tr>
      <th scope="row">
        {tenant.name}
        <span class="muted block">{tenant.slug}</span>
      </th>
      <td>{tenantKindLabels[tenant.kind] ?? tenant.kind}</td>
      <td>{tenant.code}</td>
      <td>{statusLabels[tenant.status] ?? tenant.status}</td>
      <td>{tenant.schemaVersion ?? '—'}</td>
      <td>
        {tenant.brandColor ? (
          <span class="swatch" style={brandStyle(tenant.brandColor)}>
            {tenant.brandColor}
          </span>
        ) : (
          '—'
        )}
      </td>
      <td>{formatDate(tenant.createdAt)}</td>
    </tr>
  );
}

export default function National() {
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useAsync(() => api.nationalTenants({ q, page, pageSize }), [q, page]);
  const [created, setCreated] = useState<{ name: string; email: string } | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);

  const search = () => {
    setQ(draft.trim());
    setPage(1);
  };

  return (
    <>
      <PageHeading title="Coordination nationale" />
      <p class="lead">Les collectivités qui utilisent Passerelle, et l’accueil de nouvelles collectivités.</p>

      <section aria-labelledby="collectivites">
        <h2 id="collectivites">Collectivités</h2>
        <Toolbar onApply={search} submit="Rechercher">
          <SearchBox
            id="recherche-collectivite"
            label="Rechercher une collectivité"
            value={draft}
            onValue={setDraft}
          />
        </Toolbar>
        <PagedResults
          state={list}
          count={(total) =>
            total
              ? plural(total, 'collectivité', 'collectivités')
              : q
                ? `Aucune collectivité ne correspond à « ${q} ».`
                : 'Aucune collectivité pour le moment.'
          }
          pagesLabel="Pages des collectivités"
          onPage={setPage}
        >
          {(items, shown) => (
            <div class="table-wrap">
              <table>
                <caption class="visually-hidden">Collectivités, page {shown}</caption>
                <thead>
                  <tr>
                    <th scope="col">Nom</th>
                    <th scope="col">Type</th>
                    <th scope="col">Code</th>
                    <th scope="col">Statut</th>
                    <th scope="col">Version du schéma</th>
                    <th scope="col">Couleur</th>
                    <th scope="col">Créée le</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((tenant) => (
                    <TenantRow key={tenant.slug} tenant={tenant} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </PagedResults>
      </section>

      <section aria-labelledby="accueillir">
        <h2 id="accueillir">Accueillir une collectivité</h2>
        <p>
          <Link href="/national/accueil-region">
            Accueillir une collectivité avec des modèles de programmes
          </Link>{' '}
          (voir aussi les <Link href="/national/modeles">modèles de programmes</Link>).
        </p>
        {created ? (
          <Notice tone="success" noticeRef={createdRef}>
            La collectivité « {created.name} » est créée. Une invitation a été envoyée à {created.email}.
          </Notice>
        ) : null}
        <OnboardTenantForm
          onCreated={(tenant, email) => {
            setCreated({ name: tenant.name, email });
            list.reload();
            requestAnimationFrame(() => createdRef.current?.focus());
          }}
        />
      </section>
    </>
  );
}
