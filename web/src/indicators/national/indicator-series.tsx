import { useState } from 'preact/hooks';
import { Loading, Notice } from '../../components/notice.tsx';
import { Toolbar, ToolbarSelect } from '../../components/toolbar.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { indicatorsApi } from '../api.ts';
import { type ChartSeries, LineChart } from '../components/line-chart.tsx';
import { formatPeriod, formatValue, SECRET } from '../format.ts';
import type { Indicator, Labelled, Series } from '../types.ts';

function chartSeries(series: Series): ChartSeries[] {
  const tenants = series.tenants.map((t) => {
    const byPeriod = new Map(t.points.map((p) => [p.period, p]));
    return {
      label: t.tenant.name,
      values: series.periods.map((period) => byPeriod.get(period)?.value ?? null),
      missing: series.periods.map((period) => {
        const point = byPeriod.get(period);
        if (!point) return 'non envoyé';
        return point.suppressed ? `${SECRET} (secret statistique)` : null;
      }),
    };
  });
  return [
    ...tenants,
    { label: 'Médiane nationale', values: series.median.map((m) => m.value), median: true },
  ];
}

/** One indicator (total or one category) over the months, per tenant and for the median. */
export function IndicatorSeries({ indicators, scope }: { indicators: Indicator[]; scope: Labelled }) {
  const [draft, setDraft] = useState({ indicator: 'young_people', dimension: '' });
  const [query, setQuery] = useState(draft);
  const series = useAsync(
    () => indicatorsApi.series({ ...query, scope: scope.key }),
    [query.indicator, query.dimension, scope.key],
  );
  const chosen = indicators.find((i) => i.key === draft.indicator) ?? indicators[0]!;
  const data = series.data;

  return (
    <section aria-labelledby="evolution">
      <h2 id="evolution">Évolution dans le temps</h2>
      <Toolbar onApply={() => setQuery({ ...draft })} submit="Afficher l’évolution" search={false}>
        <ToolbarSelect
          id="evolution-indicateur"
          label="Indicateur"
          value={draft.indicator}
          onValue={(indicator) => setDraft({ indicator, dimension: '' })}
          options={indicators.map((i) => ({ value: i.key, label: i.label }))}
        />
        <ToolbarSelect
          id="evolution-dimension"
          label="Détail"
          value={draft.dimension}
          onValue={(dimension) => setDraft({ ...draft, dimension })}
          options={chosen.dimensions.map((d) => ({ value: d.key, label: d.label }))}
        />
      </Toolbar>
      {series.status === 'error' ? <Notice tone="error">{series.error.message}</Notice> : null}
      {!data ? <Loading /> : null}
      {data && !data.tenants.length ? (
        <p class="empty-state" role="status">
          Aucune collectivité n’a envoyé « {data.indicator.label} » ({data.dimension.label.toLowerCase()})
          pour ce périmètre.
        </p>
      ) : null}
      {data?.tenants.length ? (
        <>
          <p class="muted">{data.indicator.description}</p>
          <LineChart
            id="evolution-graphique"
            title={`${data.indicator.label} — ${data.dimension.label}, ${data.scope.label}`}
            summary={`Évolution de ${formatPeriod(data.periods[0]!)} à ${formatPeriod(data.periods.at(-1)!)} pour ${data.tenants.length} collectivité(s) et la médiane nationale ; les valeurs figurent dans le tableau de données qui suit.`}
            periods={data.periods}
            series={chartSeries(data)}
            format={(v) => formatValue(data.indicator.unit, v)}
          />
          <p class="muted">Un mois masqué ({SECRET}) ou non envoyé interrompt la ligne de la collectivité.</p>
        </>
      ) : null}
    </section>
  );
}
