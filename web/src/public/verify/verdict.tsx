import { useEffect, useRef } from 'preact/hooks';
import { formatDate } from '../../lib/labels.ts';
import { conventionStatusLabel } from '../labels.ts';
import type { Verification } from '../types.ts';

const headings = {
  authentic: 'Document authentique',
  altered: 'Document modifié',
  unknown: 'Document inconnu',
} as const;

// A mark in the heading besides the colour, so the verdict never rests on colour alone.
const marks = { authentic: '✓', altered: '✗', unknown: '?' } as const;

function Facts({ result }: { result: Verification }) {
  const { convention } = result;
  return (
    <dl class="summary-list">
      {convention ? (
        <>
          <div>
            <dt>Convention</dt>
            <dd>{convention.title}</dd>
          </div>
          <div>
            <dt>Référence</dt>
            <dd>{convention.reference}</dd>
          </div>
          <div>
            <dt>Collectivité</dt>
            <dd>{convention.tenantName}</dd>
          </div>
          <div>
            <dt>Partenaire</dt>
            <dd>{convention.partnerName}</dd>
          </div>
          {result.verdict === 'authentic' ? (
            <>
              <div>
                <dt>Statut de la convention</dt>
                <dd>{conventionStatusLabel(convention.status)}</dd>
              </div>
              {convention.signedAt ? (
                <div>
                  <dt>Signée le</dt>
                  <dd>{formatDate(convention.signedAt)}</dd>
                </div>
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
      <div>
        <dt>Empreinte SHA-256 {result.verdict === 'altered' ? 'du fichier vérifié' : ''}</dt>
        <dd>
          <code class="fingerprint fingerprint--inline">{result.sha256}</code>
        </dd>
      </div>
    </dl>
  );
}

/** The answer of the verification, read from its heading, which takes the focus. */
export function Verdict({ result }: { result: Verification }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [result]);
  const { verdict, convention } = result;
  return (
    <section class={`verdict verdict--${verdict}`} aria-labelledby="verdict-titre">
      <h2 id="verdict-titre" ref={headingRef} tabIndex={-1}>
        <span class="verdict__mark" aria-hidden="true">
          {marks[verdict]}
        </span>
        {headings[verdict]}
      </h2>
      {verdict === 'authentic' ? (
        <p>
          <strong>
            {result.kind === 'final'
              ? 'Il s’agit du document signé avec certificat : la convention et la page qui atteste ses signatures.'
              : 'Il s’agit du document envoyé pour signature, tel qu’il a été présenté aux signataires.'}
          </strong>{' '}
          Il n’a pas été modifié depuis son émission par Passerelle.
        </p>
      ) : null}
      {verdict === 'altered' ? (
        <>
          <p>
            <strong>
              Ce fichier se présente comme la convention « {convention?.title ?? 'inconnue'} »
              {convention ? ` (référence ${convention.reference})` : ''}, mais il a été modifié.
            </strong>{' '}
            Son empreinte ne correspond à aucun des documents de cette convention.
          </p>
          <p>
            Ne vous fiez pas à son contenu.
            {convention ? ` Demandez l’original à ${convention.tenantName}.` : ''}
          </p>
        </>
      ) : null}
      {verdict === 'unknown' ? (
        <>
          <p>Aucune convention émise par Passerelle ne correspond à ce document.</p>
          <p>
            Vérifiez que vous avez choisi le bon fichier ou copié l’empreinte en entier. Un document inconnu
            n’est pas forcément faux, mais Passerelle ne peut pas en garantir l’origine.
          </p>
        </>
      ) : null}
      <Facts result={result} />
    </section>
  );
}
