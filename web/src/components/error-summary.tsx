import type { Ref } from 'preact';

type Props = {
  summaryRef: Ref<HTMLDivElement>;
  errors: Record<string, string>;
  message: string | null;
  /** Field path → visible label, so the summary reads like the form. */
  labels: Record<string, string>;
  idFor: (field: string) => string;
};

export function ErrorSummary({ summaryRef, errors, message, labels, idFor }: Props) {
  const entries = Object.entries(errors);
  if (!entries.length && !message) return null;
  const focusField = (event: MouseEvent, field: string) => {
    const target = document.getElementById(idFor(field));
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <div class="error-summary" ref={summaryRef} tabIndex={-1} role="alert">
      <h2>
        {entries.length > 1
          ? `Le formulaire contient ${entries.length} erreurs`
          : entries.length === 1
            ? 'Le formulaire contient une erreur'
            : 'L’envoi n’a pas abouti'}
      </h2>
      {message ? <p>{message}</p> : null}
      {entries.length ? (
        <ul>
          {entries.map(([field, text]) => (
            <li key={field}>
              {labels[field] ? (
                <a href={`#${idFor(field)}`} onClick={(event) => focusField(event, field)}>
                  {`${labels[field]} : ${text}`}
                </a>
              ) : (
                text
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
