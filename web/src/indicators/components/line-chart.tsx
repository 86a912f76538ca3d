import { formatPeriod } from '../format.ts';
import { TableRegion } from './table-region.tsx';

export type ChartSeries = {
  label: string;
  /** One value per period; null where the cell is hidden or was not pushed. */
  values: (number | null)[];
  /** Written next to a missing point in the data table: "< 5", "non envoyé". */
  missing?: (string | null)[];
  median?: boolean;
};

// Each tenant keeps its colour, dash and marker: the lines differ by more than colour alone.
// Every colour reaches 3:1 on white (graphics, WCAG 1.4.11).
const COLOURS = ['#1d4ed8', '#b42318', '#05603a', '#6d28d9', '#9a3412', '#0e7490', '#be185d'];
const DASHES = ['', '6 3', '2 3', '10 4 2 4'];
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;

const W = 640;
const H = 260;
const PAD = { top: 16, right: 40, bottom: 36, left: 72 };

/** A tidy upper bound for the axis: 1, 2 or 5 times a power of ten. */
function niceMax(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].find((m) => m * power >= max) ?? 10) * power;
}

function Marker({
  kind,
  x,
  y,
  colour,
}: {
  kind: (typeof MARKERS)[number];
  x: number;
  y: number;
  colour: string;
}) {
  if (kind === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} fill={colour} />;
  if (kind === 'triangle')
    return <path d={`M${x} ${y - 5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z`} fill={colour} />;
  if (kind === 'diamond')
    return <path d={`M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z`} fill={colour} />;
  return <circle cx={x} cy={y} r={4} fill={colour} />;
}

const styleOf = (index: number, median?: boolean) =>
  median
    ? { colour: '#1f2328', dash: '4 4', marker: 'circle' as const, width: 3 }
    : {
        colour: COLOURS[index % COLOURS.length]!,
        dash: DASHES[index % DASHES.length]!,
        marker: MARKERS[index % MARKERS.length]!,
        width: 2,
      };

/**
 * A line chart as an inline SVG with a title and a summary for screen readers, a legend in
 * HTML, and the same figures in a data table: the table is the accessible form of the chart.
 */
export function LineChart({
  id,
  title,
  summary,
  periods,
  series,
  format,
}: {
  id: string;
  title: string;
  summary: string;
  periods: string[];
  series: ChartSeries[];
  format: (value: number | null) => string;
}) {
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const top = niceMax(Math.max(0, ...values));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (periods.length > 1 ? (i * plotW) / (periods.length - 1) : plotW / 2);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);

  return (
    <figure class="line-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="line-chart__caption">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        class="line-chart__svg"
        focusable="false"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} class="line-chart__grid" />
            <text x={PAD.left - 8} y={y(tick) + 4} text-anchor="end" class="line-chart__label">
              {format(tick)}
            </text>
          </g>
        ))}
        {periods.map((period, i) => (
          <text key={period} x={x(i)} y={H - 12} text-anchor="middle" class="line-chart__label">
            {formatPeriod(period, true)}
          </text>
        ))}
        {series.map((s, index) => {
          const style = styleOf(index, s.median);
          // A hidden or missing month breaks the line rather than joining across it.
          const segments: string[][] = [[]];
          s.values.forEach((v, i) => {
            if (v === null) segments.push([]);
            else segments.at(-1)!.push(`${x(i)},${y(v)}`);
          });
          return (
            <g key={s.label}>
              {segments
                .filter((points) => points.length > 1)
                .map((points) => (
                  <polyline
                    key={points[0]}
                    points={points.join(' ')}
                    fill="none"
                    stroke={style.colour}
                    stroke-width={style.width}
                    stroke-dasharray={style.dash || undefined}
                  />
                ))}
              {s.values.map((v, i) =>
                v === null ? null : (
                  <Marker key={periods[i]} kind={style.marker} x={x(i)} y={y(v)} colour={style.colour} />
                ),
              )}
            </g>
          );
        })}
      </svg>
      <ul class="line-chart__legend" aria-label="Légende">
        {series.map((s, index) => {
          const style = styleOf(index, s.median);
          return (
            <li key={s.label}>
              <svg width="36" height="12" aria-hidden="true" focusable="false">
                <line
                  x1="2"
                  x2="34"
                  y1="6"
                  y2="6"
                  stroke={style.colour}
                  stroke-width={style.width}
                  stroke-dasharray={style.dash || undefined}
                />
                <Marker kind={style.marker} x={18} y={6} colour={style.colour} />
              </svg>
              {s.label}
            </li>
          );
        })}
      </ul>
      <details class="line-chart__data">
        <summary>Voir les données du graphique</summary>
        <TableRegion label="Données du graphique">
          <table>
            <caption class="visually-hidden">{title} : données</caption>
            <thead>
              <tr>
                <th scope="col">Collectivité</th>
                {periods.map((period) => (
                  <th scope="col" key={period} class="numeric">
                    {formatPeriod(period)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((s) => (
                <tr key={s.label}>
                  <th scope="row">{s.label}</th>
                  {s.values.map((v, i) => (
                    <td key={periods[i]} class="numeric">
                      {v === null ? (s.missing?.[i] ?? '—') : format(v)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </details>
    </figure>
  );
}
