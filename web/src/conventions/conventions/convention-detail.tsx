import type { Tenant } from '../../api/types.ts';
import { Load } from '../../components/loaded.tsx';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { formatDateTime } from '../../lib/labels.ts';
import { Link, navigate } from '../../router.tsx';
import { hasRole, RoleGate, tenantBase } from '../access.tsx';
import { conventionsApi } from '../api.ts';
import { StatusTag } from '../components/status-tag.tsx';
import { useFlash } from '../components/use-flash.ts';
import { setFlash } from '../flash.ts';
import { commitmentLabels, commitmentUnits, formatDay } from '../labels.ts';
import type { Convention } from '../types.ts';
import { ConventionActions } from './convention-actions.tsx';
import { ConventionDocuments } from './convention-documents.tsx';
import { ConventionLedger } from './convention-ledger.tsx';
import type { ConventionSection } from './convention-list.tsx';
import { ConventionSigners } from './convention-signers.tsx';
import { ConventionTrail } from './convention-trail.tsx';

const withLedger = new Set(['active', 'expired', 'terminated']);
const endReasonLabel: Partial<Record<Convention['status'], string>> = {
  declined: 'Motif du refus',
  withdrawn: 'Motif du retrait',
};

/** The draft renewing this one: `renewedById` if the server says so, else the `renewed` event. */
function renewalOf(convention: Convention): string | null {
  if (convention.renewedById) return convention.renewedById;
  const event = convention.trail.findLast((e) => e.type === 'renewed');
  return event?.detail?.match(/cnv_[0-9a-z]+/)?.[0] ?? null;
}

function Detail({
  tenant,
  convention,
  section,
  reload,
}: {
  tenant: Tenant;
  convention: Convention;
  section: ConventionSection;
  reload: () => void;
}) {
  const isAdmin = section === 'conventions' && hasRole(tenant, 'tenant_admin');
  const base = `${tenantBase(tenant)}/${section}`;
  const flash = useFlash();
  const renewedBy = renewalOf(convention);
  const link = (id: string) => `${base}/${encodeURIComponent(id)}`;

  return (
    <>
      <p class="breadcrumb">
        <Link href={base}>
          <span aria-hidden="true">← </span>
          {isAdmin ? 'Conventions' : 'Mes conventions'}
        </Link>
      </p>
      <PageHeading title={convention.title} />
      <p class="convention-status">
        <StatusTag status={convention.status} /> <span class="muted">Réf. {convention.id}</span>
      </p>
      {flash.message ? (
        <Notice tone={flash.message.tone} noticeRef={flash.ref}>
          {flash.message.text}
        </Notice>
      ) : null}

      {convention.status === 'sent' ? (
        <p class="awaiting">
          {convention.awaiting.length
            ? `En attente de la signature de : ${convention.awaiting.join(', ')}.`
            : 'En attente des signatures.'}
        </p>
      ) : null}
      {convention.endReason ? (
        <p>
          <strong>{endReasonLabel[convention.status] ?? 'Motif de fin'} :</strong> {convention.endReason}
        </p>
      ) : null}
      {isAdmin ? (
        <ConventionActions
          tenantSlug={tenant.slug}
          convention={convention}
          base={base}
          renewed={Boolean(renewedBy)}
          onDone={(outcome, renewal) => {
            if (renewal) {
              setFlash(outcome.text);
              navigate(link(renewal.id));
              return;
            }
            flash.announce(outcome);
            reload();
          }}
        />
      ) : null}
      {!isAdmin && convention.status === 'active' ? (
        <p>
          <Link
            class="button"
            href={`${tenantBase(tenant)}/actions/nouvelle?convention=${encodeURIComponent(convention.id)}`}
          >
            Proposer une action
          </Link>
        </p>
      ) : null}

      <dl class="facts facts--grid">
        <div>
          <dt>Partenaire</dt>
          <dd>{convention.partner.name}</dd>
        </div>
        {convention.operator ? (
          <div>
            <dt>Association opératrice</dt>
            <dd>{convention.operator.name}</dd>
          </div>
        ) : null}
        <div>
          <dt>Modèle</dt>
          <dd>
            {convention.templateVersion.title}, version {convention.templateVersion.version}
          </dd>
        </div>
        <div>
          <dt>Période</dt>
          <dd>
            Du {formatDay(convention.startDate)} au {formatDay(convention.endDate)}
          </dd>
        </div>
        {convention.sentAt ? (
          <div>
            <dt>Envoyée pour signature</dt>
            <dd>{formatDateTime(convention.sentAt)}</dd>
          </div>
        ) : null}
        {convention.activatedAt ? (
          <div>
            <dt>En vigueur depuis</dt>
            <dd>{formatDateTime(convention.activatedAt)}</dd>
          </div>
        ) : null}
      </dl>

      {convention.renewalOfId || renewedBy ? (
        <ul class="renewals">
          {convention.renewalOfId ? (
            <li>
              Renouvelle la convention{' '}
              <Link href={link(convention.renewalOfId)}>{convention.renewalOfId}</Link>
            </li>
          ) : null}
          {renewedBy ? (
            <li>
              Renouvelée par la convention <Link href={link(renewedBy)}>{renewedBy}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}

      <h2>Engagements annuels</h2>
      <ul>
        {convention.commitments.map((c) => (
          <li key={c.type}>
            {commitmentLabels[c.type] ?? c.type} :{' '}
            <strong>{c.quantityPerYear.toLocaleString('fr-FR')}</strong> {commitmentUnits[c.type] ?? ''} par
            an{c.note ? ` (${c.note})` : ''}
          </li>
        ))}
      </ul>

      <h2>Signataires</h2>
      <ConventionSigners convention={convention} />

      <h2>Documents</h2>
      <ConventionDocuments tenantSlug={tenant.slug} convention={convention} />

      <h2>Suivi des engagements</h2>
      {withLedger.has(convention.status) ? (
        <ConventionLedger tenantSlug={tenant.slug} convention={convention} canRecord={isAdmin} />
      ) : convention.status === 'withdrawn' ? (
        <p>Retirée avant d’être signée : elle n’engage personne et aucun engagement n’est suivi.</p>
      ) : (
        <p>Le suivi commence quand la convention entre en vigueur, une fois signée par toutes les parties.</p>
      )}

      {isAdmin ? (
        <>
          <h2>Journal de signature</h2>
          <ConventionTrail convention={convention} />
        </>
      ) : null}
    </>
  );
}

export default function ConventionDetail({ id, section }: { id: string; section: ConventionSection }) {
  return (
    <RoleGate roles={section === 'conventions' ? ['tenant_admin'] : ['partner_referent']}>
      {(tenant) => (
        <Load
          load={() => conventionsApi.convention(tenant.slug, id)}
          deps={[tenant.slug, id]}
          title="Convention"
        >
          {(convention, reload) => (
            <Detail tenant={tenant} convention={convention} section={section} reload={reload} />
          )}
        </Load>
      )}
    </RoleGate>
  );
}
