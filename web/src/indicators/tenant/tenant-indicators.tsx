import { useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import type { Tenant } from '../../api/types.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { Toolbar, ToolbarSelect } from '../../components/toolbar.tsx';
import { RoleGate } from '../../conventions/access.tsx';
import { formatDateTime, plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { indicatorsApi } from '../api.ts';
import { SecretNote } from '../components/secret.tsx';
import { TableRegion } from '../components/table-region.tsx';
import { formatPeriod, formatValue } from '../format.ts';
import type { Indicator, PushSummary, SuppressionReason, TenantCell, TenantIndicators } from '../types.ts';

const REASONS: Record<SuppressionReason, string> = {
  small: 'Masquée : moins de 5 personnes',
  complement: 'Masquée : moins de 5 personnes de l’autre côté de la part',
  secondary: 'Masquée : permettrait de retrouver une case masquée',
};

function Diffusion({ cell }: { cell: TenantCell }) {
  if (!cell.reason && cell.value === null) return <span class="tag tag--muted">Sans donnée</span>;
  if (!cell.reason) return <span class="tag">Diffusée</span>;
  return <span class="tag tag--secret">{REASONS[cell.reason]}</span>;
}

function FiguresTable({ view, scope }: { view: TenantIndicators; scope: { key: string; label: string } }) {
  const cells = view.cells.filter((c) => c.scope === scope.key);
  const rows = view.indicators.flatMap((indicator) =>
    cells.filter((c) => c.indicator === indicator.key).map((cell) => ({ indicator, cell })),
  );
  const label = (indicator: Indicator, dimension: string) =>
    indicator.dimensions.find((d) => d.key === dimension)?.label ?? dimension;
  return (
    <TableRegion label="Vos indicateurs">
      <table class="indicator-table">
        <caption>
          {scope.label} — vos chiffres de {formatPeriod(view.period)}
          {view.medianPeriod ? ` et la médiane nationale de ${formatPeriod(view.medianPeriod)}` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            <th scope="col" class="numeric">
              Votre valeur
            </th>
            <th scope="col">Au niveau national</th>
            <th scope="col" class="numeric">
              Médiane nationale
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ indicator, cell }) => (
            <tr
              key={`${cell.indicator}-${cell.dimension}`}
              class={cell.dimension ? 'indicator-table__detail' : ''}
            >
              <th scope="row">{cell.dimension ? label(indicator, cell.dimension) : indicator.label}</th>
              <td class="numeric">
                {formatValue(indicator.unit, cell.value)}
                {indicator.unit !== 'count' && cell.value !== null ? (
                  <span class="block muted">
                    {indicator.subject === 'people'
                      ? `sur ${plural(cell.base, 'personne', 'personnes')}`
                      : ''}
                  </span>
                ) : null}
              </td>
              <td>
                <Diffusion cell={cell} />
              </td>
              <td class="numeric">
                {cell.median?.tenants ? (
                  <>
                    {formatValue(indicator.unit, cell.median.value)}
                    <span class="block muted">
                      {plural(cell.median.tenants, 'collectivité', 'collectivités')}
                    </span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function PushPanel({
  tenant,
  view,
  onPushed,
}: {
  tenant: Tenant;
  view: TenantIndicators;
  onPushed: () => void;
}) {
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: PushSummary } | { error: ApiError } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const push = async () => {
    setSending(true);
    try {
      setOutcome({ ok: await indicatorsApi.push(tenant.slug) });
      onPushed();
    } catch (error) {
      setOutcome({ error: error as ApiError });
    } finally {
      setSending(false);
      requestAnimationFrame(() => noticeRef.current?.focus());
    }
  };
  return (
    <section aria-labelledby="envoi" class="card">
      <h2 id="envoi">Envoi au niveau national</h2>
      {view.lastPush ? (
        <p>
          Dernier envoi le {formatDateTime(view.lastPush.pushedAt)}, pour {formatPeriod(view.lastPush.period)}{' '}
          : {plural(view.lastPush.cells, 'case', 'cases')}, dont {view.lastPush.suppressedCells} masquée
          {view.lastPush.suppressedCells > 1 ? 's' : ''} par le secret statistique.
        </p>
      ) : (
        <p>Aucun indicateur envoyé pour l’instant.</p>
      )}
      <p class="muted">
        Vos indicateurs sont envoyés automatiquement une fois par jour. Seuls des agrégats partent : aucun
        nom, aucune date de naissance, aucune adresse.
      </p>
      {outcome && 'ok' in outcome ? (
        <Notice tone="success" noticeRef={noticeRef}>
          Indicateurs de {formatPeriod(outcome.ok.period)} envoyés :{' '}
          {plural(outcome.ok.cells, 'case', 'cases')}, dont {outcome.ok.suppressedCells} masquée
          {outcome.ok.suppressedCells > 1 ? 's' : ''} par le secret statistique.
        </Notice>
      ) : null}
      {outcome && 'error' in outcome ? (
        <Notice tone="error" noticeRef={noticeRef}>
          L’envoi a échoué : {outcome.error.message}
        </Notice>
      ) : null}
      <button type="button" class="button" onClick={push} disabled={sending} aria-disabled={sending}>
        {sending ? 'Envoi en cours…' : 'Envoyer les indicateurs maintenant'}
      </button>
    </section>
  );
}

function TenantIndicatorsScreen({ tenant }: { tenant: Tenant }) {
  const view = useAsync(() => indicatorsApi.tenant(tenant.slug), [tenant.slug]);
  const [scope, setScope] = useState('all');
  const [draft, setDraft] = useState('all');
  const data = view.data;
  const current = data?.scopes.find((s) => s.key === scope) ?? data?.scopes[0];
  const anySecret = data?.cells.some((c) => c.scope === current?.key && c.suppressed);

  return (
    <>
      <PageHeading title="Indicateurs" />
      <p class="lead">
        Les indicateurs communs de {tenant.name}, calculés dans votre propre base, face à la médiane des
        collectivités. Vous voyez tous vos chiffres ; le niveau national ne reçoit que les cases d’au moins 5
        personnes.
      </p>
      {view.status === 'error' ? <Notice tone="error">{view.error.message}</Notice> : null}
      {!data ? <Loading /> : null}
      {data ? (
        <>
          <PushPanel tenant={tenant} view={data} onPushed={view.reload} />
          <p>
            <a class="button button--secondary" href={indicatorsApi.tenantCsvUrl(tenant.slug)} download>
              Exporter en CSV
            </a>
          </p>
          {data.scopes.length > 1 ? (
            <Toolbar onApply={() => setScope(draft)} submit="Afficher" search={false}>
              <ToolbarSelect
                id="indicateurs-perimetre"
                label="Périmètre"
                value={draft}
                onValue={setDraft}
                options={data.scopes.map((s) => ({ value: s.key, label: s.label }))}
              />
            </Toolbar>
          ) : null}
          {current ? <FiguresTable view={data} scope={current} /> : null}
          {data.medianPeriod ? null : (
            <p class="muted">
              Aucune collectivité n’a encore envoyé d’indicateurs : pas de médiane nationale.
            </p>
          )}
          {anySecret ? <SecretNote /> : null}
        </>
      ) : null}
    </>
  );
}

export default function TenantIndicatorsPage() {
  return (
    <RoleGate roles={['tenant_admin']}>{(tenant) => <TenantIndicatorsScreen tenant={tenant} />}</RoleGate>
  );
}
