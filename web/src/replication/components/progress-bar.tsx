type Props = { id: string; label: string; value: number; max: number; valueText: string; summary: string };

/**
 * A progress bar people read as a number too: the bar is drawn, and `aria-valuetext` plus the
 * visible text say "2 sur 3". The summary below is a live region: one sentence, read out only
 * when the count or the state changes.
 */
export function ProgressBar({ id, label, value, max, valueText, summary }: Props) {
  const percent = max > 0 ? Math.round((Math.min(value, max) / max) * 100) : 0;
  return (
    <>
      <div class="progress">
        <p id={`${id}-libelle`} class="progress__label">
          {label}
        </p>
        <div
          id={id}
          class="progress__track"
          role="progressbar"
          aria-labelledby={`${id}-libelle`}
          aria-valuemin={0}
          aria-valuemax={max}
          aria-valuenow={value}
          aria-valuetext={valueText}
        >
          <div class="progress__bar" style={{ width: `${percent}%` }} />
        </div>
        <p class="progress__text" aria-hidden="true">
          {valueText} ({percent} %)
        </p>
      </div>
      <p role="status" class="progress__summary">
        {summary}
      </p>
    </>
  );
}
