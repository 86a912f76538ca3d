import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import type { Tenant } from '../../api/types.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Load } from '../../components/loaded.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { Link } from '../../router.tsx';
import { hasRole, RoleGate, tenantBase } from '../access.tsx';
import { conventionsApi } from '../api.ts';
import { FlashNotice } from '../components/flash-notice.tsx';
import { useFlash } from '../components/use-flash.ts';
import {
  formatDay,
  partnerEventKindLabels,
  partnerEventStatusLabels,
  schoolLevelLabels,
  todayIso,
} from '../labels.ts';
import type { OrganizationRef, PartnerEventDetail } from '../types.ts';
import { AttendanceForm } from './attendance-form.tsx';
import { RegistrationForm } from './registration-form.tsx';

/**
 * Not in the contract yet: the organizations the caller acts for, on GET /api/t/:tenant. Without
 * it a school referent is offered the directory's schools and the server refuses the others.
 */
type TenantWithOrganizations = Tenant & { organizations?: (OrganizationRef & { kind?: string })[] };

async function schoolsFor(tenant: Tenant): Promise<OrganizationRef[]> {
  const own = (tenant as TenantWithOrganizations).organizations;
  if (!hasRole(tenant, 'tenant_admin') && own) return own.filter((o) => !o.kind || o.kind === 'school');
  const page = await conventionsApi.organizations(tenant.slug, { kind: 'school', pageSize: 100 });
  return page.items.map(({ id, name }) => ({ id, name }));
}

function EventDetail({
  tenant,
  event,
  reload,
}: {
  tenant: Tenant;
  event: PartnerEventDetail;
  reload: () => void;
}) {
  const base = `${tenantBase(tenant)}/actions`;
  const flash = useFlash();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const manages = hasRole(tenant, 'tenant_admin', 'partner_referent');
  const registers = hasRole(tenant, 'tenant_admin', 'school_referent');
  const scheduled = event.status === 'scheduled';
  const full = event.registeredCount >= event.capacity;
  const section = hasRole(tenant, 'tenant_admin')
    ? 'conventions'
    : hasRole(tenant, 'partner_referent')
      ? 'mes-conventions'
      : null;
  const conventionHref = section
    ? `${tenantBase(tenant)}/${section}/${encodeURIComponent(event.conventionId)}`
    : null;
  const schools = useAsync(
    () => (registers && scheduled ? schoolsFor(tenant) : Promise.resolve([])),
    [tenant.slug],
  );
  const done = (text: string) => {
    flash.announce({ tone: 'success', text });
    reload();
  };

  const cancel = async () => {
    setConfirmCancel(false);
    try {
      await conventionsApi.cancelEvent(tenant.slug, event.id);
      done('L’action est annulée.');
    } catch (error) {
      flash.announce({ tone: 'error', text: (error as ApiError).message });
    }
  };

  return (
    <>
      <p class="breadcrumb">
        <Link href={base}>
          <span aria-hidden="true">← </span>Actions partenaires
        </Link>
      </p>
      <PageHeading title={event.title} />
      <p>
        <span class={`tag tag--event-${event.status}`}>
          {partnerEventStatusLabels[event.status] ?? event.status}
        </span>
      </p>
      <FlashNotice flash={flash} />
      <dl class="facts facts--grid">
        <div>
          <dt>Type</dt>
          <dd>{partnerEventKindLabels[event.kind] ?? event.kind}</dd>
        </div>
        <div>
          <dt>Partenaire</dt>
          <dd>
            {conventionHref ? (
              <Link href={conventionHref}>
                {event.organization.name}
                <span class="visually-hidden"> : voir la convention</span>
              </Link>
            ) : (
              event.organization.name
            )}
          </dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{formatDay(event.date)}</dd>
        </div>
        <div>
          <dt>Lieu</dt>
          <dd>{event.place}</dd>
        </div>
        <div>
          <dt>Places</dt>
          <dd>
            {event.registeredCount} inscrit{event.registeredCount > 1 ? 's' : ''} sur {event.capacity}
          </dd>
        </div>
        <div>
          <dt>Niveaux</dt>
          <dd>{event.audienceLevels.map((l) => schoolLevelLabels[l] ?? l).join(', ')}</dd>
        </div>
      </dl>

      <h2>Élèves inscrits</h2>
      {event.registrations.length ? (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Élèves inscrits</caption>
            <thead>
              <tr>
                <th scope="col">Prénom</th>
                <th scope="col">Niveau</th>
                <th scope="col">Établissement</th>
                {event.status === 'held' ? <th scope="col">Présence</th> : null}
              </tr>
            </thead>
            <tbody>
              {event.registrations.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.firstName}</th>
                  <td>{schoolLevelLabels[r.level] ?? r.level}</td>
                  <td>{r.school.name}</td>
                  {event.status === 'held' ? <td>{r.attended ? 'Présent·e' : 'Absent·e'}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>
          Aucun élève inscrit{hasRole(tenant, 'school_referent') ? ' de votre établissement' : ''} pour le
          moment.
        </p>
      )}

      {registers && scheduled ? (
        full ? (
          <p>L’action est complète : {event.capacity} places, toutes prises.</p>
        ) : schools.data ? (
          <RegistrationForm
            tenantSlug={tenant.slug}
            event={event}
            schools={schools.data}
            forAdmin={hasRole(tenant, 'tenant_admin')}
            onSaved={done}
          />
        ) : schools.status === 'error' ? (
          <Notice tone="error">{schools.error.message}</Notice>
        ) : (
          <Loading />
        )
      ) : null}

      {manages && scheduled ? (
        <>
          <h2>Après l’action</h2>
          {!event.registrations.length ? (
            // The API records attendance per registration and refuses an empty list.
            <p>
              Aucun élève n’est inscrit : l’action pourra être marquée comme tenue une fois des élèves
              inscrits.
            </p>
          ) : event.date <= todayIso() ? (
            <AttendanceForm tenantSlug={tenant.slug} event={event} onSaved={done} />
          ) : (
            <p>
              Vous pourrez la marquer comme tenue, avec les présences, à partir du {formatDay(event.date)}.
            </p>
          )}
          <p>
            <button type="button" class="button button--secondary" onClick={() => setConfirmCancel(true)}>
              Annuler l’action
            </button>
          </p>
        </>
      ) : null}
      {confirmCancel ? (
        <ConfirmDialog
          title={`Annuler « ${event.title} » ?`}
          confirmLabel="Annuler l’action"
          cancelLabel="Garder l’action"
          onConfirm={cancel}
          onCancel={() => setConfirmCancel(false)}
        >
          <p>
            L’action ne sera plus proposée aux établissements et ne comptera pas pour les engagements de la
            convention.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

export default function EventDetailScreen({ id }: { id: string }) {
  return (
    <RoleGate roles={['tenant_admin', 'partner_referent', 'school_referent']}>
      {(tenant) => (
        <Load
          load={() => conventionsApi.event(tenant.slug, id)}
          deps={[tenant.slug, id]}
          title="Action partenaire"
        >
          {(event, reload) => <EventDetail tenant={tenant} event={event} reload={reload} />}
        </Load>
      )}
    </RoleGate>
  );
}
