import type { ComponentChildren } from 'preact';

const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * A form shown on demand under its opener: opening moves the focus to the form's heading,
 * "Fermer le formulaire" puts it back on the opener, so a keyboard user never loses their place.
 */
export function FormDisclosure(props: {
  open: boolean;
  onOpen: (open: boolean) => void;
  openerId: string;
  formTitleId: string;
  openLabel: ComponentChildren;
  /** Runs before opening (e.g. to clear the previous result). */
  onOpening?: () => void;
  children: ComponentChildren;
}) {
  if (!props.open) {
    return (
      <p>
        <button
          type="button"
          class="button"
          id={props.openerId}
          onClick={() => {
            props.onOpening?.();
            props.onOpen(true);
            focus(props.formTitleId);
          }}
        >
          {props.openLabel}
        </button>
      </p>
    );
  }
  return (
    <>
      {props.children}
      <p>
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            props.onOpen(false);
            focus(props.openerId);
          }}
        >
          Fermer le formulaire
        </button>
      </p>
    </>
  );
}
