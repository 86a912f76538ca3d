import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { Link } from '../../router.tsx';
import { replicationApi } from '../api.ts';
import { NationalGate } from '../components/national-gate.tsx';
import { PolledScreen } from '../components/polled-screen.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { stepStatusLabels } from '../labels.ts';
import type { Onboarding, StepStatus } from '../types.ts';

const signs: Record<StepStatus, string> = { pending: '○', running: '…', done: '✓', failed: '✗' };

function summary(onboarding: Onboarding, name: string): string {
  if (onboarding.status === 'ready') return `${name} est prête.`;
  if (onboarding.status === 'failed') return `L’accueil de ${name} s’est arrêté sur une erreur.`;
  const current = onboarding.steps.find((step) => step.status === 'running');
  return current ? `En cours : ${current.label}.` : 'En cours.';
}

function Progress({ onboarding, reload }: { onboarding: Onboarding; reload: () => void }) {
  const [retrying, setRetrying] = useState(false);
  const [retryError, setRetryError] = useState<string | null>(null);
  const onRetry = async () => {
    setRetrying(true);
    setRetryError(null);
    try {
      await replicationApi.retryOnboarding(onboarding.id);
      reload();
    } catch (error) {
      setRetryError((error as ApiError).message);
    } finally {
      setRetrying(false);
    }
  };
  const name = onboarding.tenant?.name ?? onboarding.slug;
  const done = onboarding.steps.filter((step) => step.status === 'done').length;
  return (
    <>
      <p class="breadcrumb">
        <Link href="/national">Coordination nationale</Link>
      </p>
      <PageHeading title={`Accueil de ${name}`} />
      <ProgressBar
        id="accueil-progression"
        label="Étapes"
        value={done}
        max={onboarding.steps.length}
        valueText={`${done} étape${done > 1 ? 's' : ''} sur ${onboarding.steps.length}`}
        summary={summary(onboarding, name)}
      />
      <ol class="steps">
        {onboarding.steps.map((step) => (
          <li key={step.key} class={`steps__item steps__item--${step.status}`}>
            <span class="steps__sign" aria-hidden="true">
              {signs[step.status]}
            </span>
            <span class="steps__label">{step.label}</span>
            <span class="steps__status">{stepStatusLabels[step.status]}</span>
            {step.detail ? <span class="steps__detail">{step.detail}</span> : null}
          </li>
        ))}
      </ol>
      {onboarding.status === 'ready' ? (
        <Notice tone="success">
          <p>
            <strong>Prête :</strong> l’espace de {name} est créé et la personne qui coordonne a reçu son
            invitation.
          </p>
          <p>
            Adresse de l’espace, où elle se connecte :{' '}
            <Link href={`/t/${encodeURIComponent(onboarding.tenant?.slug ?? onboarding.slug)}`}>
              espace de {name}
            </Link>
            .
          </p>
          <p>
            <Link href="/national">Revenir aux collectivités</Link>
          </p>
        </Notice>
      ) : null}
      {onboarding.status === 'failed' ? (
        <Notice tone="error">
          <p>{onboarding.error ?? 'Une étape a échoué.'}</p>
          <p>Les étapes faites le restent : l’accueil reprend à l’étape en échec.</p>
          {retryError ? <p>{retryError}</p> : null}
          <p>
            <button type="button" class="button" onClick={onRetry} disabled={retrying}>
              Reprendre l’accueil
            </button>
          </p>
        </Notice>
      ) : null}
    </>
  );
}

export default function OnboardingProgress({ id }: { id: string }) {
  return (
    <NationalGate>
      {() => (
        <PolledScreen
          load={() => replicationApi.onboarding(id)}
          deps={[id]}
          keepPolling={(data) => data.status === 'running'}
          title="Accueil d’une collectivité"
        >
          {(onboarding, reload) => <Progress onboarding={onboarding} reload={reload} />}
        </PolledScreen>
      )}
    </NationalGate>
  );
}
