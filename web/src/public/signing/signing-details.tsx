import { Link } from '../../router.tsx';
import { describeCommitment, formatDay, signerStatusLabels } from '../labels.ts';
import type { Signing } from '../types.ts';

/** What is being signed: the convention's terms, who signs it, and the exact document. */
export function SigningDetails({ signing, documentUrl }: { signing: Signing; documentUrl: string }) {
  const { convention, signer } = signing;
  const isMe = (s: { label: string; name: string }) => s.label === signer.label && s.name === signer.name;
  return (
    <>
      <h2>La convention</h2>
      <dl class="summary-list">
        <div>
          <dt>Intitulé</dt>
          <dd>{convention.title}</dd>
        </div>
        <div>
          <dt>Collectivité</dt>
          <dd>{convention.tenantName}</dd>
        </div>
        <div>
          <dt>Partenaire</dt>
          <dd>{convention.partnerName}</dd>
        </div>
        <div>
          <dt>Durée</dt>
          <dd>
            Du {formatDay(convention.startDate)} au {formatDay(convention.endDate)}
          </dd>
        </div>
        <div>
          <dt>Engagements du partenaire</dt>
          <dd>
            {convention.commitments.length ? (
              <ul>
                {convention.commitments.map((commitment) => (
                  <li key={commitment.type}>
                    {describeCommitment(commitment.type, commitment.quantityPerYear)}
                    {commitment.note ? ` (${commitment.note})` : null}
                  </li>
                ))}
              </ul>
            ) : (
              'Aucun'
            )}
          </dd>
        </div>
      </dl>

      <h2>Signataires</h2>
      <ol class="signers">
        {convention.signers.map((s) => (
          <li key={`${s.label}-${s.name}`}>
            <span>
              <strong>{s.label}</strong> : {s.name}
              {isMe(s) ? ' (vous)' : null}
            </span>{' '}
            <span class={`tag tag--${s.status}`}>{signerStatusLabels[s.status] ?? s.status}</span>
          </li>
        ))}
      </ol>

      <h2>Le document à signer</h2>
      <p>Lisez la convention complète avant de la signer.</p>
      <p>
        <a href={documentUrl} type="application/pdf" class="document-link">
          Lire la convention « {convention.title} » (PDF)
        </a>
      </p>
      <h3>Empreinte SHA-256 du document</h3>
      <pre class="fingerprint">
        <code>{signing.documentSha256}</code>
      </pre>
      <p class="hint">
        Cette empreinte identifie ce document de façon unique : la moindre modification du fichier la
        changerait. Vous pourrez la contrôler à tout moment sur la page{' '}
        <Link href="/verifier">Vérifier un document</Link>.
      </p>
    </>
  );
}
