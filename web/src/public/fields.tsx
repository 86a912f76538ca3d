import type { ComponentChildren } from 'preact';

// Field kinds the shared components/field.tsx does not have yet, with the same markup and the
// same accessibility wiring: label, hint, error before the control, aria-describedby/invalid.

type Frame = { id: string; hint?: string | undefined; error?: string | undefined };

export function describedBy({ id, hint, error }: Frame): string | undefined {
  const ids = [hint ? `${id}-aide` : '', error ? `${id}-erreur` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: Frame) {
  return (
    <>
      {hint ? (
        <p id={`${id}-aide`} class="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-erreur`} class="field-error">
          <span class="visually-hidden">Erreur : </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

type FieldProps = Frame & {
  label: string;
  required?: boolean;
  value: string;
  onValue: (value: string) => void;
};

function Label({ id, label, required }: { id: string; label: string; required: boolean }) {
  return (
    <label for={id}>
      {label}
      {required ? null : <span class="optional"> (facultatif)</span>}
    </label>
  );
}

export function DateField(props: FieldProps & { min?: string }) {
  const { id, label, hint, error, required = false, value, onValue, min } = props;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <Label id={id} label={label} required={required} />
      <HintAndError id={id} hint={hint} error={error} />
      <input
        id={id}
        name={id}
        type="date"
        class="input--short"
        value={value}
        min={min}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
}

export function TextAreaField(props: FieldProps & { maxLength?: number; rows?: number }) {
  const { id, label, hint, error, required = false, value, onValue, maxLength, rows = 4 } = props;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <Label id={id} label={label} required={required} />
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        maxLength={maxLength}
        required={required}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </div>
  );
}

/** One checkbox whose label is the statement the person agrees to. */
export function CheckboxField(
  props: Frame & { label: ComponentChildren; checked: boolean; onChecked: (checked: boolean) => void },
) {
  const { id, hint, error, label, checked, onChecked } = props;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <HintAndError id={id} hint={hint} error={error} />
      <div class="checkbox checkbox--statement">
        <input
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          required
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(props)}
          onChange={(event) => onChecked(event.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
      </div>
    </div>
  );
}

export type RadioOption = { value: string; label: string; description?: ComponentChildren };

/**
 * A group of radio buttons in a fieldset. The group's error is referenced from every radio, so it
 * is read whichever one takes the focus; the first radio's id is `${id}` for the error summary.
 */
export function RadioGroup(
  props: Frame & {
    legend: string;
    name: string;
    options: RadioOption[];
    value: string;
    onValue: (value: string) => void;
  },
) {
  const { id, legend, name, hint, error, options, value, onValue } = props;
  return (
    <fieldset class={error ? 'field field--error radio-group' : 'field radio-group'}>
      <legend>{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${index + 1}`;
        const descriptionId = `${optionId}-description`;
        const described = [describedBy(props), option.description ? descriptionId : '']
          .filter(Boolean)
          .join(' ');
        return (
          <div class="radio" key={option.value}>
            <input
              id={optionId}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={described || undefined}
              onChange={() => onValue(option.value)}
            />
            <div>
              <label for={optionId}>{option.label}</label>
              {option.description ? (
                <div id={descriptionId} class="radio__description">
                  {option.description}
                </div>
              ) : null}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
