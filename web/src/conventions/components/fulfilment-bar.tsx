import { formatPercent } from '../labels.ts';

/** The rate in words first; the bar only repeats it for the eye, capped at 100 %. */
export function FulfilmentValue({ ratio }: { ratio: number | null }) {
  if (ratio === null) return <span class="muted">Rien de promis</span>;
  const width = Math.max(0, Math.min(1, ratio)) * 100;
  return (
    <span class="fulfilment">
      <span class="fulfilment__text">{formatPercent(ratio)}</span>
      <span class="fulfilment__bar" aria-hidden="true">
        <span
          class={ratio >= 1 ? 'is-done' : ratio < 0.5 ? 'is-low' : undefined}
          style={{ width: `${width}%` }}
        />
      </span>
    </span>
  );
}
