import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { formatDate } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { mentoringApi } from '../api.ts';
import type { LatestMatchRun, MatchRun, PairView } from '../types.ts';
import { ProposalCard, pairTitle } from './proposal-card.tsx';
import type { SectionProps } from './section-props.ts';

const methodLabels: Record<MatchRun['run']['method'], string> = {
  exact: 'exacte : la meilleure répartition possible',
  greedy: 'approchée : binôme par binôme, du meilleur score au moins bon',
};

function RunSummary({ run, count }: { run: MatchRun['run']; count: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [run.id]);
  return (
    <div class="run-summary" ref={ref} tabIndex={-1} role="status">
      <p>
        <strong>
          Appariement terminé : {count} binôme{count > 1 ? 's' : ''} proposé{count > 1 ? 's' : ''}.
        </strong>
      </p>
      <ul>
        <li>Méthode {methodLabels[run.method] ?? run.method}.</li>
        <li>Durée du calcul : {run.elapsedMs.toLocaleString('fr-FR')} ms.</li>
      </ul>
      {run.timedOut ? (
        <div class="notice notice--warning">
          <p>
            <strong>Attention : le calcul a atteint sa limite de temps.</strong>
          </p>
          <p>
            Les propositions sont valables mais peut-être pas les meilleures possibles. Relisez-les une à une,
            verrouillez les bonnes puis relancez l’appariement : il ira plus vite avec moins de binômes à
            calculer.
          </p>
        </div>
      ) : null}
    </div>
  );
}

