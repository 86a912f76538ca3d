/** The share of the allowance used, in words first; the bar only repeats it for the eye. */
export function HoursValue({ allowanceHours, usedMinutes }: { allowanceHours: number; usedMinutes: number }) {
  if (allowanceHours <= 0) return <span class="muted">Pas d’enveloppe</span>;
  const ratio = usedMinutes / (allowanceHours * 60);
  const percent = Math.round(ratio * 100);
  return (
    <span class="fulfilment">
      <span class="fulfilment__text">
        {percent.toLocaleString('fr-FR')}&nbsp;%{ratio > 1 ? ' (dépassé)' : ''}
      </span>
      <span class="fulfilment__bar" aria-hidden="true">
        <span class={ratio >= 0.9 ? 'is-low' : undefined} style={{ width: `${Math.min(1, ratio) * 100}%` }} />
      </span>
    </span>
  );
}
