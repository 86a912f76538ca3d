import { api } from '../api/client.ts';
import type { OutboxMail } from '../api/types.ts';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { formatDateTime, plural } from '../lib/labels.ts';
import { useAsync } from '../lib/use-async.ts';

const urlPattern = /(https?:\/\/[^\s<>"']+)/g;

/** Plain text with its URLs made clickable. The mail's HTML is never injected into the page. */
function Linkified({ text }: { text: string }) {
  const parts = text.split(urlPattern);
  return (
    <p class="mail__text">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}

function Mail({ mail }: { mail: OutboxMail }) {
  return (
    <li class="card mail">
      <h2>{mail.subject}</h2>
      <p class="muted">
        À {mail.to} · reçu le {formatDateTime(mail.createdAt)}
      </p>
      <Linkified text={mail.text} />
    </li>
  );
}

export default function DevOutbox() {
  const outbox = useAsync(() => api.outbox(), []);
  const items = outbox.data?.items ?? [];
  return (
    <>
      <PageHeading title="Boîte mail de développement" />
      <p class="lead">
        En local, Passerelle n’envoie aucun courriel : ils arrivent ici, du plus récent au plus ancien.
      </p>
      <p>
        <button type="button" class="button button--secondary" onClick={outbox.reload}>
          Actualiser
        </button>
      </p>
      {outbox.status === 'error' ? (
        <Notice tone="error">
          {outbox.error.status === 404
            ? 'La boîte mail de développement n’existe qu’en mode local.'
            : outbox.error.message}
        </Notice>
      ) : null}
      {outbox.status === 'loading' && !outbox.data ? <Loading /> : null}
      {outbox.status === 'ready' ? (
        <p role="status">
          {items.length ? plural(items.length, 'courriel', 'courriels') : 'Aucun courriel pour le moment.'}
        </p>
      ) : null}
      {items.length ? (
        <ul class="plain-list">
          {items.map((mail) => (
            <Mail key={mail.id} mail={mail} />
          ))}
        </ul>
      ) : null}
    </>
  );
}
