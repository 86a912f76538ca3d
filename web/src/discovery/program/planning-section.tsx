import { useEffect, useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { plural } from '../../lib/labels.ts';
import { useAsync } from '../../lib/use-async.ts';
import { discoveryApi } from '../api.ts';
import { weekGroups } from '../components/plan-days.ts';
import { formatDay, weekTitle } from '../labels.ts';
import type { Plan, Unplaced } from '../types.ts';
import { MoveDialog, type MoveTarget } from './move-dialog.tsx';
import { PlanGrid } from './plan-grid.tsx';
import type { SectionProps } from './section-props.ts';
import { Warnings } from './warnings.tsx';

const storedPlan = (slug: string, id: string) =>
  discoveryApi.plan(slug, id).catch((error: ApiError) => {
    if (error.status === 404) return null;
    throw error;
  });

function UnplacedList({ unplaced }: { unplaced: Unplaced[] }) {
  if (!unplaced.length) return null;
  return (
    <>
      <h3>Groupes sans planning</h3>
      <ul class="unmatched">
        {unplaced.map((u) => (
          <li key={u.groupId}>
            <strong>{u.groupNumber ? `Groupe ${u.groupNumber}` : 'Un groupe'}</strong> : {u.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Planning: weeks, hosts and tutors for every group, adjusted day by day and re-checked. */
export function PlanningSection({ tenantSlug, program }: SectionProps) {
  const plan = useAsync(() => storedPlan(tenantSlug, program.id), [tenantSlug, program.id]);
  const hosts = useAsync(() => discoveryApi.hosts(tenantSlug, program.id), [tenantSlug, program.id]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [computedUnplaced, setComputedUnplaced] = useState<Unplaced[] | null>(null);
  const [status, setStatus] = useState('');
  const [moving, setMoving] = useState<MoveTarget | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [statusVersion, setStatusVersion] = useState(0);
  const current: Plan | null = plan.data ?? null;
  const unplaced = computedUnplaced ?? current?.unplaced ?? [];
  const weeks = (current?.weeks ?? []).filter((w) => weekGroups(w).length);

  useEffect(() => {
    if (statusVersion) statusRef.current?.focus();
  }, [statusVersion]);

  const announce = (text: string) => {
    setStatus(text);
    setStatusVersion((v) => v + 1);
  };

  const compute = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await discoveryApi.computePlan(tenantSlug, program.id);
      setComputedUnplaced(result.unplaced ?? []);
      setWarnings(result.warnings ?? []);
      plan.reload();
      const placed = result.assignments?.length ?? 0;
      announce(
        `Planning calculé : ${plural(placed, 'groupe placé', 'groupes placés')}, ${plural(result.unplaced?.length ?? 0, 'groupe sans planning', 'groupes sans planning')}.`,
      );
    } catch (error) {
      setFailure((error as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  const move = async (hostId: string) => {
    const target = moving!;
    await discoveryApi.movePlan(tenantSlug, program.id, {
      groupId: target.groupId,
      dayIndex: target.dayIndex,
      hostId,
    });
    const hostName = hosts.data?.items.find((h) => h.id === hostId)?.name ?? 'le nouvel accueillant';
    setMoving(null);
    plan.reload();
    setStatus(`Groupe ${target.groupNumber} déplacé : ${formatDay(target.date)}, ${hostName}.`);
    requestAnimationFrame(() => document.getElementById(target.returnTo)?.focus());
  };

  return (
    <>
      <h2>Planning</h2>
      <p>
        Chaque groupe reçoit une semaine, puis un accueillant différent chaque jour de découverte, choisi
        parmi ses centres d’intérêt quand c’est possible, et un tuteur présent ce jour-là.
      </p>
      <p class="hint" id="calculer-planning-aide">
        Calculer à nouveau remplace le planning enregistré, déplacements compris.
      </p>
      <p>
        <button
          type="button"
          class="button"
          aria-describedby="calculer-planning-aide"
          aria-disabled={busy ? 'true' : undefined}
          onClick={compute}
        >
          Calculer le planning
        </button>
      </p>
      {busy ? <Loading label="Calcul du planning…" /> : null}
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <p ref={statusRef} tabIndex={-1} role="status" class={status ? 'plan-status' : 'visually-hidden'}>
        {status}
      </p>
      {plan.status === 'error' ? <Notice tone="error">{plan.error.message}</Notice> : null}
      {hosts.status === 'error' ? <Notice tone="error">{hosts.error.message}</Notice> : null}
      {plan.status === 'loading' && !plan.data ? <Loading /> : null}
      {weeks.length ? (
        <>
          <p class="hint">
            Pour changer l’accueillant d’un groupe un jour donné, utilisez le bouton « Déplacer » de la case.
          </p>
          {weeks.map((week) => (
            <section key={week.id} aria-labelledby={`semaine-${week.id}`}>
              <h3 id={`semaine-${week.id}`}>
                {weekTitle(week.startDate)}
                {week.closedAt ? ' — close' : ''}
              </h3>
              <PlanGrid week={week} onMove={setMoving} />
            </section>
          ))}
        </>
      ) : plan.status === 'ready' ? (
        <p>Aucun groupe n’est encore planifié.</p>
      ) : null}
      <Warnings warnings={warnings} />
      <UnplacedList unplaced={unplaced} />
      {moving ? (
        <MoveDialog
          target={moving}
          hosts={hosts.data?.items ?? []}
          onMove={move}
          onClose={() => {
            const back = moving.returnTo;
            setMoving(null);
            requestAnimationFrame(() => document.getElementById(back)?.focus());
          }}
        />
      ) : null}
    </>
  );
}
