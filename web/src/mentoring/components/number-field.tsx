import { describedBy, FieldMessages } from '../../conventions/components/fields.tsx';

type Props = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  value: string;
  onValue: (value: string) => void;
  min: number;
  max: number;
  step?: number;
  /** Shown after the box ("km", "heures"), and read with the label. */
  unit?: string;
};

/** A bounded number (a weight from 0 to 10, a distance): the spin buttons and arrow keys help here. */
export function NumberField(props: Props) {
  const { id, label, hint, error, required = false, value, onValue, min, max, step = 1, unit } = props;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>
        {label}
        {unit ? <span class="visually-hidden"> (en {unit})</span> : null}
        {required ? null : <span class="optional"> (facultatif)</span>}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <span class="number-field">
        <input
          id={id}
          name={id}
          type="number"
          class="input--number"
          min={min}
          max={max}
          step={step}
          value={value}
          required={required}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
        {unit ? (
          <span class="number-field__unit" aria-hidden="true">
            {unit}
          </span>
        ) : null}
      </span>
    </div>
  );
}

/** The number typed in a box, or null when it is not one within bounds (French comma allowed). */
export function parseBounded(value: string, min: number, max: number, integer = true): number | null {
  const text = value.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  if (integer && !Number.isInteger(n)) return null;
  return n >= min && n <= max ? n : null;
}
