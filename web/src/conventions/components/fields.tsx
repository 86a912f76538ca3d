import type { ComponentChildren } from 'preact';

// Fields the shared components/field.tsx does not offer (text areas, dates, numbers, groups), with
// the same markup: label, hint, error before the control, aria-describedby and aria-invalid.

export function describedBy(id: string, hint?: string | undefined, error?: string | undefined) {
  const ids = [hint ? `${id}-aide` : '', error ? `${id}-erreur` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
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

type FrameProps = {
  id: string;
  label: ComponentChildren;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  children: ComponentChildren;
};

function Frame({ id, label, hint, error, required, children }: FrameProps) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>
        {label}
        {required ? null : <span class="optional"> (facultatif)</span>}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

type InputProps = {
  id: string;
  label: ComponentChildren;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  value: string;
  onValue: (value: string) => void;
  kind?: 'text' | 'email' | 'date' | 'integer';
  autoComplete?: string;
  maxLength?: number;
  class?: string;
  min?: string;
};

/** A one-line input; `integer` is a text box with a numeric keyboard, kinder than type=number. */
export function InputField(props: InputProps) {
  const { id, hint, error, required = false, value, onValue, kind = 'text' } = props;
  const numeric = kind === 'integer';
  return (
    <Frame id={id} label={props.label} hint={hint} error={error} required={required}>
      <input
        id={id}
        name={id}
        type={(numeric ? 'text' : kind) as 'text'}
        inputMode={numeric ? 'numeric' : undefined}
        pattern={numeric ? '[0-9]*' : undefined}
        value={value}
        required={required}
        min={props.min}
        autoComplete={props.autoComplete}
        maxLength={props.maxLength}
        spellcheck={kind === 'text' ? undefined : false}
        class={props.class ?? (numeric || kind === 'date' ? 'input--short' : undefined)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </Frame>
  );
}

type TextAreaProps = Omit<InputProps, 'kind' | 'autoComplete' | 'min'> & { rows?: number };

export function TextAreaField(props: TextAreaProps) {
  const { id, hint, error, required = false, value, onValue, rows = 6 } = props;
  return (
    <Frame id={id} label={props.label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        required={required}
        maxLength={props.maxLength}
        class={props.class}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </Frame>
  );
}

type Choice = { value: string; label: string };
/** A box of a group: its label may carry markup (a muted detail). */
type GroupOption = { value: string; label: ComponentChildren };

type GroupProps = {
  /** The group's id: a summary link lands on its first box. */
  id: string;
  legend: ComponentChildren;
  hint?: string | undefined;
  error?: string | undefined;
  options: GroupOption[];
  inline?: boolean;
};

function Group({
  id,
  legend,
  hint,
  error,
  inline,
  children,
}: Omit<GroupProps, 'options'> & { children: ComponentChildren }) {
  return (
    <fieldset
      class={`choices${inline ? ' choices--inline' : ''}${error ? ' field--error' : ''}`}
      aria-describedby={describedBy(`${id}-groupe`, hint, error)}
    >
      <legend>{legend}</legend>
      <FieldMessages id={`${id}-groupe`} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}

/** Several boxes under one legend; the first box carries the group's id. */
export function CheckboxGroup(
  props: GroupProps & { values: readonly string[]; onValues: (values: string[]) => void },
) {
  const { id, options, values, onValues, error } = props;
  const toggle = (value: string, checked: boolean) =>
    onValues(options.map((o) => o.value).filter((v) => (v === value ? checked : values.includes(v))));
  return (
    <Group {...props}>
      {options.map((option, index) => {
        const boxId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div class="checkbox" key={option.value}>
            <input
              id={boxId}
              type="checkbox"
              name={id}
              value={option.value}
              checked={values.includes(option.value)}
              aria-invalid={error ? 'true' : undefined}
              onChange={(event) => toggle(option.value, event.currentTarget.checked)}
            />
            <label for={boxId}>{option.label}</label>
          </div>
        );
      })}
    </Group>
  );
}

export function RadioGroup(props: GroupProps & { value: string; onValue: (value: string) => void }) {
  const { id, options, value, onValue, error } = props;
  return (
    <Group {...props}>
      {options.map((option, index) => {
        const boxId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div class="checkbox" key={option.value}>
            <input
              id={boxId}
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? 'true' : undefined}
              onChange={() => onValue(option.value)}
            />
            <label for={boxId}>{option.label}</label>
          </div>
        );
      })}
    </Group>
  );
}

export const choices = (labels: Record<string, string>, only?: readonly string[]): Choice[] =>
  Object.entries(labels)
    .filter(([value]) => !only || only.includes(value))
    .map(([value, label]) => ({ value, label }));
