import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';

/**
 * A signing link that cannot serve: its convention withdrawn, expired or already used (409), or
 * unknown (404). The person has no account to fall back on, so the page says plainly whom to turn to.
 */
export function LinkProblem({ kind, message }: { kind: 'withdrawn' | 'used' | 'unknown'; message?: string }) {
  if (kind === 'withdrawn') {
    return (
      <div class="narrow-text">
        <PageHeading title="Cette convention a été retirée" />
        {message ? <Notice tone="info">{message}</Notice> : null}
        <p>
          Le courriel qui vous l’a annoncé en donne le motif. Pour toute question, répondez-y ou contactez la
          collectivité qui vous avait adressé la convention.
        </p>
      </div>
    );
  }
  if (kind === 'used') {
    return (
      <div class="narrow-text">
        <PageHeading title="Ce lien de signature n’est plus valable" />
        {message ? <Notice tone="info">{message}</Notice> : null}
        <p>
          Un lien de signature est valable 14 jours et ne sert qu’une fois : après une signature ou un refus,
          il ne s’ouvre plus.
        </p>
        <h2>Que faire ?</h2>
        <ul>
          <li>Si vous avez déjà signé ou refusé cette convention, vous n’avez rien d’autre à faire.</li>
          <li>
            Sinon, contactez la collectivité qui vous a adressé la convention, en répondant au courriel reçu,
            et demandez-lui un nouvel envoi.
          </li>
        </ul>
      </div>
    );
  }
  return (
    <div class="narrow-text">
      <PageHeading title="Lien de signature introuvable" />
      <p>Ce lien ne correspond à aucune convention à signer.</p>
      <h2>Que faire ?</h2>
      <ul>
        <li>
          Vérifiez que l’adresse est complète : copiée depuis un courriel, elle a pu être coupée. Le plus sûr
          est de cliquer directement sur le lien du courriel.
        </li>
        <li>
          Si le problème persiste, contactez la collectivité qui vous a adressé la convention, en répondant au
          courriel reçu.
        </li>
      </ul>
    </div>
  );
}
