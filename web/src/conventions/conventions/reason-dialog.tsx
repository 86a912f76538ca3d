import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { describedBy } from '../components/fields.tsx';

type Props = {
  /** The text area's id. */
  id: string;
  title: string;
  confirmLabel: string;
  label: string;
  hint: string;
  /** Said when the reason is left empty. */
  required: string;
  maxLength: number;
  children: ComponentChildren;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
};

/** A confirmation that asks why (terminating, withdrawing): the reason goes to the trail. */
export function ReasonDialog(props: Props) {
  const { id } = props;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (!reason.trim()) {
      setError(props.required);
      document.getElementById(id)?.focus();
      return;
    }
    props.onConfirm(reason.trim());
  };

  return (
    <ConfirmDialog
      title={props.title}
      confirmLabel={props.confirmLabel}
      onConfirm={confirm}
      onCancel={props.onCancel}
    >
      {props.children}
      <div class={error ? 'field field--error' : 'field'}>
        <label for={id}>{props.label}</label>
        <p id={`${id}-aide`} class="hint">
          {props.hint}
        </p>
        {error ? (
          <p id={`${id}-erreur`} class="field-error">
            <span class="visually-hidden">Erreur : </span>
            {error}
          </p>
        ) : null}
        <textarea
          id={id}
          rows={3}
          maxLength={props.maxLength}
          value={reason}
          required
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, 'aide', error ?? undefined)}
          onInput={(event) => setReason(event.currentTarget.value)}
        />
      </div>
    </ConfirmDialog>
  );
}
