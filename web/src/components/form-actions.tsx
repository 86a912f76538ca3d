type Props = {
  submit: string;
  submitting: boolean;
  /** A form that cannot be sent yet (what it needs is still loading). */
  disabled?: boolean;
  onCancel?: () => void;
  cancel?: string;
};

/** The buttons at the foot of a form: send, and leave without sending. */
export function FormActions({ submit, submitting, disabled = false, onCancel, cancel = 'Annuler' }: Props) {
  return (
    <div class="actions">
      <button type="submit" class="button" disabled={submitting || disabled}>
        {submit}
      </button>
      {onCancel ? (
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {cancel}
        </button>
      ) : null}
    </div>
  );
}
