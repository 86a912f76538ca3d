import type { ApiError } from '../api/client.ts';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';

export function ServiceError({ error }: { error: ApiError }) {
  return (
    <>
      <PageHeading title="Service indisponible" />
      <Notice tone="error">
        <p>{error.message}</p>
        {error.requestId ? <p class="muted">Référence de la demande : {error.requestId}</p> : null}
      </Notice>
      <p>
        <button type="button" class="button" onClick={() => location.reload()}>
          Réessayer
        </button>
      </p>
    </>
  );
}
