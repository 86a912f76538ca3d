import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

type Props = {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  cancelLabel?: string;
  /** `danger` (the default) for what destroys or cannot be undone; `primary` for a plain go-ahead. */
  tone?: 'danger' | 'primary';
};

/**
 * A modal confirmation on the native <dialog>: the browser traps the focus, Escape cancels, and
 * closing gives the focus back to the button that opened it.
 */
export function ConfirmDialog(props: Props) {
  const {
    title,
    children,
    confirmLabel,
    onConfirm,
    onCancel,
    cancelLabel = 'Ne rien changer',
    tone = 'danger',
  } = props;
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="dialog-titre"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="dialog-titre">{title}</h2>
      {children}
      <div class="actions">
        <button
          type="button"
          class={tone === 'danger' ? 'button button--danger' : 'button'}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel} autofocus>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
