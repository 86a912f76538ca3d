import { describedBy, FieldMessages } from '../../conventions/components/fields.tsx';

type Props = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  checked: boolean;
  onChecked: (checked: boolean) => void;
};

/** One yes/no box whose label says what ticking it means. */
export function Checkbox({ id, label, hint, error, checked, onChecked }: Props) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <div class="checkbox">
        <input
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => onChecked(event.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
