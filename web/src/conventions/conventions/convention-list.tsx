import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { RoleGate, tenantBase } from '../access.tsx';
import { conventionsApi } from '../api.ts';
import { useFlash } from '../components/use-flash.ts';
import { conventionStatusLabels } from '../labels.ts';
import type { ConventionStatus } from '../types.ts';
import { type ConventionFilters, ConventionFiltersForm } from './convention-filters.tsx';
import { ConventionTable } from './convention-table.tsx';

const pageSize = 20;

/** `/conventions` for the admin, `/mes-conventions` for a partner: the server filters the latter. */
export type ConventionSection = 'conventions' | 'mes-conventions';

function ConventionsScreen({ tenant, section }: { tenant: Tenant; section: ConventionSection }) {
  const { query } = useLocation();
  const base = `${tenantBase(tenant)}/${section}`;
  const isAdmin = section === 'conventions';
  const status = query.get('statut') ?? '';
  const filters: ConventionFilters = {
    status: status in conventionStatusLabels ? status : '',
    q: query.get('q') ?? '',
  };
  const page = Math.max(1, Number(query.get('page')) || 1);
  const flash = useFlash();

  // Filters live in the address, so "back" from a convention returns to the same list. They
  // replace the entry rather than add one: the back button leaves the list, not each filter.
  const go = (next: ConventionFilters, nextPage = 1) => {
    const params = new URLSearchParams();
    if (next.status) params.set('statut', next.status);
    if (next.q) params.set('q', next.q);
    if (nextPage > 1) params.set('page', String(nextPage));
    const search = params.toString();
    navigate(search ? `${base}?${search}` : base, { replace: true });
  };

  const apiQuery = {
    status: (filters.status || undefined) as ConventionStatus | undefined,
    q: filters.q || undefined,
  };
  const list = useAsync(
    () => conventionsApi.conventions(tenant.slug, { ...apiQuery, page, pageSize }),
    [tenant.slug, filters.status, filters.q, page],
  );
  const filtered = Boolean(filters.status || filters.q);

  return (
    <>
      <PageHeading title={isAdmin ? 'Conventions' : 'Mes conventions'} />
      <p class="lead">
        {isAdmin
          ? `Les conventions de partenariat de ${tenant.name} : de la rédaction à la signature, puis au suivi des engagements.`
          : 'Les conventions de votre organisation avec la collectivité, leurs documents signés et le suivi de vos engagements.'}
      </p>
      {flash.message ? (
        <Notice tone={flash.message.tone} noticeRef={flash.ref}>
          {flash.message.text}
        </Notice>
      ) : null}
      {isAdmin ? (
        <p class="actions actions--top">
          <Link href={`${base}/nouvelle`} class="button">
            Nouvelle convention
          </Link>
          <a
            class="button button--secondary"
            href={conventionsApi.conventionsCsvUrl(tenant.slug, apiQuery)}
            download
          >
            Exporter en CSV
            {filtered ? <span class="visually-hidden"> (avec les filtres choisis)</span> : null}
          </a>
        </p>
      ) : null}

      <ConventionFiltersForm
        value={filters}
        onChange={(next) => go(next)}
        hidden={isAdmin ? [] : ['draft', 'withdrawn']}
      />

      {list.status === 'error' ? <Notice tone="error">{list.error.message}</Notice> : null}
      {list.status === 'loading' && !list.data ? <Loading /> : null}
      {list.data ? (
        <>
          <p role="status" class="result-count">
            {list.data.total
              ? plural(list.data.total, 'convention', 'conventions')
              : filtered
                ? 'Aucune convention ne correspond à ces critères.'
                : 'Aucune convention pour le moment.'}
          </p>
          {!list.data.total && filtered ? (
            <p>
              <button type="button" class="link-button" onClick={() => go({ status: '', q: '' })}>
                Effacer la recherche et les filtres
              </button>
            </p>
          ) : null}
          {list.data.items.length ? (
            <ConventionTable
              items={list.data.items}
              detailBase={base}
              caption={isAdmin ? 'Conventions' : 'Mes conventions'}
              showPartner={isAdmin}
            />
          ) : null}
          <Pagination
            label="Pages des conventions"
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(next) => go(filters, next)}
          />
        </>
      ) : null}
    </>
  );
}

export default function Conventions({ section }: { section: ConventionSection }) {
  return (
    <RoleGate roles={section === 'conventions' ? ['tenant_admin'] : ['partner_referent']}>
      {(tenant) => <ConventionsScreen tenant={tenant} section={section} />}
    </RoleGate>
  );
}
