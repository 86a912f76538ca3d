import type { Tenant } from '../../api/types.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { PagedResults } from '../../components/paged-results.tsx';
import { plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { Link, navigate, useLocation } from '../../router.tsx';
import { hasRole, RoleGate, tenantBase } from '../access.tsx';
import { conventionsApi } from '../api.ts';
import { FlashNotice } from '../components/flash-notice.tsx';
import { useFlash } from '../components/use-flash.ts';
import { formatDay, partnerEventKindLabels, schoolLevelLabels, todayIso } from '../labels.ts';
import type { PartnerEventStatus } from '../types.ts';

const pageSize = 20;

type View = { value: string; label: string; status: PartnerEventStatus; upcoming?: boolean };
const views: View[] = [
  { value: 'a-venir', label: 'À venir', status: 'scheduled', upcoming: true },
  { value: 'tenues', label: 'Tenues', status: 'held' },
  { value: 'annulees', label: 'Annulées', status: 'cancelled' },
];

function EventsScreen({ tenant }: { tenant: Tenant }) {
  const base = `${tenantBase(tenant)}/actions`;
  const { query } = useLocation();
  const manages = hasRole(tenant, 'tenant_admin', 'partner_referent');
  // School referents only ever see scheduled and held actions.
  const offered = manages ? views : views.slice(0, 2);
  const view = offered.find((v) => v.value === query.get('vue')) ?? offered[0]!;
  const page = Math.max(1, Number(query.get('page')) || 1);
  const flash = useFlash();
  const list = useAsync(
    () =>
      conventionsApi.events(tenant.slug, {
        status: view.status,
        from: view.upcoming ? todayIso() : undefined,
        page,
        pageSize,
      }),
    [tenant.slug, view.value, page],
  );
  const go = (value: string, nextPage = 1) =>
    navigate(`${base}?vue=${value}${nextPage > 1 ? `&page=${nextPage}` : ''}`, { replace: true });

  return (
    <>
      <PageHeading title="Actions partenaires" />
      <p class="lead">
        Visites de sites, journées de découverte des métiers et rencontres inspirantes proposées par les
        partenaires.
        {hasRole(tenant, 'school_referent') ? ' Inscrivez-y les élèves de votre établissement.' : ''}
      </p>
      <FlashNotice flash={flash} />
      {manages ? (
        <p>
          <Link href={`${base}/nouvelle`} class="button">
            {hasRole(tenant, 'tenant_admin') ? 'Nouvelle action' : 'Proposer une action'}
          </Link>
        </p>
      ) : null}

      <fieldset class="segmented">
        <legend>Afficher les actions</legend>
        <div class="segmented__options">
          {offered.map((v) => (
            <div key={v.value} class="segmented__option">
              <input
                id={`vue-${v.value}`}
                type="radio"
                name="vue"
                checked={v.value === view.value}
                onChange={() => go(v.value)}
              />
              <label for={`vue-${v.value}`}>{v.label}</label>
            </div>
          ))}
        </div>
      </fieldset>

      <PagedResults
        state={list}
        count={(total) =>
          total ? plural(total, 'action', 'actions') : `Aucune action ${view.label.toLowerCase()}.`
        }
        countClass="result-count"
        pagesLabel="Pages des actions"
        onPage={(next) => go(view.value, next)}
      >
        {(items) => (
          <div class="table-wrap">
            <table>
              <caption class="visually-hidden">Actions {view.label.toLowerCase()}</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Action</th>
                  <th scope="col">Partenaire</th>
                  <th scope="col">Lieu</th>
                  <th scope="col">Inscrits</th>
                  <th scope="col">Niveaux</th>
                </tr>
              </thead>
              <tbody>
                {items.map((event) => (
                  <tr key={event.id}>
                    <td class="nowrap">{formatDay(event.date)}</td>
                    <th scope="row">
                      <Link href={`${base}/${encodeURIComponent(event.id)}`}>{event.title}</Link>
                      <span class="muted block">{partnerEventKindLabels[event.kind] ?? event.kind}</span>
                    </th>
                    <td>{event.organization.name}</td>
                    <td>{event.place}</td>
                    <td class="nowrap">
                      {event.registeredCount} sur {event.capacity}
                    </td>
                    <td>{event.audienceLevels.map((l) => schoolLevelLabels[l] ?? l).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedResults>
    </>
  );
}

export default function Events() {
  return (
    <RoleGate roles={['tenant_admin', 'partner_referent', 'school_referent']}>
      {(tenant) => <EventsScreen tenant={tenant} />}
    </RoleGate>
  );
}
