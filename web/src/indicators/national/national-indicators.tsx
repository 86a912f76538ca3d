import { useState } from 'preact/hooks';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { Toolbar, ToolbarSelect } from '../../components/toolbar.tsx';
import { formatDate, plural } from '../../lib/labels.ts';
import { useSession } from '../../lib/session.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { NotFound } from '../../screens/not-found.tsx';
import { indicatorsApi } from '../api.ts';
import { SecretNote, SecretValue } from '../components/secret.tsx';
import { TableRegion } from '../components/table-region.tsx';
import { formatPeriod, formatValue } from '../format.ts';
import type { Cell, Indicator, NationalTable } from '../types.ts';
import { IndicatorSeries } from './indicator-series.tsx';

function ValueCell({ indicator, cell }: { indicator: Indicator; cell: Cell | undefined }) {
  return (
    <td class="numeric">
      {cell?.suppressed ? <SecretValue /> : formatValue(indicator.unit, cell?.value ?? null)}
    </td>
  );
}

/** The indicators shown as columns: key figures some tenant (or the median) has for this scope. */
function columnsOf(table: NationalTable): Indicator[] {
  const present = new Set(table.tenants.flatMap((t) => t.cells.map((c) => c.indicator)));
  return table.indicators.filter((i) => i.keyFigure && present.has(i.key));
}

function KeyFigures({ table }: { table: NationalTable }) {
  const columns = columnsOf(table);
  const total = (cells: Cell[], key: string) => cells.find((c) => c.indicator === key && c.dimension === '');
  const median = (key: string) => table.median.find((m) => m.indicator === key && m.dimension === '');
  const anySecret = table.tenants.some((t) =>
    t.cells.some((c) => c.suppressed && columns.some((i) => i.key === c.indicator)),
  );
  if (!columns.length) {
    return (
      <div class="empty-state">
        <p>Aucune collectivité n’a d’indicateur pour ce périmètre en {formatPeriod(table.period!)}.</p>
        <p>Choisissez un autre périmètre ou une autre période.</p>
      </div>
    );
  }
  return (
    <>
      <TableRegion label="Indicateurs clés par collectivité">
        <table class="indicator-table">
          <caption>
            Indicateurs clés — {formatPeriod(table.period!)}, {table.scope.label}
          </caption>
          <thead>
            <tr>
              <th scope="col">Collectivité</th>
              {columns.map((indicator) => (
                <th scope="col" key={indicator.key} class="numeric">
                  {indicator.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.tenants.map((row) => (
              <tr key={row.tenant.slug}>
                <th scope="row">
                  {row.tenant.name}
                  <span class="block muted">
                    {row.pushedAt
                      ? `envoyé le ${formatDate(row.pushedAt)}`
                      : 'aucun envoi pour cette période'}
                  </span>
                </th>
                {columns.map((indicator) => (
                  <ValueCell
                    key={indicator.key}
                    indicator={indicator}
                    cell={total(row.cells, indicator.key)}
                  />
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Médiane nationale</th>
              {columns.map((indicator) => {
                const m = median(indicator.key);
                return (
                  <td key={indicator.key} class="numeric">
                    {formatValue(indicator.unit, m?.value ?? null)}
                    {m?.tenants ? (
                      <span class="block muted">{plural(m.tenants, 'collectivité', 'collectivités')}</span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </TableRegion>
      <p class="muted">
        La médiane est calculée sur les valeurs diffusées : une collectivité dont la case est masquée n’y
        entre pas.
      </p>
      {anySecret ? <SecretNote /> : null}
    </>
  );
}

const pushedCount = (table: NationalTable) => table.tenants.filter((t) => t.pushedAt).length;

function Dashboard() {
  const [query, setQuery] = useState<{ period?: string; scope: string }>({ scope: 'all' });
  const [draft, setDraft] = useState<{ period?: string; scope: string }>({ scope: 'all' });
  const table = useAsync(() => indicatorsApi.national(query), [query.period, query.scope]);
  const scopes = useAsync(() => indicatorsApi.scopes(), []);
  const data = table.data;

  const apply = () => {
    setQuery({ ...draft });
  };

  return (
    <>
      <PageHeading title="Indicateurs nationaux" />
      <p class="lead">
        Les indicateurs communs que chaque collectivité calcule dans sa propre base et envoie chaque jour :
        des agrégats seulement, jamais de données personnelles. Comparez les collectivités et les programmes,
        mois après mois.
      </p>
      {table.status === 'error' ? <Notice tone="error">{table.error.message}</Notice> : null}
      {!data ? <Loading /> : null}
      {data && data.period === null ? (
        <div class="empty-state">
          <p role="status">Aucun indicateur envoyé pour l’instant.</p>
          <p>
            Chaque collectivité envoie ses indicateurs une fois par jour ; ils apparaîtront ici après son
            premier envoi.
          </p>
        </div>
      ) : null}
      {data?.period ? (
        <>
          <Toolbar onApply={apply} submit="Afficher">
            <ToolbarSelect
              id="indicateurs-periode"
              label="Période"
              value={draft.period ?? data.period}
              onValue={(period) => setDraft({ ...draft, period })}
              options={data.periods.map((p) => ({ value: p, label: formatPeriod(p) }))}
            />
            <ToolbarSelect
              id="indicateurs-perimetre"
              label="Périmètre"
              value={draft.scope}
              onValue={(scope) => setDraft({ ...draft, scope })}
              options={(
                scopes.data?.items ?? [{ key: 'all', label: 'Tous les programmes', hasData: true }]
              ).map((s) => ({ value: s.key, label: s.hasData ? s.label : `${s.label} (aucun envoi)` }))}
            />
          </Toolbar>
          <p role="status" class="result-count">
            {formatPeriod(data.period)}, {data.scope.label} : {pushedCount(data)} sur{' '}
            {plural(data.tenants.length, 'collectivité', 'collectivités')}{' '}
            {pushedCount(data) > 1 ? 'ont' : 'a'} envoyé ses indicateurs.
          </p>
          <p>
            <a
              class="button button--secondary"
              href={indicatorsApi.nationalCsvUrl({ period: data.period, scope: data.scope.key })}
              download
            >
              Exporter ce mois en CSV
            </a>{' '}
            <a class="button button--secondary" href={indicatorsApi.nationalCsvUrl({})} download>
              Exporter tout l’historique en CSV
            </a>
          </p>
          <KeyFigures table={data} />
          <IndicatorSeries indicators={data.indicators} scope={data.scope} />
        </>
      ) : null}
    </>
  );
}

export default function NationalIndicators() {
  const session = useSession();
  if (!session.data) return <Loading />;
  return session.data.isNationalAdmin ? <Dashboard /> : <NotFound />;
}
