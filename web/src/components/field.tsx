import type { ComponentChildren, HTMLAttributes } from 'preact';

type CommonProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  value: string;
  onValue: (value: string) => void;
};

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-aide` : '', error ? `${id}-erreur` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  children: ComponentChildren;
}) {
  const { id, label, hint, error, required, children } = props;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>
        {label}
        {required ? null : <span class="optional"> (facultatif)</span>}
      </label>
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
      {children}
    </div>
  );
}

type TextFieldProps = CommonProps & {
  type?: 'text' | 'email' | 'search';
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  maxLength?: number;
  spellcheck?: boolean;
  class?: string;
};

export function TextField(props: TextFieldProps) {
  const { id, hint, error, required = false, value, onValue, type = 'text', ...rest } = props;
  return (
    <FieldFrame id={id} label={props.label} hint={hint} error={error} required={required}>
      <input
        id={id}
        name={id}
        // Preact's input types discriminate on `type`; these three share the same attributes.
        type={type as 'text'}
        value={value}
        required={required}
        autoComplete={rest.autoComplete}
        inputMode={rest.inputMode}
        maxLength={rest.maxLength}
        spellcheck={rest.spellcheck}
        class={rest.class}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </FieldFrame>
  );
}

export type Option = { value: string; label: string };

export function SelectField(props: CommonProps & { options: Option[]; disabled?: boolean }) {
  const { id, hint, error, required = false, value, onValue, options, disabled } = props;
  return (
    <FieldFrame id={id} label={props.label} hint={hint} error={error} required={required}>
      <select
        id={id}
        name={id}
        value={value}
        required={required}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => onValue(event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