function Unmatched({ run }: { run: Pick<MatchRun, 'unmatchedYoungPeople' | 'unmatchedMentors'> }) {
  if (!run.unmatchedYoungPeople.length && !run.unmatchedMentors.length) return null;
  return (
    <>
      <h3>Sans proposition</h3>
      {run.unmatchedYoungPeople.length ? (
        <>
          <h4>Jeunes</h4>
          <ul class="unmatched">
            {run.unmatchedYoungPeople.map((p) => (
              <li key={p.id}>
                <strong>{p.firstName}</strong> : {p.reasons.join(' ; ') || 'aucun mentor compatible'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {run.unmatchedMentors.length ? (
        <>
          <h4>Mentors</h4>
          <ul class="unmatched">
            {run.unmatchedMentors.map((m) => (
              <li key={m.id}>
                <strong>{m.name}</strong> : {m.reasons.join(' ; ') || 'aucun jeune compatible'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function LastRun({ latest }: { latest: LatestMatchRun }) {
  const { run, proposals } = latest;
  return (
    <div class="run-summary">
      <p>
        Dernier appariement le {formatDate(run.createdAt)}, méthode {methodLabels[run.method] ?? run.method} :{' '}
        {proposals} binôme{proposals > 1 ? 's' : ''} proposé{proposals > 1 ? 's' : ''}.
      </p>
      {run.timedOut ? (
        <p class="notice notice--warning">
          Ce calcul avait atteint sa limite de temps : relisez les propositions une à une.
        </p>
      ) : null}
    </div>
  );
}

/** Runs the matching engine and lets the coordinator keep, release or reject each proposal. */
export function MatchingSection({ tenantSlug, program, onChanged }: SectionProps) {
  const current = useAsync(
    () => mentoringApi.pairs(tenantSlug, program.id, 'proposed'),
    [tenantSlug, program.id],
  );
  const last = useAsync(() => mentoringApi.latestMatchRun(tenantSlug, program.id), [tenantSlug, program.id]);
  const latest = last.data?.latest ?? null;
  const [run, setRun] = useState<MatchRun | null>(null);
  const [proposals, setProposals] = useState<PairView[] | null>(null);
  const [running, setRunning] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [rejecting, setRejecting] = useState<PairView | null>(null);
  const shown = proposals ?? current.data?.items ?? [];

  const launch = async () => {
    if (running) return;
    setRunning(true);
    setFailure(null);
    try {
      const result = await mentoringApi.runMatching(tenantSlug, program.id);
      setRun(result);
      setProposals(result.proposals);
      onChanged?.();
    } catch (error) {
      setFailure((error as ApiError).message);
    } finally {
      setRunning(false);
    }
  };

  const act = async (pair: PairView, action: () => Promise<unknown>, after: () => void) => {
    setBusy(pair.id);
    setFailure(null);
    try {
      await action();
      after();
    } catch (error) {
      setFailure((error as ApiError).message);
    } finally {
      setBusy(null);
    }
  };

  const toggleLock = (pair: PairView) =>
    act(
      pair,
      () => (pair.locked ? mentoringApi.unlock : mentoringApi.lock)(tenantSlug, pair.id),
      () => {
        setProposals(shown.map((p) => (p.id === pair.id ? { ...p, locked: !pair.locked } : p)));
        setStatus(
          pair.locked
            ? `${pairTitle(pair)} : binôme déverrouillé, il pourra changer au prochain appariement.`
            : `${pairTitle(pair)} : binôme verrouillé, il sera gardé au prochain appariement.`,
        );
      },
    );

  const reject = (pair: PairView) =>
    act(
      pair,
      () => mentoringApi.reject(tenantSlug, pair.id),
      () => {
        const index = shown.findIndex((p) => p.id === pair.id);
        const rest = shown.filter((p) => p.id !== pair.id);
        setRejecting(null);
        setProposals(rest);
        setStatus(`${pairTitle(pair)} : proposition rejetée. Ce binôme ne sera plus proposé.`);
        onChanged?.();
        // The focus goes to the next proposal's first action, or back to the run button.
        const next = rest[Math.min(index, rest.length - 1)];
        requestAnimationFrame(() =>
          document.getElementById(next ? `verrou-${next.id}` : 'lancer-appariement')?.focus(),
        );
      },
    );

  return (
    <>
      <h2>Appariement</h2>
      <p>
        Le moteur propose un mentor à chaque jeune éligible et autorisé, selon les poids du programme. Rien
        n’est envoyé aux mentors avant qu’ils ne se connectent : relisez, verrouillez ou rejetez d’abord.
      </p>
      <p class="hint" id="lancer-appariement-aide">
        Un nouvel appariement garde les binômes verrouillés et recalcule toutes les autres propositions.
      </p>
      <p>
        <button
          type="button"
          class="button"
          id="lancer-appariement"
          aria-describedby="lancer-appariement-aide"
          aria-disabled={running ? 'true' : undefined}
          onClick={launch}
        >
          Lancer l’appariement
        </button>
      </p>
      {running ? <Loading label="Appariement en cours…" /> : null}
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <p role="status" class="visually-hidden">
        {status}
      </p>
      {run ? (
        <RunSummary run={run.run} count={run.proposals.length} />
      ) : latest ? (
        <LastRun latest={latest} />
      ) : null}
      {current.status === 'error' && !proposals ? (
        <Notice tone="error">{current.error.message}</Notice>
      ) : null}
      {current.status === 'loading' && !current.data && !proposals ? <Loading /> : null}
      {shown.length ? (
        <>
          <h3 class="visually-hidden">Propositions</h3>
          {!run ? (
            <p>
              {shown.length} proposition{shown.length > 1 ? 's' : ''} en attente, issue
              {shown.length > 1 ? 's' : ''} du dernier appariement.
            </p>
          ) : null}
          <ol class="proposals">
            {shown.map((pair) => (
              <li key={pair.id}>
                <ProposalCard
                  pair={pair}
                  busy={busy === pair.id}
                  onToggleLock={toggleLock}
                  onReject={setRejecting}
                />
              </li>
            ))}
          </ol>
        </>
      ) : current.data || run ? (
        <p>Aucune proposition en attente.</p>
      ) : null}
      {run ? <Unmatched run={run} /> : latest ? <Unmatched run={latest} /> : null}
      {rejecting ? (
        <ConfirmDialog
          title="Rejeter cette proposition ?"
          confirmLabel="Rejeter la proposition"
          cancelLabel="Garder la proposition"
          onConfirm={() => reject(rejecting)}
          onCancel={() => {
            const id = rejecting.id;
            setRejecting(null);
            requestAnimationFrame(() => document.getElementById(`rejet-${id}`)?.focus());
          }}
        >
          <p>
            {pairTitle(rejecting)} ne seront plus proposés ensemble, même aux prochains appariements. Le
            mentor et le jeune restent disponibles pour d’autres binômes.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
