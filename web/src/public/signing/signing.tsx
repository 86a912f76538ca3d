import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { type FieldErrors, useForm } from '../../lib/use-form.ts';
import { Link } from '../../router.tsx';
import { ServiceError } from '../../screens/service-error.tsx';
import { publicApi } from '../api.ts';
import { CheckboxField } from '../fields.tsx';
import { TenantBanner } from '../tenant-banner.tsx';
import type { Signing, SignResult } from '../types.ts';
import { LinkProblem } from './link-problem.tsx';
import { SigningDecline } from './signing-decline.tsx';
import { SigningDetails } from './signing-details.tsx';

type Outcome = { kind: 'signed'; result: SignResult } | { kind: 'declined' } | null;

const consentLabels = { consent: 'Accord' };

function SignedCopy({ href }: { href: string }) {
  return (
    <p>
      <a href={href} type="application/pdf" class="document-link">
        Télécharger la convention signée, avec son certificat de signature (PDF)
      </a>
    </p>
  );
}

/** A signer back on a link already used: their answer, and the signed copy once it exists. */
function AlreadyAnswered({ slug, token, signing }: { slug: string; token: string; signing: Signing }) {
  const { convention, signer } = signing;
  return (
    <>
      <TenantBanner tenant={{ name: convention.tenantName, brandColor: null }} />
      <PageHeading
        title={
          signer.status === 'signed'
            ? 'Vous avez signé cette convention'
            : 'Vous avez refusé cette convention'
        }
      />
      <p>« {convention.title} »</p>
      {signing.finalAvailable ? (
        <SignedCopy href={publicApi.finalUrl(slug, token)} />
      ) : signer.status === 'signed' ? (
        <p>
          D’autres signatures sont attendues : le document signé sera disponible ici quand toutes les parties
          auront signé.
        </p>
      ) : null}
    </>
  );
}

function SigningOutcome({
  outcome,
  signing,
  finalUrl,
}: {
  outcome: Exclude<Outcome, null>;
  signing: Signing;
  finalUrl: string;
}) {
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => noticeRef.current?.focus(), []);
  const { convention, signer } = signing;
  if (outcome.kind === 'declined') {
    return (
      <>
        <PageHeading title="Convention refusée" />
        <Notice tone="info" noticeRef={noticeRef}>
          <p>
            <strong>Votre refus de signer « {convention.title} » est enregistré.</strong>
          </p>
          <p>
            Il a été transmis à {convention.tenantName} avec votre motif. Ce lien de signature ne sert plus.
          </p>
        </Notice>
      </>
    );
  }
  return (
    <>
      <PageHeading title="Convention signée" />
      <Notice tone="success" noticeRef={noticeRef}>
        <p>
          <strong>
            Merci {signer.name}, votre signature de « {convention.title} » est enregistrée.
          </strong>
        </p>
        <p>
          {outcome.result.finalAvailable
            ? 'Toutes les parties ont signé : la convention est désormais en vigueur.'
            : 'D’autres signatures sont attendues : la convention entrera en vigueur quand toutes les parties auront signé.'}
        </p>
      </Notice>
      {outcome.result.finalAvailable ? <SignedCopy href={finalUrl} /> : null}
      <p>Vous avez signé le document dont l’empreinte SHA-256 est :</p>
      <pre class="fingerprint">
        <code>{signing.documentSha256}</code>
      </pre>
      <p>
        Pour contrôler plus tard l’authenticité d’un exemplaire, utilisez la page{' '}
        <Link href="/verifier">Vérifier un document</Link>.
      </p>
    </>
  );
}

function SigningPage({ slug, token, signing }: { slug: string; token: string; signing: Signing }) {
  const form = useForm({ consent: '' });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [declining, setDeclining] = useState(false);
  const declineRef = useRef<HTMLButtonElement>(null);
  const { convention, signer } = signing;

  if (outcome) {
    return (
      <>
        <TenantBanner tenant={{ name: convention.tenantName, brandColor: null }} />
        <SigningOutcome outcome={outcome} signing={signing} finalUrl={publicApi.finalUrl(slug, token)} />
      </>
    );
  }

  const sign = (event: Event) => {
    event.preventDefault();
    if (form.submitting) return;
    return form.submit(
      (): FieldErrors =>
        form.values.consent ? {} : { consent: 'Cochez la case pour confirmer votre accord.' },
      async () => {
        const result = await publicApi.sign(slug, token, {
          consent: true,
          documentSha256: signing.documentSha256,
        });
        setOutcome({ kind: 'signed', result });
      },
    );
  };

  return (
    <>
      <TenantBanner tenant={{ name: convention.tenantName, brandColor: null }} />
      <PageHeading title={`Signer la convention « ${convention.title} »`}>
        Signature de la convention
      </PageHeading>
      <p class="lead">
        Bonjour {signer.name}, {convention.tenantName} vous invite à lire puis signer la convention «{' '}
        {convention.title} ».
      </p>
      <SigningDetails signing={signing} documentUrl={publicApi.documentUrl(slug, token)} />

      {declining ? (
        <SigningDecline
          slug={slug}
          token={token}
          tenantName={convention.tenantName}
          onDeclined={() => setOutcome({ kind: 'declined' })}
          onCancel={() => {
            setDeclining(false);
            requestAnimationFrame(() => declineRef.current?.focus());
          }}
        />
      ) : (
        <form class="card" noValidate onSubmit={sign} aria-labelledby="signature-titre">
          <h2 id="signature-titre">Votre signature</h2>
          <p>
            Vous signez en tant que <strong>{signer.label}</strong> :{' '}
            {[signer.name, signer.title].filter(Boolean).join(', ')}.
          </p>
          <ErrorSummary
            summaryRef={form.summaryRef}
            errors={form.errors}
            message={form.message}
            labels={consentLabels}
            idFor={(field) => `signature-${field}`}
          />
          <CheckboxField
            id="signature-consent"
            label={signing.consentText}
            checked={form.values.consent === 'oui'}
            onChecked={(checked) => form.set('consent')(checked ? 'oui' : '')}
            error={form.errors.consent}
          />
          <div class="actions">
            <button type="submit" class="button" aria-disabled={form.submitting ? 'true' : undefined}>
              Signer la convention
            </button>
            <button
              type="button"
              class="button button--secondary"
              ref={declineRef}
              onClick={() => setDeclining(true)}
            >
              Refuser de signer
            </button>
          </div>
        </form>
      )}
    </>
  );
}

export default function SigningScreen({ tenant, token }: { tenant: string; token: string }) {
  const signing = useAsync(() => publicApi.signing(tenant, token), [tenant, token]);
  if (signing.status === 'error') {
    if (signing.error.status === 404) return <LinkProblem kind="unknown" />;
    if (signing.error.status === 409) {
      // One 409 for every link that cannot serve; the server's message says which (see signing-links.ts).
      const kind = /retirée/.test(signing.error.message) ? 'withdrawn' : 'used';
      return <LinkProblem kind={kind} message={signing.error.message} />;
    }
    return <ServiceError error={signing.error} />;
  }
  if (!signing.data) return <Loading />;
  if (signing.data.signer.status !== 'pending')
    return <AlreadyAnswered slug={tenant} token={token} signing={signing.data} />;
  return <SigningPage slug={tenant} token={token} signing={signing.data} />;
}
