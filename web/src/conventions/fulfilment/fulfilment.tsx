import { useState } from 'preact/hooks';
import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Link } from '../../router.tsx';
import { RoleGate, tenantBase } from '../access.tsx';
import { conventionsApi } from '../api.ts';
import { FulfilmentValue } from '../components/fulfilment-bar.tsx';
import { commitmentLabels } from '../labels.ts';
import type { FulfilmentItem } from '../types.ts';

// Lagging partners first: they are the ones the coordination needs to call.
const byRate = (a: FulfilmentItem, b: FulfilmentItem) => (a.fulfilment ?? 2) - (b.fulfilment ?? 2);
const pageSize = 20;

function FulfilmentScreen({ tenant }: { tenant: Tenant }) {
  const base = tenantBase(tenant);
  const data = useAsync(() => conventionsApi.fulfilment(tenant.slug), [tenant.slug]);
  const items = [...(data.data?.items ?? [])].sort(byRate);
  const [page, setPage] = useState(1);
  const shown = items.slice((page - 1) * pageSize, page * pageSize);

  return (
    <>
      <PageHeading title="Suivi des engagements" />
      <p class="lead">
        Pour chaque convention active, ce que le partenaire a promis pour l’année de convention en cours et ce
        qu’il a réalisé.
      </p>
      <p>
        <a class="button button--secondary" href={conventionsApi.fulfilmentCsvUrl(tenant.slug)} download>
          Exporter en CSV
        </a>
      </p>
      {data.status === 'error' ? <Notice tone="error">{data.error.message}</Notice> : null}
      {data.status === 'loading' && !data.data ? <Loading /> : null}
      {data.data && !items.length ? (
        <div class="empty-state">
          <p role="status">Aucune convention active pour le moment.</p>
          <p>
            Les engagements apparaissent ici dès qu’une convention est signée par toutes les parties.{' '}
            <Link href={`${base}/conventions`}>Voir les conventions</Link>
          </p>
        </div>
      ) : null}
      {items.length ? (
        <>
          <p role="status" class="result-count">
            {plural(items.length, 'convention active', 'conventions actives')}
          </p>
          <div class="table-wrap">
            <table class="dashboard">
              <caption>
                Engagements de l’année de convention en cours, du taux de réalisation le plus bas au plus haut
              </caption>
              <thead>
                <tr>
                  <th scope="col">Partenaire</th>
                  <th scope="col">Taux de réalisation</th>
                  <th scope="col">Réalisé sur promis, par engagement</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((item) => (
                  <tr key={item.convention.id}>
                    <th scope="row">
                      {item.convention.partner.name}
                      <span class="block">
                        <Link href={`${base}/conventions/${encodeURIComponent(item.convention.id)}`}>
                          {item.convention.title}
                        </Link>
                      </span>
                    </th>
                    <td>
                      <FulfilmentValue ratio={item.fulfilment} />
                    </td>
                    <td>
                      <ul class="plain-list by-type">
                        {item.byType.map((t) => (
                          <li key={t.type}>
                            {commitmentLabels[t.type] ?? t.type} :{' '}
                            <strong>
                              {t.delivered.toLocaleString('fr-FR')} sur {t.promised.toLocaleString('fr-FR')}
                            </strong>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={page}
            pageSize={pageSize}
            total={items.length}
            onPage={setPage}
            label="Pages du suivi des engagements"
          />
        </>
      ) : null}
    </>
  );
}

export default function Fulfilment() {
  return <RoleGate roles={['tenant_admin']}>{(tenant) => <FulfilmentScreen tenant={tenant} />}</RoleGate>;
}
