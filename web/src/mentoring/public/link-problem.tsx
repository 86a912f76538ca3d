import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';

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
