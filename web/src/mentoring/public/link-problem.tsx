import type { VNode } from 'preact';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import type { AsyncState } from '../../lib/use-async.ts';
import { ServiceError } from '../../screens/service-error.tsx';

type Props = {
  kind: 'used' | 'unknown';
  /** What the link was for: "d’autorisation", "d’accord". */
  what: string;
  message?: string | undefined;
};

/**
 * A mailed link that cannot serve: expired or already used, or unknown. The person has no account
 * to fall back on, so the page says plainly whom to turn to.
 */
export function LinkProblem({ kind, what, message }: Props) {
  return (
    <div class="narrow-text">
      <PageHeading
        title={kind === 'used' ? `Ce lien ${what} n’est plus valable` : `Lien ${what} introuvable`}
      />
      {message ? <Notice tone="info">{message}</Notice> : null}
      <p>
        {kind === 'used'
          ? 'Le lien a expiré, ou une réponse a déjà été donnée avec lui : il ne sert qu’une fois.'
          : 'Ce lien ne correspond à aucune demande en cours.'}
      </p>
      <h2>Que faire ?</h2>
      <ul>
        {kind === 'unknown' ? (
          <li>
            Vérifiez que l’adresse est complète : copiée depuis un courriel, elle a pu être coupée. Le plus
            sûr est de cliquer directement sur le lien du courriel.
          </li>
        ) : null}
        <li>
          Si vous avez besoin d’un nouveau lien, répondez au courriel reçu : la coordination du programme vous
          en enverra un.
        </li>
      </ul>
    </div>
  );
}

/**
 * What a mailed-link page shows before its request has answered: loading, the link's problem
 * (unknown, or used/expired) or a service error. Null once the request has its data.
 */
export function linkGate(loaded: AsyncState<unknown>, what: string): VNode | null {
  if (loaded.status === 'error') {
    if (loaded.error.status === 404) return <LinkProblem kind="unknown" what={what} />;
    if (loaded.error.status === 409 || loaded.error.status === 410) {
      return <LinkProblem kind="used" what={what} message={loaded.error.message} />;
    }
    return <ServiceError error={loaded.error} />;
  }
  return loaded.data === undefined ? <Loading /> : null;
}
