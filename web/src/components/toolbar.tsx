import type { ComponentChildren } from 'preact';
import type { Option } from './field.tsx';

type ToolbarProps = {
  /** Called on submit, with the browser's own submission prevented. */
  onApply: () => void;
  /** The button that applies the choices. */
  submit: string;
  /** A search landmark around the form (a list's search); off for a chart's or a table's own choices. */
  search?: boolean;
  children: ComponentChildren;
};

/** The search and filter controls above a list or a chart, on one line, applied by one button. */
export function Toolbar({ onApply, submit, search = true, children }: ToolbarProps) {
  const form = (
    <form
      class="toolbar"
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
    >
      {children}
      <button type="submit" class="button button--secondary">
        {submit}
      </button>
    </form>
  );
  return search ? <search>{form}</search> : form;
}

type ControlProps = { id: string; label: string; value: string; onValue: (value: string) => void };

/** A search box of a toolbar: a plain label, since a search is never required. */
export function SearchBox({ id, label, value, onValue }: ControlProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="search" value={value} onInput={(event) => onValue(event.currentTarget.value)} />
    </div>
  );
}

export function ToolbarSelect({ id, label, value, onValue, options }: ControlProps & { options: Option[] }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onValue(event.currentTarget.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
